/**
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts [--seed S] [--per-split N] [--out FILE]`
 * `npx tsx scripts/eval/paraphrase/make-paraphrase-set.ts --split heldoutN` (fixtures/paraphrase/paraphrase-set-heldoutN.json;
 *   any bank split of splits.ts, from its own banks, seed and size)
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
 * The later splits (heldout2 onwards) are sets of their own, each from its own banks
 * (elements-heldoutN-*.ts, written after the ones before it were tuned on) and its own seed: the
 * same scenarios and noise, wordings nobody had tuned on when it was first evaluated. splits.ts
 * holds them in one table and names the one still untouched.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Agent, BrandConfig, Language, TranscriptSegment } from '../../../pipeline/types.ts';
import { noisyAgents, noisyEn, noisyZh, otherSurname, pick, rng, timed, weighted, type NoiseLevel } from '../../fixtures/make-noisy-set.ts';
import type { ElementBank, ElementId, ForbiddenBank } from './element-bank.ts';
import { EN_ELEMENTS, EN_FORBIDDEN } from './elements-en.ts';
import { ZH_ELEMENTS, ZH_FORBIDDEN } from './elements-zh.ts';
import { BANK_SPLIT_NAMES, BANK_SPLITS, isBankSplit, setFileOf, setOptionsOf, wordingsIn, type Split } from './splits.ts';

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
  if (split === 'dev' || split === 'heldout') return lang === 'zh' ? ZH_ELEMENTS : EN_ELEMENTS;
  return BANK_SPLITS[split].banks[lang].elements;
}

function forbiddenOf(lang: Language, split: Split): ForbiddenBank {
  if (split === 'dev' || split === 'heldout') return lang === 'zh' ? ZH_FORBIDDEN : EN_FORBIDDEN;
  return BANK_SPLITS[split].banks[lang].forbidden;
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const split = arg('split');
  if (split !== undefined && !isBankSplit(split)) {
    throw new Error(`--split ${split}: only ${BANK_SPLIT_NAMES.join(', ')} are made alone (dev and heldout are made together, without --split)`);
  }
  const alone = split ? { ...setOptionsOf(split), file: setFileOf(split) } : undefined;
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
