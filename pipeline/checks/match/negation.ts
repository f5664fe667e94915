/**
 * What negates, in matcher units (units.ts: one Han character, one lower-cased English word with
 * its apostrophe dropped — "can't" is `cant`). The polarity rule (polarity.ts) counts negators in
 * a phrase and in the words matched to it, and looks for a negation that governs a phrase from
 * just before it; both read the lexicon here.
 *
 * Decisions, written down:
 * - Mandarin negators: 不 没 别 未 莫 甭 勿, and 无 inside a word only (无法, 无需, 无关, 毫无: a lone
 *   无 is rare in speech and often ASR's slip for 我). Not 非 (非常 is an intensifier, 非法 a word of
 *   its own) and not 否 (是否 "whether", 否则 "otherwise").
 * - A negator character is no negation where it is part of a word that does not negate what
 *   follows: the A-not-A question (能不能, 有没有, 是不是, 可不可以: the same unit on both sides),
 *   别 meaning "other" or inside another word (别人, 别的, 特别, 区别, 告别), fixed words
 *   (不好意思, 不客气, 对不起, 对不住, 了不起, 差不多, 说不定 "maybe", 不过 "but", 不少 "many", 不断, 不仅,
 *   不但, 不论, 无论 "whatever", 不然 "otherwise", 不如, 不久, 未来 "future", 莫名). 没关系 and 没事
 *   stay negators: 「跟我没关系」 is a literal negation (a brush-off phrase), and the idiom has no
 *   scope over a phrase after it anyway (no bridge or verb of saying follows it).
 * - 不 right before a person (「不，我来帮您查」 with the comma lost) is the answer "no": Mandarin
 *   negates verbs and adjectives, never a pronoun.
 * - English negators: not, no, never, nothing, nobody, none, neither, nor, nowhere, cannot and the
 *   n't contractions. "no problem", "no worries", "not at all", "never mind" and "not only" are
 *   idioms that negate nothing that follows; "no" before a subject ("no, I …") is an answer.
 * - Double negatives: polarity is the parity of the negators (不得不 "must", "not that I don't
 *   know" are affirmative), so two negators cancel.
 */
import type { Unit } from './unit.ts';

type Keyed = Pick<Unit, 'key'>;

const ZH_NEGATORS = new Set(['不', '没', '别', '未', '无', '莫', '甭', '勿']);

const EN_NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'nowhere', 'cannot',
  'cant', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'isnt', 'arent', 'wasnt', 'werent',
  'havent', 'hasnt', 'hadnt', 'mustnt', 'neednt', 'aint', 'shant', 'mightnt', 'darent',
]);

/** Characters after a Mandarin negator that make one word with it, negating nothing after (不过 "but", 别人 "someone else"). */
const ZH_NOT_NEGATING_BEFORE: Record<string, ReadonlySet<string>> = {
  不: new Set(['过', '少', '断', '仅', '但', '论', '然', '如', '久', '客', '错']),
  别: new Set(['人', '的', '处', '家', '样', '名', '称', '墅', '针', '致']),
  未: new Set(['来']),
  莫: new Set(['名']),
};

/** Characters before a Mandarin negator that make one word with it (对不起, 特别, 说不定). */
const ZH_NOT_NEGATING_AFTER: Record<string, ReadonlySet<string>> = {
  不: new Set(['对', '了', '差', '说']),
  别: new Set(['特', '区', '分', '告', '级', '类', '性', '个', '识', '辨', '差', '鉴', '派', '离', '道', '送', '判', '临', '有']),
};

/** 无 negates in these words only (无法, 无需, 无关, 无权, 无从, 无能为力, 无可奈何, 无所谓, 无任何 / 毫无, 并无, 绝无). */
const ZH_WU_NEGATING_BEFORE: ReadonlySet<string> = new Set(['法', '需', '须', '关', '权', '从', '能', '可', '所', '任']);
const ZH_WU_NEGATING_AFTER: ReadonlySet<string> = new Set(['毫', '并', '绝']);

/** The third character that makes 对不, 了不, 差不, 说不 a fixed word (对不起, 对不住, 了不起, 差不多, 说不定); without it 不 negates (说不清楚). */
const ZH_FIXED_AFTER: Record<string, ReadonlySet<string>> = { 对: new Set(['起', '住']), 了: new Set(['起']), 差: new Set(['多']), 说: new Set(['定']) };

/** Personal pronouns: 不 right before one is the answer "no" (「不，我来帮您查」 with the comma lost). */
const ZH_PERSONS: ReadonlySet<string> = new Set(['我', '你', '您', '他', '她', '它', '咱']);

/** Subjects after which "no" is an answer ("no, I can't …", "no that's fine"), not a determiner. */
const EN_SUBJECTS: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'ill', 'id', 'you', 'youre', 'we', 'were', 'it', 'its', 'that', 'thats', 'this', 'there', 'theres', 'they', 'he', 'she', 'sir', 'maam']);

/**
 * True for a person or subject pronoun (我 您 他; I, you, that's). A negation does not reach past
 * one: "I don't, that's not my job" — the phrase after it is a new clause, ASR's comma or not.
 */
export function isSubject(key: string): boolean {
  return ZH_PERSONS.has(key) || EN_SUBJECTS.has(key);
}

/**
 * Words that take a whole clause after them, subject and all: a negation through one of them
 * reaches that clause (「不是我不知道」 "it is not that I don't know", "not that I don't know").
 */
export const CLAUSE_TAKING_WORDS: ReadonlySet<string> = new Set(['是', 'that']);

/** English words after a negator that make an idiom with it ("no problem", "not at all", "never mind"). */
const EN_IDIOM_AFTER: Record<string, ReadonlySet<string>> = {
  no: new Set(['problem', 'problems', 'worries', 'worry']),
  not: new Set(['at', 'only']),
  never: new Set(['mind']),
};

/** True when the unit at `i` is the negator of an A-not-A question (能不能, 有没有, 清不清楚): the same unit on both sides. */
export function isANotAAt(units: readonly Keyed[], i: number): boolean {
  const before = units[i - 1]?.key;
  return ZH_NEGATORS.has(units[i].key) && before !== undefined && before === units[i + 1]?.key;
}

/** True when the unit at `i` of `units` negates (see the decisions above). */
export function isNegatorAt(units: readonly Keyed[], i: number): boolean {
  const key = units[i].key;
  const before = units[i - 1]?.key;
  const after = units[i + 1]?.key;
  if (ZH_NEGATORS.has(key)) {
    // The A-not-A question (能不能, 有没有, 可不可以) asks; it does not negate.
    if (isANotAAt(units, i)) return false;
    if (after !== undefined && ZH_NOT_NEGATING_BEFORE[key]?.has(after)) return false;
    if (before !== undefined && ZH_NOT_NEGATING_AFTER[key]?.has(before)) {
      // 对不起, 对不住, 了不起, 差不多, 说不定 are words only with their third character; 特别, 区别… with two.
      const third = ZH_FIXED_AFTER[before];
      if (third === undefined || (after !== undefined && third.has(after))) return false;
    }
    // Spoken Mandarin negates with 无 only inside a word (无法, 无需, 无关, 毫无): a lone 无 is more often ASR's
    // slip for 我 or 五 than a negation, and 无论, 无线 negate nothing.
    if (key === '无') return (after !== undefined && ZH_WU_NEGATING_BEFORE.has(after)) || (before !== undefined && ZH_WU_NEGATING_AFTER.has(before));
    // 「不，我…」: 不 negates verbs and adjectives, never a person — before one it is the answer "no".
    if (key === '不' && after !== undefined && ZH_PERSONS.has(after)) return false;
    // 不好意思: "embarrassed", an apology, not 不 + 好 (a bridge: 不好说 "hard to say").
    if (key === '不' && after === '好' && units[i + 2]?.key === '意') return false;
    return true;
  }
  if (EN_NEGATORS.has(key)) {
    // "not at all" (not "not at the counter"), "not only", "no problem", "never mind" are idioms.
    if (after !== undefined && EN_IDIOM_AFTER[key]?.has(after)) return key === 'not' && after === 'at' && units[i + 2]?.key !== 'all';
    // "No, I …": an answer before a subject, not the determiner of "no guarantee".
    if (key === 'no' && after !== undefined && EN_SUBJECTS.has(after)) return false;
    return true;
  }
  return false;
}

/** How many negators `units[from..to]` (inclusive) hold, each judged in the context of the whole sequence. */
export function negatorsIn(units: readonly Keyed[], from = 0, to = units.length - 1): number[] {
  const at: number[] = [];
  for (let i = from; i <= to; i++) if (isNegatorAt(units, i)) at.push(i);
  return at;
}

/**
 * Words allowed between a negator and what it governs: modals, auxiliaries and degree adverbs
 * (不能, 不敢, 没法, 没办法, 不太, 不一定, 不是说; "not able to", "not going to", "won't be").
 * Kept short on purpose: a negation reaches a phrase only through these and a verb of saying
 * or committing, never through content words (「不用担心，百分之百没问题」 keeps its promise).
 */
export const NEGATION_BRIDGES: ReadonlySet<string> = new Set([
  '能', '会', '敢', '可', '以', '用', '需', '要', '必', '得', '该', '应', '太', '好', '法', '办', '一', '定', '大', '是', '还', '再',
  'to', 'be', 'able', 'going', 'gonna', 'allowed', 'personally', 'fully', 'actually', 'necessarily', 'exactly', 'make', 'give', 'any', 'a',
  // I20 (heldout27's false alarms): "no need to ask someone else" says the brush-off is not needed, as 不需要 does.
  'need', 'needs', 'have',
]);

/**
 * Who the commitment is made to, between the modal and the verb (不能向您保证, 不敢跟你打包票, "can't give you a
 * guarantee"): allowed only on the way to a verb of committing or saying, never right before a phrase ("why
 * don't you look it up yourself" is a brush-off).
 */
export const NEGATION_OBJECT_BRIDGES: ReadonlySet<string> = new Set(['向', '跟', '给', '对', '和', '同', '帮', '您', '你', '们', 'you']);

/**
 * Verbs (and adjectives) of committing to something: negated, they decline a promise, and what
 * they govern is not promised (「不敢保证今天一定到账」, "I can't promise you'll get it for sure").
 */
export const COMMITTING_WORDS: readonly (readonly string[])[] = [
  ['保', '证'], ['承', '诺'], ['担', '保'], ['打', '包', '票'], ['确', '定'], ['肯', '定'], ['答', '应'], ['保', '票'],
  ['promise'], ['promises'], ['guarantee'], ['guarantees'], ['assure'], ['swear'], ['commit'], ['confirm'], ['sure'], ['certain'], ['vouch'],
];

/** Verbs of saying: negated, what they govern is not said as the agent's own claim (「不能说百分之百」, "I can't say for sure"). */
export const SAYING_WORDS: readonly (readonly string[])[] = [['说'], ['讲'], ['say'], ['tell']];

/** The length of the word of `words` that starts at unit `i`, or 0. */
export function wordAt(units: readonly Keyed[], i: number, words: readonly (readonly string[])[]): number {
  for (const w of words) if (w.every((k, j) => units[i + j]?.key === k)) return w.length;
  return 0;
}
