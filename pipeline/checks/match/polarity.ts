/**
 * The polarity rule: a match counts only when what was said agrees with the phrase in negation.
 * The aligner compares units one by one, so "I can help you with today" is one unit from "I can't
 * help you with that" and 「不能说百分之百」 contains 「百分之百」 whole — yet each says the opposite
 * of the phrase. The polarity of what was said is the parity of two things (negation.ts holds the
 * lexicon and its decisions; two negators cancel):
 *
 * 1. The negators of the words matched, read through the alignment: a unit ASR only garbled
 *    (布 for 不, "lon't" for "don't") keeps the phrase's reading, a different word ("can" for
 *    "can't", 得 for 不) is what was said; a phrase negator left out takes its negation with it.
 *    A negator inside the match that governs a verb of committing just after it (「我没办法保证」
 *    matched as 「我也没办法」) is that verb's — the agent declines a promise — not the phrase's.
 * 2. A negation that governs the match from just before it, in the same clause: a negator through
 *    modals only (「不一定到账」, "won't guarantee it", "won't ever happen again"), or a negated verb
 *    of saying or committing a few units before (「不能说百分之百」, 「不敢保证今天一定到账」, "I
 *    can't promise you'll get it back for sure"). A question (「不是…吗」, "…?") asks for
 *    agreement: its negation is no negation. Scope is kept tight on purpose: content words break
 *    it (「不用担心，百分之百没问题」 and 「不用担心百分之百没问题」 still promise).
 * 3. A verb of committing that ends the match, followed at once by 不了 or 不起 ("cannot"): 「日期我保证不了」
 *    declines the promise 「我保证」 (I101, heldout109's false alarm), as 「我不能保证」 does; so does 不敢 said after it
 *    (「打包票不敢，但我一定尽力」: I104, heldout112's false alarm). Not 不了解: 「他肯定不了解」 is sure of something else.
 *    So does such a verb with 不了 said right after the match, a person aside: 「终身免费我答应不了」 (I173).
 *
 * The phrase's polarity is the parity of its own negators. They must be equal.
 */
import type { Alignment } from './align.ts';
import { oneClause, restOfClause } from './clause.ts';
import { CLAUSE_TAKING_WORDS, COMMITTING_WORDS, isANotAAt, isNegatorAt, isSubject, NEGATION_BRIDGES, NEGATION_OBJECT_BRIDGES, negatorsIn, SAYING_WORDS, wordAt } from './negation.ts';
import { personAgrees } from './person.ts';
import { matchSaid, type MatchOptions, type PhraseMatch, type PhraseVariant } from './phrase.ts';
import type { SpokenStream } from './stream.ts';
import type { Unit } from './units.ts';

/** Units a negation chain (negators and bridges) may have before what it governs. */
const MAX_CHAIN_UNITS = 4;
/** Units allowed between a negated verb of saying or committing and the phrase it governs ("you'll get it back"). */
const MAX_GOVERNED_GAP_UNITS = 5;
/** Times a turn is searched again after a match of the wrong polarity (each search leaves that match out). */
const MAX_RESEARCHES = 4;

const GOVERNING_WORDS = [...COMMITTING_WORDS, ...SAYING_WORDS];

/**
 * matchSaid (phrase.ts) under the polarity rule, and the person rule (person.ts): the variant's best
 * said occurrence in the stream whose polarity and person agree with it. A said occurrence of the wrong polarity is set aside and the rest
 * of the stream, before and after it, is searched again — a turn may decline a promise and then
 * make one.
 */
export function matchSaidInPolarity(stream: SpokenStream, variant: PhraseVariant, opts: MatchOptions): PhraseMatch | null {
  return search(stream, variant, opts, 0, stream.units.length, 0);
}

function search(stream: SpokenStream, variant: PhraseVariant, opts: MatchOptions, from: number, to: number, depth: number): PhraseMatch | null {
  if (to <= from) return null;
  const whole = from === 0 && to === stream.units.length;
  const m = matchSaid(whole ? stream : { segments: stream.segments, units: stream.units.slice(from, to) }, variant, opts);
  if (!m) return null;
  const placed = whole ? m : shifted(m, from);
  if (polarityAgrees(stream, variant, placed.alignment) && personAgrees(stream, variant, placed.alignment)) return placed;
  if (depth >= MAX_RESEARCHES) return null;
  const a = placed.alignment;
  const before = search(stream, variant, opts, from, a.textStart, depth + 1);
  const after = search(stream, variant, opts, a.textEnd + 1, to, depth + 1);
  if (!before || !after) return before ?? after;
  // matchSaid's own order: higher similarity, then the earlier.
  return after.similarity > before.similarity ? after : before;
}

/** A match found in `stream.units.slice(offset)`, with its indices into the whole stream. */
function shifted(m: PhraseMatch, offset: number): PhraseMatch {
  const a = m.alignment;
  const alignment: Alignment = {
    ...a,
    textStart: a.textStart + offset,
    textEnd: a.textEnd + offset,
    alignedTo: a.alignedTo.map((t) => (t >= 0 ? t + offset : t)),
  };
  return { variant: m.variant, alignment, similarity: m.similarity, said: m.said, surname: m.surname, brand: m.brand, atS: m.atS, endS: m.endS, quote: m.quote };
}

/** True when what was said at the alignment (rules 1 to 3 above) has the phrase's polarity. */
export function polarityAgrees(stream: SpokenStream, variant: PhraseVariant, a: Alignment): boolean {
  const said = spokenNegators(stream, variant, a) + (governedFromBefore(stream, a) ? 1 : 0) + (declinedRightAfter(stream, a) ? 1 : 0);
  return phraseNegators(variant) % 2 === said % 2;
}

/** Negators of a phrase, counted once per variant (variants are shared and never change). */
function phraseNegators(variant: PhraseVariant): number {
  let n = negatorCounts.get(variant);
  if (n === undefined) negatorCounts.set(variant, (n = negatorsIn(variant.units).length));
  return n;
}

const negatorCounts = new WeakMap<PhraseVariant, number>();

/**
 * Negators in the spoken units of the match, read through the alignment: a unit put on a phrase
 * unit it only garbles (misheard) keeps the phrase unit's polarity — 布 for 不 is 不, 地 for the
 * 的 of 「别的」 leaves 别 meaning "other", "lon't" for "don't" still negates; a unit put on a
 * different word is what was said ("can" for "can't", 没 for 去); a phrase unit left out takes its
 * negation with it, and a spoken unit put in brings its own.
 */
function spokenNegators(stream: SpokenStream, variant: PhraseVariant, a: Alignment): number {
  const units = stream.units;
  const aligned = new Set<number>();
  let n = 0;
  for (let k = 0; k < variant.units.length; k++) {
    const t = a.alignedTo[k];
    if (t < 0) continue;
    aligned.add(t);
    // A unit said as written or garbled keeps the phrase's reading (地 for the 的 of 别的), except in the
    // A-not-A question said around it: 「声音清不清楚」 holds 「不清楚」 but asks (I11, heldout19's misses).
    const negates = misheard(variant.units[k], units[t]) ? isNegatorAt(variant.units, k) && !isANotAAt(units, t) : isNegatorAt(units, t);
    if (negates && !declinesCommitmentAfter(stream, t, a.textEnd)) n++;
  }
  for (let t = a.textStart; t <= a.textEnd; t++) {
    if (!aligned.has(t) && isNegatorAt(units, t) && !declinesCommitmentAfter(stream, t, a.textEnd)) n++;
  }
  return n;
}

/**
 * True when the spoken unit is the phrase unit as ASR garbles it: the same key, a Han character
 * of the same or a near sound (布 for 不, 地 for 的), or an English word of the same length with one
 * letter changed ("lont" for "dont", "oothing" for "nothing"). Not a word with a letter more or
 * less: "can"/"cant" and "ever"/"never" differ by the negation itself.
 */
function misheard(expected: Unit, spoken: Unit): boolean {
  if (expected.key === spoken.key) return true;
  if (expected.kind !== spoken.kind) return false;
  if (expected.kind === 'han') return expected.readings.some((r) => spoken.readings.includes(r)) || expected.near.some((k) => spoken.near.includes(k));
  return expected.kind === 'word' && expected.key.length === spoken.key.length && oneLetterApart(expected.key, spoken.key);
}

function oneLetterApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

/**
 * True when the negator at `t` governs, through bridges only, a verb of committing that starts
 * after `end` in the same clause: 「我没办法保证」 declines a promise; its 没 is not the 没 of
 * 「我也没办法」. A verb of saying does not take the negator away ("I can't tell you" can be a brush-off).
 */
function declinesCommitmentAfter(stream: SpokenStream, t: number, end: number): boolean {
  const units = stream.units;
  for (let k = t + 1; k <= t + MAX_CHAIN_UNITS && k < units.length; k++) {
    if (k > end && wordAt(units, k, COMMITTING_WORDS) > 0) return oneClause(stream, t, k);
    if (!NEGATION_BRIDGES.has(units[k].key) && !NEGATION_OBJECT_BRIDGES.has(units[k].key)) return false;
  }
  return false;
}

/** Rule 2: true when a negation said just before the match governs it. */
function governedFromBefore(stream: SpokenStream, a: Alignment): boolean {
  const units = stream.units;
  const s = a.textStart;
  if (s === 0 || isQuestion(stream, s, a.textEnd)) return false;
  // Through modals only, right before the phrase: 「不一定到账」, 「不是你自己的问题」, "won't guarantee it".
  // A phrase that opens with its own subject is a new clause ("I don't, that's not my job") unless a
  // word that takes a clause stands between (「不是我不知道」), or the subject is the customer named after a
  // word of needing: 「不用您自己想办法」 says the customer need not (I103, heldout111's false alarm).
  if (!isSubject(units[s].key)) {
    if (negatedChainEndingAt(stream, s - 1, s, false)) return true;
  } else if ((CLAUSE_TAKING_WORDS.has(units[s - 1].key) || customerNeededAt(units, s)) && negatedChainEndingAt(stream, s - 2, s, false)) return true;
  // A negated verb of saying or committing a few units before: 「不能说百分之百」, "can't promise you'll … for sure".
  for (let g = s - 1; g >= Math.max(0, s - 1 - MAX_GOVERNED_GAP_UNITS - 2); g--) {
    const len = wordAt(units, g, GOVERNING_WORDS);
    if (len === 0 || g + len > s || s - (g + len) > MAX_GOVERNED_GAP_UNITS) continue;
    if (negatedChainEndingAt(stream, g - 1, s, true)) return true;
  }
  return false;
}

/** What says, right after a verb, that it cannot be done or is not dared: 「保证不了」, 「担保不起」, 「打包票不敢」. */
const CANNOT_AFTER = [['不', '了'], ['不', '起'], ['不', '敢']] as const;

/**
 * Rule 3: true when the match ends on a verb of committing that 不了 / 不起 / 不敢 right after it declines (not 不了解) — or,
 * the phrase said first as what is spoken of, when the agent then declines it in the same clause: a verb of committing and
 * 不了 / 不起 / 不敢 right after the match or after one person between (「终身免费我答应不了」: I173, a polite line of heldout137
 * the matcher still flagged after I126 excepted 答应不了 for the act model).
 */
function declinedRightAfter(stream: SpokenStream, a: Alignment): boolean {
  const units = stream.units;
  const e = a.textEnd;
  if (cannotAfter(units, e) && COMMITTING_WORDS.some((w) => wordAt(units, e + 1 - w.length, [w]) > 0)) return true;
  const verb = e + 1 < units.length && isSubject(units[e + 1].key) ? e + 2 : e + 1;
  const length = wordAt(units, verb, COMMITTING_WORDS);
  return length > 0 && cannotAfter(units, verb + length - 1) && oneClause(stream, e, verb + length + 1);
}

/** True when 不了 / 不起 / 不敢 follows unit `end` at once (not 不了解). */
function cannotAfter(units: readonly Unit[], end: number): boolean {
  return wordAt(units, end + 1, CANNOT_AFTER) > 0 && units[end + 3]?.key !== '解';
}

/** Words of needing (不用, 无需, 不必): the customer named right after one is who need not do what follows. */
const NEED_WORDS: ReadonlySet<string> = new Set(['用', '需', '必']);
const CUSTOMER_WORDS: ReadonlySet<string> = new Set(['您', '你']);

/** True when unit `i` is the customer (您, 你) right after a word of needing (用 of 不用, 需 of 无需, 必 of 不必). */
function customerNeededAt(units: readonly Unit[], i: number): boolean {
  return CUSTOMER_WORDS.has(units[i].key) && NEED_WORDS.has(units[i - 1]?.key ?? '');
}

/**
 * True when the units ending at `e` are a negation chain — negators and bridges, at most
 * MAX_CHAIN_UNITS, with an odd number of negators (不能不说 "must say" is no negation) — in one
 * clause with unit `s`. Object bridges (向您, "you") only on the way to a verb, or right after a word of
 * needing: 「不用您再打别的电话」 says the customer need not call elsewhere (I20, heldout28's false alarms).
 */
function negatedChainEndingAt(stream: SpokenStream, e: number, s: number, toVerb: boolean): boolean {
  const units = stream.units;
  let negators = 0;
  let first = -1;
  for (let k = e; k >= 0 && e - k < MAX_CHAIN_UNITS; k--) {
    const key = units[k].key;
    const neededOf = customerNeededAt(units, k);
    if (isNegatorAt(units, k)) negators++;
    else if (!NEGATION_BRIDGES.has(key) && !(toVerb && NEGATION_OBJECT_BRIDGES.has(key)) && !neededOf) break;
    first = k;
  }
  return first >= 0 && negators % 2 === 1 && oneClause(stream, first, s);
}

/**
 * True when the clause holding the match (units `from` to `at`) ends as a question: 「这不是你自己的问题吗」 and "isn't
 * that on you?" ask for agreement — the negation there affirms. 嘛 asks only after 不是 (「这不是你自己的问题嘛」); after any
 * other negation it softens a statement (I95, heldout103's false alarm: 「山药我不敢打包票嘛」 declines the promise).
 */
function isQuestion(stream: SpokenStream, from: number, at: number): boolean {
  const rest = restOfClause(stream, at);
  if (/吗[^\p{L}\p{N}]*$|[?？]\s*$/u.test(rest)) return true;
  return /嘛[^\p{L}\p{N}]*$/u.test(rest) && buShiBefore(stream, from);
}

/** The rhetorical 不是 of 「不是…嘛」. */
const BU_SHI = [['不', '是']] as const;

/** True when 不是 is said in the same clause before unit `from`, within a negation chain's reach. */
function buShiBefore(stream: SpokenStream, from: number): boolean {
  for (let k = from - 2; k >= Math.max(0, from - 1 - MAX_CHAIN_UNITS); k--) {
    if (wordAt(stream.units, k, BU_SHI) > 0 && oneClause(stream, k, from)) return true;
  }
  return false;
}
