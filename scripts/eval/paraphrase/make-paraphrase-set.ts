/**
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts [--seed S] [--per-split N] [--out FILE]`
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldout2` (fixtures/paraphrase/paraphrase-set-heldout2.json)
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldout3` (fixtures/paraphrase/paraphrase-set-heldout3.json)
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldout4` (fixtures/paraphrase/paraphrase-set-heldout4.json)
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldout5` (fixtures/paraphrase/paraphrase-set-heldout5.json)
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldout6` (fixtures/paraphrase/paraphrase-set-heldout6.json)
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldout7` (fixtures/paraphrase/paraphrase-set-heldout7.json)
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldout8` (fixtures/paraphrase/paraphrase-set-heldout8.json)
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldout9` (fixtures/paraphrase/paraphrase-set-heldout9.json)
 *
 * The paraphrase set: labelled call transcripts whose agent lines are built from many ways of
 * saying each scripted element (elements-zh.ts, elements-en.ts — kept apart from the
 * scorecards' phrase lists), put through the noisy-transcript model of make-noisy-set.ts (ASR
 * homophones, wrong/dropped/extra units, fillers), with labelled violations (missing brand,
 * wrong surname, missing self-introduction, closing words only in the greeting, a thank-you
 * for holding instead of a closing thank-you, an unannounced or unthanked hold, no apology to
 * an upset customer) and hard negatives (polite sentences with a forbidden phrase's words).
 *
 * Every wording is in `dev` or `heldout` by a fixed hash (element-bank.ts); a call of one split
 * uses only that split's wordings. Seeded and deterministic (fixtures/paraphrase/paraphrase-set.json).
 * `heldout2` is a set of its own, from its own banks (elements-heldout2-*.ts) and its own seed:
 * the same scenarios and noise, wordings nobody has tuned on. `heldout3` is built the same way from
 * elements-heldout3-*.ts, written while heldout2 was being tuned on, and `heldout4` from
 * elements-heldout4-*.ts, written blind while heldout3 was being tuned on. `heldout5` comes from
 * elements-heldout5-*.ts, written blind while heldout4 was being tuned on, with twice as many calls
 * per language (one call moves a rate less), `heldout6` from elements-heldout6-*.ts, written
 * blind while heldout5 was being tuned on, at heldout5's size, and `heldout7` from
 * elements-heldout7-*.ts, written blind while heldout6 was being tuned on, at heldout6's size, and
 * `heldout8` from elements-heldout8-*.ts, written blind while heldout7 was being tuned on, at
 * heldout7's size; all seven are tuning data now. `heldout9`, the untouched one, comes from
 * elements-heldout9-*.ts, written blind while heldout8 was being tuned on, at heldout8's size.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Agent, BrandConfig, Language, TranscriptSegment } from '../../../pipeline/types.ts';
import { noisyAgents, noisyEn, noisyZh, otherSurname, pick, rng, timed, weighted, type NoiseLevel } from '../../fixtures/make-noisy-set.ts';
import { wordingsIn, type ElementBank, type ElementId, type Split } from './element-bank.ts';
import { EN_ELEMENTS, EN_FORBIDDEN } from './elements-en.ts';
import { ZH_ELEMENTS, ZH_FORBIDDEN } from './elements-zh.ts';
import { EN_HELDOUT2_ELEMENTS, EN_HELDOUT2_FORBIDDEN } from './elements-heldout2-en.ts';
import { ZH_HELDOUT2_ELEMENTS, ZH_HELDOUT2_FORBIDDEN } from './elements-heldout2-zh.ts';
import { EN_HELDOUT3_ELEMENTS, EN_HELDOUT3_FORBIDDEN } from './elements-heldout3-en.ts';
import { ZH_HELDOUT3_ELEMENTS, ZH_HELDOUT3_FORBIDDEN } from './elements-heldout3-zh.ts';
import { EN_HELDOUT4_ELEMENTS, EN_HELDOUT4_FORBIDDEN } from './elements-heldout4-en.ts';
import { ZH_HELDOUT4_ELEMENTS, ZH_HELDOUT4_FORBIDDEN } from './elements-heldout4-zh.ts';
import { EN_HELDOUT5_ELEMENTS, EN_HELDOUT5_FORBIDDEN } from './elements-heldout5-en.ts';
import { ZH_HELDOUT5_ELEMENTS, ZH_HELDOUT5_FORBIDDEN } from './elements-heldout5-zh.ts';
import { EN_HELDOUT6_ELEMENTS, EN_HELDOUT6_FORBIDDEN } from './elements-heldout6-en.ts';
import { ZH_HELDOUT6_ELEMENTS, ZH_HELDOUT6_FORBIDDEN } from './elements-heldout6-zh.ts';
import { EN_HELDOUT7_ELEMENTS, EN_HELDOUT7_FORBIDDEN } from './elements-heldout7-en.ts';
import { ZH_HELDOUT7_ELEMENTS, ZH_HELDOUT7_FORBIDDEN } from './elements-heldout7-zh.ts';
import { EN_HELDOUT8_ELEMENTS, EN_HELDOUT8_FORBIDDEN } from './elements-heldout8-en.ts';
import { ZH_HELDOUT8_ELEMENTS, ZH_HELDOUT8_FORBIDDEN } from './elements-heldout8-zh.ts';
import { EN_HELDOUT9_ELEMENTS, EN_HELDOUT9_FORBIDDEN } from './elements-heldout9-en.ts';
import { ZH_HELDOUT9_ELEMENTS, ZH_HELDOUT9_FORBIDDEN } from './elements-heldout9-zh.ts';

/** A bilingual center: each language has its own brand (config `brand.byLanguage`). */
export const PARAPHRASE_BRANDS: Record<Language, BrandConfig> = {
  zh: { name: '招商银行信用卡中心', aliases: ['招商银行', '招行'] },
  en: { name: 'China Merchants Bank', aliases: ['CMB', 'Merchants Bank'] },
};

export type GreetingCase = 'ok' | 'ok_reordered' | 'no_brand' | 'wrong_surname' | 'no_self_intro' | 'salutation_only' | 'late_after_silence';
export type ClosingCase = 'offer' | 'thanks_goodbye' | 'all' | 'thanks_only' | 'goodbye_only' | 'none' | 'hold_thanks_goodbye' | 'greeting_only_short';
export type HoldCase = 'none' | 'ok' | 'no_request' | 'no_thanks' | 'thanks_at_end_only';
export type ForbiddenCase = 'none' | 'said' | 'polite';
export type ApologyCase = 'calm' | 'apologised' | 'not_apologised';

export interface ParaphraseCall {
  callId: string;
  split: Split;
  language: Language;
  agentId: string;
  segments: TranscriptSegment[];
  /** Sentiment score (−1..1) of each segment index that is not neutral: the upset customer turn. */
  sentimentScores: Record<number, number>;
  /**
   * Ground truth of what the agent did. A label that is absent does not apply to the call
   * (no hold, customer never upset). `hold` and `forbidden` are violations (true = broken).
   */
  labels: { greeting: boolean; closing: boolean; hold?: boolean; forbidden: boolean; forbiddenCategory?: string; apology?: boolean };
  scenario: { greeting: GreetingCase; closing: ClosingCase; hold: HoldCase; forbidden: ForbiddenCase; apology: ApologyCase; noise: NoiseLevel };
  /** Agent lines before ASR noise. */
  spoken: string[];
}

export interface ParaphraseSet {
  seed: string;
  generator: string;
  brands: Record<Language, BrandConfig>;
  agents: Agent[];
  calls: ParaphraseCall[];
}

const LEVELS: [NoiseLevel, number, number][] = [
  ['clean', 0, 0.3],
  ['light', 1, 0.45],
  ['medium', 2, 0.25],
];
/** Fillers and discourse particles put before a line (the noise model adds more inside). */
const LEAD_FILLERS = { zh: ['啊，', '嗯，', '呃，', '那个，', '就是，', '嗯嗯，'], en: ['um, ', 'uh, ', 'you know, ', 'so, ', 'well, ', 'like, '] };

const CUSTOMER = {
  zh: {
    hello: '喂？喂？有人吗？',
    request: ['你好，我想查一下这个月的账单', '我的卡昨天被锁了，怎么回事', '我想问一下分期手续费是多少', '我想提高一下信用额度', '年费怎么又扣了'],
    followUp: '那这个要怎么处理呢',
    upset: ['你们这服务太差了，扣了我两次钱，我非常生气', '我已经打了三次电话了，到现在还没解决，太过分了', '你们乱扣费，我要投诉'],
    okay: '好的，我知道了',
    done: '没有了，谢谢',
  },
  en: {
    hello: 'Hello? Hello? Is anyone there?',
    request: ['Hi, I want to check my statement', 'My card was blocked yesterday', 'What is the fee for an installment plan?', 'I would like a higher credit limit', 'Why was I charged an annual fee?'],
    followUp: 'So what should I do about it?',
    upset: ['This is ridiculous, you charged me twice and I am really angry', 'I have called three times and nothing is fixed, this is unacceptable', 'You people keep taking my money, I want to complain'],
    okay: 'Okay, got it.',
    done: "No, that's all, thanks.",
  },
};
const ANSWERS = {
  zh: ['您本期账单金额是三千二百元，到期还款日是二十五号', '卡片因为密码输错被锁定了，我帮您解锁', '分期手续费每期是百分之零点六', '已经为您提交了提额申请', '年费是按年收取的，刷卡满六次可以减免'],
  en: ['Your statement balance is three thousand two hundred, due on the twenty fifth', 'The card was locked after three wrong PIN entries, I will unlock it', 'The installment fee is zero point six percent per month', 'I have submitted the limit increase request', 'The annual fee is waived after six purchases a year'],
};
/** A neutral reply to an upset customer that is no apology. */
const NO_APOLOGY = { zh: ['我看一下记录，这笔是系统扣的', '这个需要提交工单处理'], en: ['I can see the record, the system took that payment', 'That needs a ticket to be raised'] };

function bankOf(lang: Language, split: Split): ElementBank {
  if (split === 'heldout2') return lang === 'zh' ? ZH_HELDOUT2_ELEMENTS : EN_HELDOUT2_ELEMENTS;
  if (split === 'heldout3') return lang === 'zh' ? ZH_HELDOUT3_ELEMENTS : EN_HELDOUT3_ELEMENTS;
  if (split === 'heldout4') return lang === 'zh' ? ZH_HELDOUT4_ELEMENTS : EN_HELDOUT4_ELEMENTS;
  if (split === 'heldout5') return lang === 'zh' ? ZH_HELDOUT5_ELEMENTS : EN_HELDOUT5_ELEMENTS;
  if (split === 'heldout6') return lang === 'zh' ? ZH_HELDOUT6_ELEMENTS : EN_HELDOUT6_ELEMENTS;
  if (split === 'heldout7') return lang === 'zh' ? ZH_HELDOUT7_ELEMENTS : EN_HELDOUT7_ELEMENTS;
  if (split === 'heldout8') return lang === 'zh' ? ZH_HELDOUT8_ELEMENTS : EN_HELDOUT8_ELEMENTS;
  if (split === 'heldout9') return lang === 'zh' ? ZH_HELDOUT9_ELEMENTS : EN_HELDOUT9_ELEMENTS;
  return lang === 'zh' ? ZH_ELEMENTS : EN_ELEMENTS;
}

function forbiddenOf(lang: Language, split: Split): Record<string, { said: string[]; polite: string[] }> {
  if (split === 'heldout2') return lang === 'zh' ? ZH_HELDOUT2_FORBIDDEN : EN_HELDOUT2_FORBIDDEN;
  if (split === 'heldout3') return lang === 'zh' ? ZH_HELDOUT3_FORBIDDEN : EN_HELDOUT3_FORBIDDEN;
  if (split === 'heldout4') return lang === 'zh' ? ZH_HELDOUT4_FORBIDDEN : EN_HELDOUT4_FORBIDDEN;
  if (split === 'heldout5') return lang === 'zh' ? ZH_HELDOUT5_FORBIDDEN : EN_HELDOUT5_FORBIDDEN;
  if (split === 'heldout6') return lang === 'zh' ? ZH_HELDOUT6_FORBIDDEN : EN_HELDOUT6_FORBIDDEN;
  if (split === 'heldout7') return lang === 'zh' ? ZH_HELDOUT7_FORBIDDEN : EN_HELDOUT7_FORBIDDEN;
  if (split === 'heldout8') return lang === 'zh' ? ZH_HELDOUT8_FORBIDDEN : EN_HELDOUT8_FORBIDDEN;
  if (split === 'heldout9') return lang === 'zh' ? ZH_HELDOUT9_FORBIDDEN : EN_HELDOUT9_FORBIDDEN;
  return lang === 'zh' ? ZH_FORBIDDEN : EN_FORBIDDEN;
}

/** `splits` defaults to dev and heldout (paraphrase-set.json); `['heldout2']` makes paraphrase-set-heldout2.json. */
export function makeParaphraseSet(opts: { seed: string; perSplit: number; splits?: readonly Split[] }): ParaphraseSet {
  const r = rng(opts.seed);
  const agents = noisyAgents();
  const calls: ParaphraseCall[] = [];
  const splits = opts.splits ?? (['dev', 'heldout'] as const);
  for (const split of splits) {
    for (const lang of ['zh', 'en'] as const) {
      const pool = agents.filter((a) => a.language === lang);
      for (let i = 0; i < opts.perSplit; i++) calls.push(makeCall(r, `para-${split}-${lang}-${String(i).padStart(4, '0')}`, split, pick(r, pool)));
    }
  }
  return {
    seed: opts.seed,
    generator: `scripts/eval/paraphrase/make-paraphrase-set.ts --seed ${opts.seed} --per-split ${opts.perSplit}${opts.splits ? ` --split ${opts.splits.join(',')}` : ''}`,
    brands: PARAPHRASE_BRANDS,
    agents,
    calls,
  };
}

function makeCall(r: () => number, callId: string, split: Split, agent: Agent): ParaphraseCall {
  const lang = agent.language;
  const zh = lang === 'zh';
  const bank = bankOf(lang, split);
  const forbiddenBank = forbiddenOf(lang, split);
  const brandNames = [PARAPHRASE_BRANDS[lang].name, ...PARAPHRASE_BRANDS[lang].aliases];
  const brandName = pick(r, brandNames);
  const say = (el: ElementId, surname = agent.surname) =>
    pick(r, wordingsIn(lang, el, bank[el], split)).replaceAll('{brand}', brandName).replaceAll('{surname}', surname);
  const join = (parts: string[]) => (zh ? parts.join('，') : parts.join(', '));
  const sentence = (s: string) => (zh ? s : s.charAt(0).toUpperCase() + s.slice(1));

  let greeting = weighted<GreetingCase>(r, [
    ['ok', 40], ['ok_reordered', 10], ['no_brand', 10], ['wrong_surname', 12], ['no_self_intro', 8], ['salutation_only', 6], ['late_after_silence', 8],
  ]);
  let closing = weighted<ClosingCase>(r, [
    ['offer', 18], ['thanks_goodbye', 18], ['all', 14], ['thanks_only', 10], ['goodbye_only', 10], ['none', 8], ['hold_thanks_goodbye', 10], ['greeting_only_short', 12],
  ]);
  const short = closing === 'greeting_only_short';
  let hold: HoldCase = short ? 'none' : weighted<HoldCase>(r, [['none', 45], ['ok', 25], ['no_request', 10], ['no_thanks', 10], ['thanks_at_end_only', 10]]);
  let forbidden = weighted<ForbiddenCase>(r, [['none', 40], ['said', 35], ['polite', 25]]);
  const apology = short ? 'calm' : weighted<ApologyCase>(r, [['calm', 55], ['apologised', 30], ['not_apologised', 15]]);
  const [noise, k] = weighted<[NoiseLevel, number]>(r, LEVELS.map(([l, m, w]) => [[l, m], w] as [[NoiseLevel, number], number]));
  if (hold === 'thanks_at_end_only' && closing === 'hold_thanks_goodbye') closing = 'thanks_goodbye';
  // A short call is greeting, one answer, 「好的」: nothing else is said in it.
  if (short) {
    greeting = 'ok';
    forbidden = 'none';
  }
  // A thank-you for holding may carry 抱歉 / sorry: keep it out of the 30 s after an upset turn that was not apologised for.
  if (apology === 'not_apologised' && hold === 'thanks_at_end_only') hold = 'no_thanks';
  if (apology === 'not_apologised' && closing === 'hold_thanks_goodbye') closing = 'goodbye_only';
  let forbiddenCategory: string | undefined;

  // --- greeting: salutation, brand, self-introduction, offer to help (at least one of the first and last)
  const withSal = r() < 0.75;
  const withOffer = !withSal || r() < 0.7;
  const parts: string[] = [];
  if (greeting === 'salutation_only') parts.push(say('salutation'), ...(r() < 0.5 ? [say('offer')] : []));
  else {
    if (withSal) parts.push(say('salutation'));
    if (greeting !== 'no_brand') parts.push(say('brand'));
    if (greeting === 'wrong_surname') parts.push(say('selfIntro', otherSurname(r, lang, agent.surname)));
    else if (greeting !== 'no_self_intro') parts.push(say('selfIntro'));
    if (withOffer) parts.push(say('offer'));
    if (greeting === 'ok_reordered') parts.push(parts.shift()!); // salutation or brand last: order-free
  }
  let greetingLine = sentence(join(parts));
  if (short) {
    // The greeting carries closing-like words (thanks for calling {brand} … how can I help): they must not count as a closing.
    greetingLine = zh ? `您好，感谢您致电${brandName}，我姓${agent.surname}，请问有什么可以帮您` : `Thank you for calling ${brandName}, my name is ${agent.surname}, how can I help you today?`;
  }
  const greetingOk = short || greeting === 'ok' || greeting === 'ok_reordered' || greeting === 'late_after_silence';

  const turns: { speaker: 'agent' | 'customer'; text: string; gapS?: number; upset?: boolean }[] = [];
  const agentSays = (text: string, gapS?: number) => turns.push({ speaker: 'agent', text: r() < 0.3 ? pick(r, LEAD_FILLERS[lang]) + text : text, gapS });
  const customerSays = (text: string, gapS?: number, upset = false) => turns.push({ speaker: 'customer', text, gapS, upset });
  const C = CUSTOMER[lang];

  if (greeting === 'late_after_silence') customerSays(C.hello);
  agentSays(greetingLine, greeting === 'late_after_silence' ? 11 + r() * 8 : undefined);
  customerSays(pick(r, C.request));
  if (short) {
    agentSays(pick(r, ANSWERS[lang]));
    customerSays(C.okay);
    agentSays(zh ? '好的' : 'Okay.');
  } else {
    if (hold !== 'none') {
      const request = hold === 'no_request' ? (zh ? '我看一下' : 'let me see') : say('holdRequest');
      agentSays(sentence(request));
      const back = hold === 'no_thanks' || hold === 'thanks_at_end_only' ? pick(r, ANSWERS[lang]) : join([say('holdThanks'), pick(r, ANSWERS[lang])]);
      agentSays(sentence(back), 12 + r() * 25);
    } else agentSays(pick(r, ANSWERS[lang]));
    customerSays(C.followUp);
    const cat = pick(r, Object.keys(forbiddenBank));
    const lists = forbiddenBank[cat];
    const line =
      forbidden === 'none' ? pick(r, ANSWERS[lang]) : pick(r, wordingsIn(lang, `forbidden.${cat}.${forbidden}`, forbidden === 'said' ? lists.said : lists.polite, split));
    agentSays(sentence(line));
    if (forbidden === 'said') forbiddenCategory = cat;
    if (apology !== 'calm') {
      customerSays(pick(r, C.upset), undefined, true);
      agentSays(sentence(apology === 'apologised' ? join([say('apology'), pick(r, ANSWERS[lang])]) : pick(r, NO_APOLOGY[lang])));
    }
    customerSays(C.done);
    // Filler talk pushes the closing past 20 s after the hold when the thank-you comes only at the end.
    if (hold === 'thanks_at_end_only') {
      agentSays(pick(r, ANSWERS[lang]));
      customerSays(C.okay);
    }
    const closingParts: Record<ClosingCase, () => string[]> = {
      offer: () => [say('closingOffer')],
      thanks_goodbye: () => (r() < 0.5 ? [say('thanksForCalling'), say('goodbye')] : [say('goodbye'), say('thanksForCalling')]),
      all: () => [say('closingOffer'), say('thanksForCalling'), say('goodbye')],
      thanks_only: () => [say('thanksForCalling')],
      goodbye_only: () => [say('goodbye')],
      none: () => [zh ? '好的' : 'Okay.'],
      hold_thanks_goodbye: () => [say('holdThanks'), say('goodbye')],
      greeting_only_short: () => [],
    };
    const endParts = hold === 'thanks_at_end_only' ? [say('holdThanks'), ...closingParts[closing]()] : closingParts[closing]();
    agentSays(sentence(join(endParts)));
  }

  const segments: TranscriptSegment[] = [];
  const sentimentScores: Record<number, number> = {};
  const spoken: string[] = [];
  let t = 0.3 + r() * 1.2;
  for (const turn of turns) {
    t += turn.gapS ?? 0.3 + r() * 0.8;
    const text = turn.speaker === 'agent' ? (zh ? noisyZh(r, turn.text, k) : noisyEn(r, turn.text, k)) : turn.text;
    if (turn.speaker === 'agent') spoken.push(turn.text);
    if (turn.upset) sentimentScores[segments.length] = -0.8;
    const s = timed(lang, turn.speaker, t, text || turn.text);
    segments.push(s);
    t = s.end;
  }
  return {
    callId,
    split,
    language: lang,
    agentId: agent.agentId,
    segments,
    sentimentScores,
    labels: {
      greeting: greetingOk,
      closing: closing === 'offer' || closing === 'thanks_goodbye' || closing === 'all',
      ...(hold !== 'none' || greeting === 'late_after_silence' ? { hold: hold !== 'none' && hold !== 'ok' } : {}),
      forbidden: forbidden === 'said',
      ...(forbiddenCategory ? { forbiddenCategory } : {}),
      ...(apology !== 'calm' ? { apology: apology === 'apologised' } : {}),
    },
    scenario: { greeting, closing, hold, forbidden, apology, noise },
    spoken,
  };
}

export const DEFAULT_PARAPHRASE = { seed: 'callqa-paraphrase-1', perSplit: 150 };
export const PARAPHRASE_SET_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set.json');
/** The second held-out set: as many calls per language as the heldout split, its own seed and banks. */
export const DEFAULT_HELDOUT2 = { seed: 'callqa-paraphrase-heldout2-1', perSplit: 150, splits: ['heldout2'] as const };
export const PARAPHRASE_HELDOUT2_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set-heldout2.json');
/** The third held-out set: as heldout2, from its own banks (elements-heldout3-*.ts) and its own seed. */
export const DEFAULT_HELDOUT3 = { seed: 'callqa-paraphrase-heldout3-1', perSplit: 150, splits: ['heldout3'] as const };
export const PARAPHRASE_HELDOUT3_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set-heldout3.json');
/** The fourth held-out set: as heldout3, from its own banks (elements-heldout4-*.ts) and its own seed. */
export const DEFAULT_HELDOUT4 = { seed: 'callqa-paraphrase-heldout4-1', perSplit: 150, splits: ['heldout4'] as const };
export const PARAPHRASE_HELDOUT4_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set-heldout4.json');
/**
 * The fifth held-out set, from its own banks (elements-heldout5-*.ts) and its own seed, and larger:
 * `perSplit` is calls per language, so 300 zh and 300 en calls (600 in all) where heldout4 had 150
 * and 150 — one call there moved a figure by 3-5 points.
 */
export const DEFAULT_HELDOUT5 = { seed: 'callqa-paraphrase-heldout5-1', perSplit: 300, splits: ['heldout5'] as const };
export const PARAPHRASE_HELDOUT5_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set-heldout5.json');
/** The sixth held-out set, from its own banks (elements-heldout6-*.ts) and its own seed, at heldout5's size: 300 calls per language, 600 in all. */
export const DEFAULT_HELDOUT6 = { seed: 'callqa-paraphrase-heldout6-1', perSplit: 300, splits: ['heldout6'] as const };
export const PARAPHRASE_HELDOUT6_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set-heldout6.json');
/** The seventh held-out set, from its own banks (elements-heldout7-*.ts) and its own seed, at heldout6's size: 300 calls per language, 600 in all. */
export const DEFAULT_HELDOUT7 = { seed: 'callqa-paraphrase-heldout7-1', perSplit: 300, splits: ['heldout7'] as const };
export const PARAPHRASE_HELDOUT7_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set-heldout7.json');
/** The eighth held-out set, from its own banks (elements-heldout8-*.ts) and its own seed, at heldout7's size: 300 calls per language, 600 in all. */
export const DEFAULT_HELDOUT8 = { seed: 'callqa-paraphrase-heldout8-1', perSplit: 300, splits: ['heldout8'] as const };
export const PARAPHRASE_HELDOUT8_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set-heldout8.json');
/** The ninth held-out set, from its own banks (elements-heldout9-*.ts) and its own seed, at heldout8's size: 300 calls per language, 600 in all. */
export const DEFAULT_HELDOUT9 = { seed: 'callqa-paraphrase-heldout9-1', perSplit: 300, splits: ['heldout9'] as const };
export const PARAPHRASE_HELDOUT9_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/paraphrase/paraphrase-set-heldout9.json');
/** The sets made alone with `--split`, each with its defaults and file. */
const ALONE = {
  heldout2: { ...DEFAULT_HELDOUT2, file: PARAPHRASE_HELDOUT2_FILE },
  heldout3: { ...DEFAULT_HELDOUT3, file: PARAPHRASE_HELDOUT3_FILE },
  heldout4: { ...DEFAULT_HELDOUT4, file: PARAPHRASE_HELDOUT4_FILE },
  heldout5: { ...DEFAULT_HELDOUT5, file: PARAPHRASE_HELDOUT5_FILE },
  heldout6: { ...DEFAULT_HELDOUT6, file: PARAPHRASE_HELDOUT6_FILE },
  heldout7: { ...DEFAULT_HELDOUT7, file: PARAPHRASE_HELDOUT7_FILE },
  heldout8: { ...DEFAULT_HELDOUT8, file: PARAPHRASE_HELDOUT8_FILE },
  heldout9: { ...DEFAULT_HELDOUT9, file: PARAPHRASE_HELDOUT9_FILE },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const split = arg('split');
  if (split !== undefined && !Object.hasOwn(ALONE, split)) {
    throw new Error(`--split ${split}: only ${Object.keys(ALONE).join(', ')} are made alone (dev and heldout are made together, without --split)`);
  }
  const alone = split ? ALONE[split as keyof typeof ALONE] : undefined;
  const defaults = alone ?? DEFAULT_PARAPHRASE;
  const set = makeParaphraseSet({
    seed: arg('seed') ?? defaults.seed,
    perSplit: Number(arg('per-split') ?? defaults.perSplit),
    ...(alone ? { splits: alone.splits } : {}),
  });
  const out = arg('out') ?? (alone ? alone.file : PARAPHRASE_SET_FILE);
  writeFileSync(out, `${JSON.stringify(set)}\n`);
  console.log(`wrote ${set.calls.length} calls to ${out}`);
}
