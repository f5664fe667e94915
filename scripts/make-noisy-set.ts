/**
 * `npx tsx scripts/make-noisy-set.ts [--seed S] [--zh N] [--en N] [--out FILE]`
 *
 * Makes a labelled set of noisy call transcripts for measuring the script checks: what the
 * agent *said* is known (the label), what the transcript *shows* has ASR-like damage —
 * homophones, other wrong characters/words, dropped and extra characters, filler words —
 * and the scenarios include the hard negatives: a wrong surname, a missing surname or brand,
 * a greeting said too late, near-miss phrases, polite phrases that contain a forbidden one.
 * Seeded and deterministic: the same seed gives the same file (fixtures/noisy/noisy-set.json).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Agent, BrandConfig, Language, TranscriptSegment } from '../pipeline/types.ts';
import { mulberry32 } from './lib/random.ts';

export const NOISY_BRAND: BrandConfig = { name: '招商银行信用卡中心', aliases: ['招商银行', '招行', 'China Merchants Bank', 'CMB'] };

export type GreetingScenario = 'correct' | 'variant' | 'wrong_surname' | 'no_surname' | 'no_brand' | 'near_miss' | 'late';
export type ForbiddenScenario = 'said' | 'near_miss' | 'polite_exception' | 'none';
export type ClosingScenario = 'both' | 'offer_only' | 'thanks_only' | 'near_miss' | 'none';

export interface NoisyCall {
  callId: string;
  language: Language;
  agentId: string;
  segments: TranscriptSegment[];
  /** Ground truth: what the agent actually said. */
  labels: {
    /** Greeted with brand and own surname within the first 10 s of agent speech. */
    greeting: boolean;
    /** Said a forbidden service phrase. */
    forbidden: boolean;
    /** Said both parts of the standard closing at the end. */
    closing: boolean;
  };
  scenario: { greeting: GreetingScenario; forbidden: ForbiddenScenario; closing: ClosingScenario; noise: NoiseLevel };
  /** Agent text before ASR noise, for inspecting misses. */
  spoken: string[];
}

export interface NoisySet {
  seed: string;
  generator: string;
  brand: BrandConfig;
  agents: Agent[];
  calls: NoisyCall[];
}

export type NoiseLevel = 'clean' | 'light' | 'medium' | 'heavy';
/** Multiplier on the per-unit error rates below; ASR quality varies call to call. */
const LEVELS: [NoiseLevel, number, number][] = [
  ['clean', 0, 0.2],
  ['light', 1, 0.4],
  ['medium', 2, 0.3],
  ['heavy', 3, 0.1],
];
/** Per-unit rates at level 1 (light): homophone, other wrong unit, dropped, extra; filler per clause. */
const RATES = { homophone: 0.08, substitute: 0.02, drop: 0.02, extra: 0.015, filler: 0.15 };

// --- seeded randomness -------------------------------------------------------------------

export function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return mulberry32(h);
}
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export function weighted<T>(r: () => number, xs: readonly [T, number][]): T {
  let x = r() * xs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of xs) if ((x -= w) < 0) return v;
  return xs[xs.length - 1][0];
}

// --- Mandarin material --------------------------------------------------------------------

/** Surnames and the homophones ASR writes for them (same toneless pinyin). */
const ZH_SURNAMES: Record<string, string[]> = {
  王: ['汪', '往'], 李: ['理', '里', '礼'], 张: ['章', '彰'], 刘: ['留', '流'], 陈: ['晨', '沉', '臣'], 杨: ['阳', '羊', '扬'],
  黄: ['皇', '煌'], 赵: ['照', '召'], 周: ['州', '舟'], 吴: ['无', '午'], 林: ['琳', '临'], 郭: ['国', '锅'], 何: ['和', '河'],
  马: ['码', '玛'], 罗: ['洛', '落'], 孙: ['荪', '损'], 朱: ['珠', '猪'], 胡: ['湖', '虎'], 高: ['糕', '搞'], 谢: ['写', '泄'],
};
/** Common ASR homophone slips (same toneless pinyin) for characters of the scripted phrases. */
const ZH_HOMOPHONES: Record<string, string[]> = {
  ...ZH_SURNAMES,
  好: ['号'], 招: ['昭', '召'], 商: ['伤', '尚'], 银: ['因', '音', '引'], 信: ['心', '新'], 用: ['永', '涌'], 卡: ['咖'],
  中: ['钟', '忠'], 心: ['新', '信'], 我: ['卧'], 姓: ['性', '幸', '杏'], 很: ['狠'], 兴: ['星', '型'], 为: ['位', '未'],
  服: ['福', '复'], 务: ['物', '误'], 请: ['情', '清'], 问: ['文', '闻'], 有: ['又', '友'], 其: ['期', '奇'], 他: ['她', '它'],
  可: ['课', '克'], 以: ['已', '意'], 帮: ['邦', '绑'], 的: ['得', '地'], 吗: ['嘛', '马'], 感: ['敢', '赶'], 来: ['莱', '赖'],
  电: ['店', '点'], 再: ['在'], 见: ['件', '建'], 知: ['之', '只'], 道: ['到', '倒'], 不: ['布', '步'], 管: ['馆'], 归: ['贵', '规'],
  听: ['厅', '停'], 懂: ['动', '董'], 致: ['至', '志'], 迎: ['营', '赢'], 欢: ['环'], 什: ['神'], 么: ['摸'],
};
/** Everyday characters ASR may put in the wrong place (not homophones of the script). */
const ZH_POOL = '的一是了人在这上们到时大地子你说生年着就那要她出也得里后自会家下而过天去能对小多然于学之都看起发当没成只如事把还第样想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因给名法间斯世两次使身者被已亲进此话常与活正';
const ZH_FILLERS = ['嗯', '那个', '呃'];

const ZH_BRANDS = ['招商银行信用卡中心', '招商银行', '招行'];
const ZH_GREETINGS = [
  (b: string, s: string) => `您好，${b}，我姓${s}，很高兴为您服务`,
  (b: string, s: string) => `您好，欢迎致电${b}，我姓${s}，很高兴为您服务`,
  (b: string, s: string) => `您好，${b}，我姓${s}，请问有什么可以帮您`,
];
/** A variant agents use that is not written in the scorecard (extra words). */
const ZH_GREETING_VARIANT = (b: string, s: string) => `您好，这里是${b}，我姓${s}，很高兴为您服务`;
const ZH_REQUESTS = ['你好，我想查一下这个月的账单', '我的卡昨天被锁了，怎么回事', '我想问一下分期手续费是多少', '我想提高一下信用额度', '年费怎么又扣了', '我的还款好像没有到账'];
const ZH_ANSWERS = [
  '好的，请您提供一下卡号后四位，我帮您查询',
  '您本期账单金额是三千二百元，到期还款日是二十五号',
  '这边看到您的卡片因为密码输错被锁定了，我帮您解锁',
  '分期手续费每期是百分之零点六，具体以页面显示为准',
  '已经为您提交了提额申请，审核结果会短信通知您',
  '您的还款已经到账了，可能有一点延迟',
];
const ZH_FORBIDDEN_SAID = ['这个我也不知道', '这不归我管，您找别的部门吧', '你听不懂吗，我已经说过了', '这个我不清楚，我也没办法', '你自己看着办吧'];
const ZH_FORBIDDEN_NEAR = ['这个我知道的，我马上帮您处理', '这个归我们部门管，您放心', '您听得清楚吗，我再说一遍', '我已经帮您办好了'];
const ZH_FORBIDDEN_POLITE = ['不知道您还有什么疑问吗', '您如果不知道卡号，可以提供身份证号', '有不清楚的地方您随时来电'];
const ZH_OFFER = ['请问还有其他可以帮您的吗', '请问还有什么可以帮您的吗'];
const ZH_THANKS = ['感谢您的来电，再见', '感谢您的来电'];
const ZH_CLOSING_NEAR = ['还有别的事吗？没有的话我先挂了', '那就这样吧，拜拜', '好的，没问题就挂了啊'];

// --- English material ---------------------------------------------------------------------

const EN_SURNAMES = ['Smith', 'Johnson', 'Chen', 'Garcia', 'Brown', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lopez', 'Walker'];
const EN_HOMOPHONES: Record<string, string[]> = {
  for: ['four'], to: ['too', 'two'], calling: ['colling'], name: ['names'], may: ['my'], help: ['health'], with: ['width'],
  thank: ['thanks'], merchants: ['merchant'], bank: ['banks'], anything: ['anythin'], else: ['elsa'], is: ['his'],
  smith: ['smyth'], chen: ['chan'], clark: ['clarke'], taylor: ['tailor'], johnson: ['jonson'], know: ['no'],
};
const EN_POOL = ['the', 'a', 'and', 'so', 'it', 'that', 'we', 'just', 'now', 'okay', 'right', 'well', 'your', 'this'];
const EN_FILLERS = ['um', 'uh', 'er'];
const EN_BRANDS = ['China Merchants Bank', 'CMB'];
const EN_GREETINGS = [
  (b: string, s: string) => `Thank you for calling ${b}, my name is ${s}, how may I help you?`,
  (b: string, s: string) => `Thank you for calling ${b}, this is ${s}, how can I help you?`,
  (b: string, s: string) => `Hello, ${b}, my name is ${s}, how may I help you?`,
];
const EN_GREETING_VARIANT = (b: string, s: string) => `Good morning and thank you for calling ${b}, my name is ${s}, how may I help you today?`;
const EN_REQUESTS = ['Hi, I want to check my statement', 'My card was blocked yesterday', 'What is the fee for an installment plan?', 'I would like a higher credit limit', 'Why was I charged an annual fee?'];
const EN_ANSWERS = [
  'Sure, could you please give me the last four digits of your card?',
  'Your statement balance is three thousand two hundred, due on the twenty fifth',
  'I can see the card was locked after three wrong PIN entries, I will unlock it for you',
  'The installment fee is zero point six percent per month',
  'I have submitted the limit increase, you will get a text message with the result',
];
const EN_FORBIDDEN_SAID = ["I don't know, that's not my job", 'Sir, calm down', "There's nothing I can do about it", 'I already told you that', "That's not my problem"];
const EN_FORBIDDEN_NEAR = ['I do know how frustrating that is', "I don't want you to worry about it", 'That is my job and I will sort it out'];
const EN_FORBIDDEN_POLITE = ["If I don't know the answer I will find out for you"];
const EN_OFFER = ['Is there anything else I can help you with?', 'Is there anything else I can do for you?'];
const EN_THANKS = ['Thank you for calling China Merchants Bank, have a great day.', 'Thank you for calling, have a great day.'];
const EN_CLOSING_NEAR = ['Anything else? Okay, bye.', 'Alright, that should be it then.'];

// --- noise --------------------------------------------------------------------------------

/**
 * What happens to one unit, from one uniform draw `x`: a homophone (only where one exists —
 * elsewhere that share of draws leaves the unit alone), another unit, nothing (dropped), or kept.
 */
function damage(x: number, k: number, hasHomophone: boolean): 'homophone' | 'substitute' | 'drop' | 'keep' {
  const h = RATES.homophone * k;
  if (x < h) return hasHomophone ? 'homophone' : 'keep';
  if (x < h + RATES.substitute * k) return 'substitute';
  if (x < h + (RATES.substitute + RATES.drop) * k) return 'drop';
  return 'keep';
}

/** ASR-like damage to Mandarin text, character by character. Punctuation is kept as is. */
export function noisyZh(r: () => number, text: string, k: number): string {
  if (k === 0) return text;
  let out = '';
  for (const ch of text) {
    if (/[，。？！、]/.test(ch)) {
      out += ch;
      if (r() < RATES.filler * k) out += `${pick(r, ZH_FILLERS)}，`;
      continue;
    }
    const slip = damage(r(), k, !!ZH_HOMOPHONES[ch]);
    if (slip === 'homophone') out += pick(r, ZH_HOMOPHONES[ch]);
    else if (slip === 'substitute') out += pick(r, [...ZH_POOL]);
    else if (slip === 'keep') out += ch;
    if (r() < RATES.extra * k) out += pick(r, [...ZH_POOL]);
  }
  return out;
}

/** ASR-like damage to English text, word by word. */
export function noisyEn(r: () => number, text: string, k: number): string {
  if (k === 0) return text;
  return text
    .split(' ')
    .flatMap((word) => {
      const bare = word.toLowerCase().replace(/[^a-z']/g, '');
      const tail = word.slice(word.replace(/[,.?!]+$/, '').length);
      const x = r();
      const out: string[] = [];
      if (r() < RATES.filler * k * 0.3) out.push(`${pick(r, EN_FILLERS)},`);
      const slip = damage(x, k, !!EN_HOMOPHONES[bare]);
      if (slip === 'homophone') out.push(pick(r, EN_HOMOPHONES[bare]) + tail);
      else if (slip === 'substitute') out.push(misspell(r, word));
      else if (slip === 'drop') return out;
      else out.push(word);
      if (r() < RATES.extra * k) out.push(pick(r, EN_POOL));
      return out;
    })
    .join(' ');
}

/** One letter replaced: a long word becomes a near miss, a short one a different word. */
function misspell(r: () => number, word: string): string {
  const letters = [...word];
  const idx = letters.map((c, i) => (/[a-z]/i.test(c) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return word;
  letters[pick(r, idx)] = pick(r, [...'aeioustrnl']);
  return letters.join('');
}

// --- calls --------------------------------------------------------------------------------

const CHARS_PER_S = { zh: 4.5, en: 2.6 * 5.5 } as const; // ≈270 chars/min; ≈155 words/min at ~5.5 chars/word

export function timed(language: Language, speaker: 'agent' | 'customer', startS: number, text: string): TranscriptSegment {
  const len = language === 'zh' ? text.replace(/[，。？！、\s]/g, '').length : text.length;
  const end = startS + Math.max(0.8, len / CHARS_PER_S[language]);
  return { speaker, start: Math.round(startS * 100) / 100, end: Math.round(end * 100) / 100, text };
}

export function otherSurname(r: () => number, language: Language, own: string): string {
  if (language === 'zh') {
    // Homophones of the roster surname are indistinguishable by sound; a "wrong surname" sounds different.
    const same = new Set([own, ...(ZH_SURNAMES[own] ?? [])]);
    return pick(r, Object.keys(ZH_SURNAMES).filter((s) => !same.has(s)));
  }
  return pick(r, EN_SURNAMES.filter((s) => s !== own && s[0] !== own[0]));
}

function makeCall(r: () => number, index: number, agent: Agent): NoisyCall {
  const zh = agent.language === 'zh';
  const lang = agent.language;
  const greetingScenario = weighted<GreetingScenario>(r, [
    ['correct', 45], ['variant', 10], ['wrong_surname', 15], ['no_surname', 8], ['no_brand', 7], ['near_miss', 8], ['late', 7],
  ]);
  const forbiddenScenario = weighted<ForbiddenScenario>(r, [['said', 20], ['near_miss', 12], ['polite_exception', 8], ['none', 60]]);
  const closingScenario = weighted<ClosingScenario>(r, [['both', 55], ['offer_only', 10], ['thanks_only', 10], ['near_miss', 15], ['none', 10]]);
  const [level, k] = weighted<[NoiseLevel, number]>(r, LEVELS.map(([l, m, w]) => [[l, m], w] as [[NoiseLevel, number], number]));

  const brand = pick(r, zh ? ZH_BRANDS : EN_BRANDS);
  const greet = pick(r, zh ? ZH_GREETINGS : EN_GREETINGS);
  const greetingText = {
    correct: () => greet(brand, agent.surname),
    variant: () => (zh ? ZH_GREETING_VARIANT : EN_GREETING_VARIANT)(brand, agent.surname),
    late: () => greet(brand, agent.surname),
    wrong_surname: () => greet(brand, otherSurname(r, lang, agent.surname)),
    no_surname: () => (zh ? `您好，${brand}，很高兴为您服务` : `Thank you for calling ${brand}, how may I help you?`),
    no_brand: () => (zh ? `您好，我姓${agent.surname}，很高兴为您服务` : `Hello, my name is ${agent.surname}, how may I help you?`),
    near_miss: () => (zh ? pick(r, ['喂，你好，有什么事吗', '您好，请讲', '你好，信用卡中心']) : pick(r, ['Hello, how can I help?', 'Yes, hello?', 'Card services, go ahead.'])),
  }[greetingScenario]();

  const agentLines: string[] = [];
  const turns: { speaker: 'agent' | 'customer'; text: string; gapS?: number }[] = [];
  const say = (speaker: 'agent' | 'customer', text: string, gapS?: number) => {
    turns.push({ speaker, text, gapS });
    if (speaker === 'agent') agentLines.push(text);
  };
  if (greetingScenario === 'late') {
    say('agent', zh ? '喂，您好' : 'Hello?');
    say('customer', zh ? '喂？喂？听得到吗？我这边信号不太好，你等一下' : 'Hello? Can you hear me? Sorry, my signal is really bad here, hold on', 1);
    say('agent', zh ? '喂？您好，能听到吗' : 'Hello, can you hear me now?');
    say('customer', zh ? '听到了，刚才信号不好' : 'Yes, I can hear you now, sorry about that');
  }
  say('agent', greetingText, greetingScenario === 'late' ? 3 : undefined);
  say('customer', pick(r, zh ? ZH_REQUESTS : EN_REQUESTS));
  say('agent', pick(r, zh ? ZH_ANSWERS : EN_ANSWERS));
  const forbiddenLine = {
    said: () => pick(r, zh ? ZH_FORBIDDEN_SAID : EN_FORBIDDEN_SAID),
    near_miss: () => pick(r, zh ? ZH_FORBIDDEN_NEAR : EN_FORBIDDEN_NEAR),
    polite_exception: () => pick(r, zh ? ZH_FORBIDDEN_POLITE : EN_FORBIDDEN_POLITE),
    none: () => null,
  }[forbiddenScenario]();
  say('customer', zh ? '那这个要怎么处理呢' : 'So what should I do about it?');
  say('agent', forbiddenLine ?? pick(r, zh ? ZH_ANSWERS : EN_ANSWERS));
  say('customer', zh ? '好的，我知道了' : 'Okay, got it.');
  const offer = pick(r, zh ? ZH_OFFER : EN_OFFER);
  const thanks = pick(r, zh ? ZH_THANKS : EN_THANKS);
  const closingText = {
    both: () => `${offer}${zh ? '' : ' '}${thanks}`,
    offer_only: () => `${offer}${zh ? '好的，那先这样' : ' Okay, take care.'}`,
    thanks_only: () => thanks,
    near_miss: () => pick(r, zh ? ZH_CLOSING_NEAR : EN_CLOSING_NEAR),
    none: () => (zh ? '好的' : 'Okay.'),
  }[closingScenario]();
  say('agent', closingText);

  const segments: TranscriptSegment[] = [];
  let t = 0.3 + r() * 1.5;
  for (const turn of turns) {
    t += turn.gapS ?? 0.3 + r() * 0.8;
    const text = turn.speaker === 'agent' ? (zh ? noisyZh(r, turn.text, k) : noisyEn(r, turn.text, k)) : turn.text;
    const s = timed(lang, turn.speaker, t, text || turn.text);
    segments.push(s);
    t = s.end;
  }
  return {
    callId: `noisy-${lang}-${String(index).padStart(4, '0')}`,
    language: lang,
    agentId: agent.agentId,
    segments,
    labels: {
      greeting: greetingScenario === 'correct' || greetingScenario === 'variant',
      forbidden: forbiddenScenario === 'said',
      closing: closingScenario === 'both',
    },
    scenario: { greeting: greetingScenario, forbidden: forbiddenScenario, closing: closingScenario, noise: level },
    spoken: agentLines,
  };
}

export function noisyAgents(): Agent[] {
  const zh = Object.keys(ZH_SURNAMES).map((surname, i) => ({
    agentId: `zh-${String(i + 1).padStart(2, '0')}`, name: `${surname}客服`, surname, team: `T${(i % 4) + 1}`, site: 'SZ', coach: '教练', language: 'zh' as const,
  }));
  const en = EN_SURNAMES.map((surname, i) => ({
    agentId: `en-${String(i + 1).padStart(2, '0')}`, name: `Agent ${surname}`, surname, team: 'EN', site: 'SZ', coach: 'Coach', language: 'en' as const,
  }));
  return [...zh, ...en];
}

export function makeNoisySet(opts: { seed: string; zh: number; en: number }): NoisySet {
  const r = rng(opts.seed);
  const agents = noisyAgents();
  const zhAgents = agents.filter((a) => a.language === 'zh');
  const enAgents = agents.filter((a) => a.language === 'en');
  const calls: NoisyCall[] = [];
  for (let i = 0; i < opts.zh; i++) calls.push(makeCall(r, i, pick(r, zhAgents)));
  for (let i = 0; i < opts.en; i++) calls.push(makeCall(r, i, pick(r, enAgents)));
  return { seed: opts.seed, generator: `scripts/make-noisy-set.ts --seed ${opts.seed} --zh ${opts.zh} --en ${opts.en}`, brand: NOISY_BRAND, agents, calls };
}

export const DEFAULT_NOISY = { seed: 'callqa-noisy-1', zh: 400, en: 200 };
export const NOISY_SET_FILE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/noisy/noisy-set.json');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const set = makeNoisySet({
    seed: arg('seed') ?? DEFAULT_NOISY.seed,
    zh: Number(arg('zh') ?? DEFAULT_NOISY.zh),
    en: Number(arg('en') ?? DEFAULT_NOISY.en),
  });
  const out = arg('out') ?? NOISY_SET_FILE;
  writeFileSync(out, `${JSON.stringify(set, null, 1)}\n`);
  console.log(`wrote ${set.calls.length} calls to ${out}`);
}
