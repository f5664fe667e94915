/**
 * Expected phrases with slots, and finding them in spoken text.
 *
 * A scorecard phrase such as 「您好，{brand}，我姓{surname}，很高兴为您服务」 is expanded once
 * per call into variants: `{brand}` becomes the brand name or any alias (招商银行信用卡中心,
 * 招商银行, 招行…), `{surname}` the agent's roster surname. Each variant is aligned against
 * the spoken units; the best one decides. When a variant carries `{surname}`, the spoken
 * surname is then compared strictly (see surname.ts).
 */
import type { BrandConfig } from '../../types.ts';
import { alignBest, type Alignment } from './align.ts';
import { quoteOf, type SpokenStream } from './stream.ts';
import { surnameUnitMatches } from './surname.ts';
import { toUnits, type Unit } from './units.ts';

export const SLOT_NAMES = ['surname', 'brand'] as const;
const SLOT = /\{(\w+)\}/g;

export interface SlotValues {
  surname?: string;
  brand?: BrandConfig;
}

export interface PhraseVariant {
  /** The scorecard text, slots unfilled. */
  template: string;
  /** The text with slots filled: what the agent was expected to say. */
  text: string;
  units: Unit[];
  /** Units [from, to) of the filled `{surname}` slot, when the template has one. */
  surnameSlot?: { from: number; to: number; expected: string };
}

/** Slot names used in a template, e.g. ['brand', 'surname']. */
export function slotsIn(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1]);
}

/**
 * All filled variants of one template. Throws when a slot has no value (the caller turns that
 * into a not-applicable result with the reason).
 */
export function expandTemplate(template: string, slots: SlotValues): PhraseVariant[] {
  const brandNames = slots.brand ? [slots.brand.name, ...slots.brand.aliases].filter((b) => b.trim()) : [];
  const parts = template.split(SLOT); // literal, slotName, literal, slotName, …
  let variants: { text: string; units: Unit[]; surnameSlot?: PhraseVariant['surnameSlot'] }[] = [{ text: '', units: [] }];
  parts.forEach((part, k) => {
    const isSlot = k % 2 === 1;
    let fills: string[];
    if (!isSlot) fills = [part];
    else if (part === 'surname') {
      if (!slots.surname?.trim()) throw new Error('the roster has no surname for this agent');
      fills = [slots.surname.trim()];
    } else if (part === 'brand') {
      if (brandNames.length === 0) throw new Error('no brand name is configured');
      fills = brandNames;
    } else throw new Error(`unknown slot {${part}}`);
    variants = variants.flatMap((v) =>
      fills.map((fill) => {
        const units = toUnits(fill);
        const next = { text: v.text + fill, units: [...v.units, ...units], surnameSlot: v.surnameSlot };
        if (isSlot && part === 'surname') next.surnameSlot = { from: v.units.length, to: v.units.length + units.length, expected: fill };
        return next;
      }),
    );
  });
  return variants.map((v) => ({ template, ...v })).filter((v) => v.units.length > 0);
}

export interface MatchOptions {
  /** Minimum similarity 0..1 for a phrase to count as said. */
  threshold: number;
  /** Phrases shorter than this many units must match exactly (by sound): one error in 「您」 is another word. */
  minFuzzyUnits: number;
}

export interface SurnameCheck {
  ok: boolean;
  expected: string;
  /** What the agent said in the surname slot; empty when nothing was said there. */
  spoken: string;
}

export interface PhraseMatch {
  variant: PhraseVariant;
  alignment: Alignment;
  similarity: number;
  /** True when similarity reached the threshold (the surname is judged separately). */
  said: boolean;
  surname?: SurnameCheck;
  atS: number;
  endS: number;
  quote: string;
}

export function requiredSimilarity(variant: PhraseVariant, opts: MatchOptions): number {
  return variant.units.length < opts.minFuzzyUnits ? 1 : opts.threshold;
}

/** Aligns one variant; null when the stream is empty. */
export function matchVariant(stream: SpokenStream, variant: PhraseVariant, opts: MatchOptions): PhraseMatch | null {
  const alignment = alignBest(variant.units, stream.units);
  if (alignment.textStart < 0) return null;
  const first = stream.units[alignment.textStart];
  const last = stream.units[alignment.textEnd];
  const said = alignment.similarity >= requiredSimilarity(variant, opts) - 1e-9;
  return {
    variant,
    alignment,
    similarity: round2(alignment.similarity),
    said,
    surname: variant.surnameSlot ? checkSurname(stream, variant, alignment) : undefined,
    atS: round2(first.startS),
    endS: round2(last.endS),
    quote: quoteOf(stream, alignment.textStart, alignment.textEnd),
  };
}

/**
 * Best match over variants: a said variant whose surname is right beats one whose surname is
 * wrong, which beats one not said; ties go to higher similarity, then the earlier one.
 */
export function bestMatch(stream: SpokenStream, variants: PhraseVariant[], opts: MatchOptions): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const v of variants) {
    const m = matchVariant(stream, v, opts);
    if (m && (!best || rank(m) > rank(best) || (rank(m) === rank(best) && better(m, best)))) best = m;
  }
  return best;
}

function rank(m: PhraseMatch): number {
  if (!m.said) return 0;
  return m.surname && !m.surname.ok ? 1 : 2;
}

function better(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.similarity > b.similarity || (a.similarity === b.similarity && a.atS < b.atS);
}

/**
 * The spoken surname is whatever the agent said between the phrase units around the slot
 * (「我姓」 … 「很高兴」), so an extra or a missing character is seen, not aligned away.
 */
function checkSurname(stream: SpokenStream, variant: PhraseVariant, a: Alignment): SurnameCheck {
  const slot = variant.surnameSlot!;
  const beforeAt = lastAligned(a.alignedTo, 0, slot.from);
  const afterAt = firstAligned(a.alignedTo, slot.to, a.alignedTo.length);
  let spokenIdx: number[];
  if (beforeAt >= 0 || afterAt >= 0) {
    const lo = beforeAt >= 0 ? beforeAt + 1 : Math.max(0, (afterAt >= 0 ? afterAt : 0) - (slot.to - slot.from));
    const hi = afterAt >= 0 ? afterAt - 1 : Math.min(stream.units.length - 1, lo + (slot.to - slot.from) - 1);
    spokenIdx = [];
    for (let i = lo; i <= hi; i++) spokenIdx.push(i);
  } else {
    spokenIdx = a.alignedTo.slice(slot.from, slot.to).filter((t) => t >= 0);
  }
  const spokenUnits = spokenIdx.map((i) => stream.units[i]);
  const expectedUnits = variant.units.slice(slot.from, slot.to);
  const ok =
    spokenUnits.length === expectedUnits.length && expectedUnits.every((u, k) => surnameUnitMatches(u, spokenUnits[k]));
  const spoken = spokenIdx.length ? quoteOf(stream, spokenIdx[0], spokenIdx[spokenIdx.length - 1]) : '';
  return { ok, expected: slot.expected, spoken };
}

function lastAligned(to: number[], from: number, end: number): number {
  for (let k = end - 1; k >= from; k--) if (to[k] >= 0) return to[k];
  return -1;
}

function firstAligned(to: number[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (to[k] >= 0) return to[k];
  return -1;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
