/**
 * Training examples from the paraphrase set's element banks — the `dev` wordings only
 * (element-bank.ts splits every wording into dev or heldout; heldout never reaches training):
 * each wording with its slots filled by several brands and surnames, clean and through the
 * noisy-transcript model at the paraphrase set's noise levels.
 * Also the set of heldout wordings, so real-data rows that happen to be one can be dropped.
 */
import type { ActLabel } from '../../../models/acts/labels.ts';
import { normalizeAct } from '../../../models/acts/featurizer.ts';
import { splitOf, type ElementBank, type ElementId, type ForbiddenBank } from '../../eval/paraphrase/element-bank.ts';
import { BANK_SPLITS, SPENT_BANK_SPLITS, UNTOUCHED_SPLIT, type BankSplit } from '../../eval/paraphrase/splits.ts';
import { EN_ELEMENTS, EN_FORBIDDEN } from '../../eval/paraphrase/elements-en.ts';
import { ZH_ELEMENTS, ZH_FORBIDDEN } from '../../eval/paraphrase/elements-zh.ts';
import { noisyEn, noisyZh, rng } from '../../fixtures/make-noisy-set.ts';
import type { ActExample } from './real-data.ts';

type Lang = 'zh' | 'en';

const ELEMENT_ACT: Record<ElementId, ActLabel> = {
  salutation: 'greeting',
  brand: 'greeting',
  selfIntro: 'self_intro',
  offer: 'offer_help',
  closingOffer: 'further_help',
  thanksForCalling: 'thanks_for_calling',
  goodbye: 'goodbye',
  holdRequest: 'hold_request',
  holdThanks: 'hold_thanks',
  apology: 'apology',
};

const FORBIDDEN_ACT: Record<string, ActLabel> = { brush_off: 'brush_off', blame: 'blame', rude: 'rude', promise: 'promise' };

/** Slot fillers for training, not the paraphrase set's: the model must learn the act, not a brand. */
const BRANDS = { zh: ['建设银行', '平安银行信用卡中心', '中国移动', '招商银行', '广发银行', '京东客服'], en: ['Acme Bank', 'Northwind Telecom', 'City Card Services', 'Merchants Bank', 'Globex'] };
const SURNAMES = { zh: ['王', '李', '张', '刘', '陈', '杨', '黄', '周'], en: ['Smith', 'Johnson', 'Garcia', 'Lee', 'Brown', 'Nguyen', 'Patel'] };

/** A thank-you-for-calling said with the brand at the start of a call is still a thanks-for-calling act. */
const THANKS = /感谢|谢谢|多谢|thank|thanks/i;

function fill(r: () => number, lang: Lang, text: string): string {
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  return text.replaceAll('{brand}', pick(BRANDS[lang])).replaceAll('{surname}', pick(SURNAMES[lang]));
}

interface Labelled {
  text: string;
  label: ActLabel;
  key: string;
}

/** A bank's wordings with their acts (a forbidden category's polite sentences are hard negatives: `other`). */
function labelledBank(lang: Lang, bank: ElementBank, forbidden: ForbiddenBank, keep: (key: string, wording: string) => boolean): Labelled[] {
  const out: Labelled[] = [];
  for (const [el, wordings] of Object.entries(bank) as [ElementId, string[]][]) {
    for (const w of wordings) {
      if (!keep(el, w)) continue;
      const label = el === 'brand' && THANKS.test(w) ? 'thanks_for_calling' : ELEMENT_ACT[el];
      out.push({ text: w, label, key: `${lang}/${el}` });
    }
  }
  for (const [cat, lists] of Object.entries(forbidden)) {
    const act = FORBIDDEN_ACT[cat];
    if (!act) continue;
    for (const w of lists.said) if (keep(`forbidden.${cat}.said`, w)) out.push({ text: w, label: act, key: `${lang}/forbidden.${cat}.said` });
    // Hard negatives: polite sentences with the same words are no brush-off.
    for (const w of lists.polite) if (keep(`forbidden.${cat}.polite`, w)) out.push({ text: w, label: 'other', key: `${lang}/forbidden.${cat}.polite` });
  }
  return out;
}

/** Each wording `copies` times: one clean, the rest through the ASR noise model (levels 1–2). */
function withNoise(rows: { lang: Lang; row: Labelled }[], copies: number, seed: string, source: string): ActExample[] {
  const r = rng(seed);
  const out: ActExample[] = [];
  for (const { lang, row } of rows) {
    for (let i = 0; i < copies; i++) {
      const filled = fill(r, lang, row.text);
      const noisy = i === 0 ? filled : lang === 'zh' ? noisyZh(r, filled, 1 + (i % 2)) : noisyEn(r, filled, 1 + (i % 2));
      out.push({ text: noisy || filled, label: row.label, source: `${source}/${row.key}` });
    }
  }
  return out;
}

/** Dev wordings of the first bank, each `copies` times: one clean, the rest through the ASR noise model. */
export function paraphraseDevExamples(copies: number, seed = 'callqa-acts-1'): ActExample[] {
  const rows = (['zh', 'en'] as const).flatMap((lang) =>
    labelledBank(lang, lang === 'zh' ? ZH_ELEMENTS : EN_ELEMENTS, lang === 'zh' ? ZH_FORBIDDEN : EN_FORBIDDEN, (key, w) => splitOf(lang, key, w) === 'dev').map((row) => ({ lang, row })),
  );
  return withNoise(rows, copies, seed, 'paraphrase-dev');
}

/**
 * The spent held-out splits (since the H8 round): heldout of the first bank and every bank split but
 * the untouched one (splits.ts) — each evaluated once, untouched, and tuned on since. Their wordings
 * are the most varied agent speech this project has (a writer each, many registers), so the act model learns from them too;
 * their figures were tuned figures already, and are training figures now. Only the untouched split
 * (`UNTOUCHED_SPLIT`, splits.ts) stays out of training.
 */
export async function spentSplitExamples(copies: number, seed = 'callqa-acts-spent-1', leftOut: readonly BankSplit[] = []): Promise<ActExample[]> {
  const rows: { lang: Lang; row: Labelled }[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const first = labelledBank(lang, lang === 'zh' ? ZH_ELEMENTS : EN_ELEMENTS, lang === 'zh' ? ZH_FORBIDDEN : EN_FORBIDDEN, (key, w) => splitOf(lang, key, w) === 'heldout');
    rows.push(...first.map((row) => ({ lang, row })));
    for (const split of SPENT_BANK_SPLITS.filter((x) => !leftOut.includes(x))) {
      const { elements, forbidden } = BANK_SPLITS[split].banks[lang];
      rows.push(...labelledBank(lang, elements, forbidden, () => true).map((row) => ({ lang, row })));
    }
  }
  return withNoise(rows, copies, seed, 'paraphrase-spent');
}

/** A bank wording as the held-out guards compare it: normalised, slots removed, punctuation as spaces. */
function normalisedWording(s: string): string {
  return normalizeAct(s).replace(/\{(brand|surname)\}/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Normalised heldout wordings (slots removed), to keep them out of training whatever the source. */
export function heldoutWordings(): string[] {
  const out: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const bank: ElementBank = lang === 'zh' ? ZH_ELEMENTS : EN_ELEMENTS;
    for (const [el, ws] of Object.entries(bank)) for (const w of ws) if (splitOf(lang, el, w) === 'heldout') out.push(normalisedWording(w));
    for (const [cat, lists] of Object.entries(lang === 'zh' ? ZH_FORBIDDEN : EN_FORBIDDEN)) {
      for (const [kind, ws] of Object.entries(lists)) for (const w of ws) if (splitOf(lang, `forbidden.${cat}.${kind}`, w) === 'heldout') out.push(normalisedWording(w));
    }
  }
  return out.filter((w) => w.length > 0);
}

/** Every string inside a value (arrays and objects walked), for banks whose shape is not known here. */
function stringLeaves(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringLeaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringLeaves(x, out);
  return out;
}

/**
 * The untouched split's wordings, normalised: every string its banks hold (walked, not read by
 * element or category), so this code never names, and its author never read, its contents. No row
 * of any source may be, or contain, one of them.
 */
export function untouchedWordings(): string[] {
  return wordingsOfSplit(UNTOUCHED_SPLIT);
}

/** Every wording of a bank split, normalised as untouchedWordings() does (also for splits left out of a validation run). */
export function wordingsOfSplit(split: BankSplit): string[] {
  return stringLeaves(BANK_SPLITS[split].banks).map(normalisedWording).filter((w) => w.length > 0);
}

/** True when `text` is, or contains, a heldout wording (short ones must match whole). */
export function touchesHeldout(text: string, heldout: string[]): boolean {
  const t = normalizeAct(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return heldout.some((w) => t === w || (w.length >= (/\p{Script=Han}/u.test(w) ? 5 : 12) && t.includes(w)));
}
