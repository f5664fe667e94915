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
import { alignBest, alignBestWithin, type Alignment } from './align.ts';
import { doubledCostLowerBoundsFromEnd, doubledCostLowerBoundWithin } from './pair-cost.ts';
import { quoteOf, type SpokenStream, type StreamUnit } from './stream.ts';
import { surnameUnitMatches } from './surname.ts';
import { IGNORED_UNIT_KEYS } from './discourse.ts';
import { dropFillers, toUnits, type Unit } from './units.ts';

/** Slots are part of the scorecard format (pipeline/scorecard/slots.ts); re-exported for callers here. */
import { SLOT, SLOT_NAMES, slotsIn } from '../../scorecard/index.ts';

export { SLOT_NAMES, slotsIn };

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
  surnameSlot?: SlotSpan;
  /** Units [from, to) of the filled `{brand}` slot, when the template has one. */
  brandSlot?: SlotSpan;
}

export interface SlotSpan {
  from: number;
  to: number;
  expected: string;
}

/**
 * All filled variants of one template. Throws when a slot has no value (the caller turns that
 * into a not-applicable result with the reason).
 */
export function expandTemplate(template: string, slots: SlotValues): PhraseVariant[] {
  // A template without slots (most of a scorecard) reads the same for every agent and brand: cut it once.
  let variants = slotFreeTemplates.get(template);
  if (variants) return variants;
  if (!HAS_SLOT.test(template)) {
    if (slotFreeTemplates.size >= MAX_SLOT_FREE) slotFreeTemplates.clear();
    slotFreeTemplates.set(template, (variants = expandUncached(template, {})));
    return variants;
  }
  // Every call of an agent expands the same scorecard phrases with the same surname and brand:
  // cut them into units once. The variants are shared, so nothing may change them.
  const byTemplate = templatesFor(slots);
  variants = byTemplate.get(template);
  if (!variants) byTemplate.set(template, (variants = expandUncached(template, slots)));
  return variants;
}

/** True when `template.split(SLOT)` splits it: the same pattern as SLOT, without its global state. */
const HAS_SLOT = new RegExp(SLOT.source);
const slotFreeTemplates = new Map<string, PhraseVariant[]>();
/** Slot-free templates remembered; a scorecard has a few hundred. */
const MAX_SLOT_FREE = 50_000;

/**
 * An object that stands for the slot values' expansions (one per surname and brand, shared by
 * every call with the same values): callers may key their own per-expansion caches by it.
 */
export function expansionScope(slots: SlotValues): object {
  return templatesFor(slots);
}

/**
 * The expanded templates of one surname and brand. A call's checks share one brand object, so
 * after the call's first phrase the lookup is by object, not by a key string built per phrase.
 */
function templatesFor(slots: SlotValues): Map<string, PhraseVariant[]> {
  const surname = slots.surname ?? '\u0002';
  if (!slots.brand) return sharedTemplates(`${surname}\u0000\u0002`);
  let bySurname = byBrandObject.get(slots.brand);
  if (!bySurname) byBrandObject.set(slots.brand, (bySurname = new Map()));
  let byTemplate = bySurname.get(surname);
  if (!byTemplate) bySurname.set(surname, (byTemplate = sharedTemplates(`${surname}\u0000${brandKey(slots.brand)}`)));
  return byTemplate;
}

function sharedTemplates(key: string): Map<string, PhraseVariant[]> {
  let byTemplate = expandedCache.get(key);
  if (!byTemplate) {
    if (expandedCache.size >= MAX_EXPANDED) expandedCache.clear();
    expandedCache.set(key, (byTemplate = new Map()));
  }
  return byTemplate;
}

const byBrandObject = new WeakMap<BrandConfig, Map<string, Map<string, PhraseVariant[]>>>();

/** Surname × brand pairs remembered (each with its templates); a center has a few thousand agents at most. */
const MAX_EXPANDED = 20_000;
const expandedCache = new Map<string, Map<string, PhraseVariant[]>>();
const brandKeys = new WeakMap<BrandConfig, string>();

/** A brand's name and aliases as one key, once per brand object (a call's checks share one). */
function brandKey(brand: BrandConfig): string {
  let key = brandKeys.get(brand);
  if (key === undefined) brandKeys.set(brand, (key = [brand.name, ...brand.aliases].join('\u0001')));
  return key;
}

/** An English clitic ('s, 'd, 'll) said right after a slot. */
const CLITIC_AFTER_SLOT = /^['’][A-Za-z]+/;

function expandUncached(template: string, slots: SlotValues): PhraseVariant[] {
  const brandNames = slots.brand ? [slots.brand.name, ...slots.brand.aliases].filter((b) => b.trim()) : [];
  const parts = template.split(SLOT); // literal, slotName, literal, slotName, …
  let variants: Omit<PhraseVariant, 'template'>[] = [{ text: '', units: [] }];
  parts.forEach((part, k) => {
    const isSlot = k % 2 === 1;
    let fills: string[];
    // A clitic right after a slot ("{surname}'s the name", "{brand}'s helpline") belongs to the slot's last word, as
    // the normaliser reads speech ("Smith's" is one word, "smiths"): cut apart, the template would ask for a lone "s".
    const clitic = isSlot ? (CLITIC_AFTER_SLOT.exec(parts[k + 1] ?? '')?.[0] ?? '') : '';
    if (clitic) parts[k + 1] = parts[k + 1].slice(clitic.length);
    if (!isSlot) fills = [part];
    else if (part === 'surname') {
      if (!slots.surname?.trim()) throw new Error('the roster has no surname for this agent');
      fills = [slots.surname.trim() + clitic];
    } else if (part === 'brand') {
      if (brandNames.length === 0) throw new Error('no brand name is configured');
      fills = brandNames.map((b) => b.trim() + clitic);
    } else throw new Error(`unknown slot {${part}}`);
    variants = variants.flatMap((v) =>
      fills.map((fill) => {
        // Fillers and intensifiers are ignored in speech, so in the script too (never inside a slot).
        const units = isSlot ? toUnits(fill) : dropFillers(toUnits(fill), IGNORED_UNIT_KEYS as string[][]);
        const next = { ...v, text: v.text + fill, units: [...v.units, ...units] };
        // The slot as configured in reasons, without a clitic read with it ("Smith", not "Smith's").
        const span = { from: v.units.length, to: v.units.length + units.length, expected: isSlot ? fill.slice(0, fill.length - clitic.length) : fill };
        if (isSlot && part === 'surname') next.surnameSlot = span;
        if (isSlot && part === 'brand') next.brandSlot = span;
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

/** The verdict on one slot of a matched phrase. */
export interface SlotCheck {
  ok: boolean;
  expected: string;
  /** What the agent said in the slot; empty when nothing was said there. */
  spoken: string;
  /** The units in the slot that were taken as the roster surname (by sound), when it matched. */
  matched?: string;
  /** Their indexes in the stream the phrase was matched in, when it matched. */
  matchedAt?: number[];
}


export interface PhraseMatch {
  variant: PhraseVariant;
  alignment: Alignment;
  similarity: number;
  /** True when similarity reached the threshold (the slots are judged separately). */
  said: boolean;
  surname?: SlotCheck;
  brand?: SlotCheck;
  atS: number;
  endS: number;
  quote: string;
}

export function requiredSimilarity(variant: PhraseVariant, opts: MatchOptions): number {
  return variant.units.length < opts.minFuzzyUnits ? 1 : opts.threshold;
}

/**
 * Speech separated by a pause longer than this is never read as one phrase: a greeting said at
 * 15 s must not borrow its first syllable from 「喂，您好」 at 1 s. Shorter gaps are bridged,
 * because ASR often splits one sentence into two segments.
 */
export const JOIN_GAP_S = 1.5;

/** Aligns one variant within each stretch of continuous speech; the best stretch wins. Null when the stream is empty. */
export function matchVariant(stream: SpokenStream, variant: PhraseVariant, opts: MatchOptions, prefer?: Preference): PhraseMatch | null {
  return matchVariantToBeat(stream, variant, opts, prefer, null);
}

/**
 * matchVariant for bestMatch: with `toBeat` (its best so far) and `rest` (restOf the variant), a
 * stretch is aligned only as far as it can still outrank both `toBeat` and this variant's best
 * stretch so far: one that cannot would not change bestMatch's winner (the order is a strict weak
 * order, so the variant's winner beats `toBeat` exactly when it did before). Then null may stand
 * for "nothing that beats `toBeat`".
 */
function matchVariantToBeat(
  stream: SpokenStream,
  variant: PhraseVariant,
  opts: MatchOptions,
  prefer: Preference | undefined,
  toBeat: PhraseMatch | null,
  rest?: Int32Array,
  limitToBeat?: number,
): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  let limit = toBeat ? (limitToBeat ?? costLimitToBeat(variant, opts, toBeat, prefer)) : Infinity;
  for (const [from, to] of runsOf(stream)) {
    if (limit < 0) break;
    const alignment = alignBestWithin(variant.units, stream.units, from, to, limit, rest);
    if (!alignment || alignment.textStart < 0) continue;
    const m = buildMatch(stream, variant, alignment, opts);
    if (!best || outranks(m, best, prefer)) {
      best = m;
      if (toBeat) limit = costLimitToBeat(variant, opts, outranks(m, toBeat, prefer) ? m : toBeat, prefer);
    }
  }
  return best;
}

/**
 * The least doubled cost of the variant's units from each index on, anywhere in the stream (for
 * alignBestWithin). One scratch array, valid until the next call: matching is synchronous and a
 * variant's stretches are aligned before the next variant is bounded.
 */
function restOf(stream: SpokenStream, variant: PhraseVariant): Int32Array {
  if (restScratch.length <= variant.units.length) restScratch = new Int32Array(2 * (variant.units.length + 1));
  doubledCostLowerBoundsFromEnd(variant.units, stream.units, restScratch);
  return restScratch;
}

let restScratch = new Int32Array(64);

/**
 * The largest doubled alignment cost at which a match of `variant` could still outrank `bar`
 * (bestMatch's order: rank, then rounded similarity; a tie is not skipped, the earlier one may
 * win it), or -1 when no alignment can. Similarity from a cost as alignBest computes it, and the
 * highest rank it allows as similarityLosesTo reckons it; both only fall as the cost grows.
 */
function costLimitToBeat(variant: PhraseVariant, opts: MatchOptions, bar: PhraseMatch, prefer?: Preference): number {
  const m = variant.units.length;
  const barRank = rankOf(bar, prefer);
  for (let doubled = 0; doubled <= 2 * m; doubled++) {
    if (similarityLosesTo(Math.max(0, 1 - (doubled * 0.5) / m), variant, opts, bar, barRank, prefer)) return doubled - 1;
  }
  return Infinity;
}

/** The doubled cost above which a variant's alignment is not said (similarity below its threshold); -1 when none is. */
function costLimitToBeSaid(variant: PhraseVariant, opts: MatchOptions): number {
  // Asked for every forbidden phrase of every call, always with the scorecard's few thresholds: kept per variant.
  const memo = saidLimits.get(variant);
  if (memo && memo.threshold === opts.threshold && memo.minFuzzyUnits === opts.minFuzzyUnits) return memo.limit;
  const limit = computeCostLimitToBeSaid(variant, opts);
  saidLimits.set(variant, { threshold: opts.threshold, minFuzzyUnits: opts.minFuzzyUnits, limit });
  return limit;
}

const saidLimits = new WeakMap<PhraseVariant, { threshold: number; minFuzzyUnits: number; limit: number }>();

function computeCostLimitToBeSaid(variant: PhraseVariant, opts: MatchOptions): number {
  const m = variant.units.length;
  const required = requiredSimilarity(variant, opts) - 1e-9;
  for (let doubled = 0; doubled <= 2 * m; doubled++) if (Math.max(0, 1 - (doubled * 0.5) / m) < required) return doubled - 1;
  return Infinity;
}

/**
 * The variant's best occurrence when it can be said in the stream, else null — for callers that
 * use only said matches (forbidden phrases, their exceptions): a variant whose similarity cannot
 * reach the threshold whatever the alignment (canBeSaid) is not aligned at all.
 */
export function matchSaid(stream: SpokenStream, variant: PhraseVariant, opts: MatchOptions): PhraseMatch | null {
  if (variant.units.length === 0) return null; // nothing to align (canBeSaid's first case)
  // canBeSaid first (its bound stops at the limit), then the bound per unit for the stretches below.
  if (!canBeSaid(stream, variant, opts)) return null;
  const rest = restOf(stream, variant);
  // Only a said stretch can be returned, and any said one outranks every stretch not said: so a
  // stretch is aligned only as far as it can still be said (the winner among said ones is unchanged).
  const limit = costLimitToBeSaid(variant, opts);
  let best: PhraseMatch | null = null;
  for (const [from, to] of runsOf(stream)) {
    const alignment = alignBestWithin(variant.units, stream.units, from, to, limit, rest);
    if (!alignment || alignment.textStart < 0) continue;
    const m = buildMatch(stream, variant, alignment, opts);
    if (!best || outranks(m, best)) best = m;
  }
  return best?.said ? best : null;
}

/**
 * False when the variant provably cannot reach its threshold anywhere in the stream — nor in any
 * part of it (a part offers fewer units to align to), so a caller can skip it for every turn.
 */
export function canBeSaid(stream: SpokenStream, variant: PhraseVariant, opts: MatchOptions): boolean {
  // The similarity of an alignment as alignBest computes it, from a lower bound of its cost (pair-cost.ts), is an upper
  // bound of any alignment's; it reaches the threshold exactly when the cost bound is at most costLimitToBeSaid (the same
  // expression, and it only falls as the cost grows): so the bound may stop once past it.
  return variant.units.length === 0 || doubledCostLowerBoundWithin(variant.units, stream.units, costLimitToBeSaid(variant, opts));
}

/** True when no match of `variant` with similarity at most `upper` can outrank `best` (of rank `bestRank`) in bestMatch. */
function similarityLosesTo(upper: number, variant: PhraseVariant, opts: MatchOptions, best: PhraseMatch, bestRank: number, prefer?: Preference): boolean {
  const maxRank = (upper >= requiredSimilarity(variant, opts) - 1e-9 ? 2 : 0) + (prefer ? 3 : 0);
  return maxRank < bestRank || (maxRank === bestRank && round2(upper) < best.similarity);
}

function buildMatch(stream: SpokenStream, variant: PhraseVariant, alignment: Alignment, opts: MatchOptions): PhraseMatch {
  const said = alignment.similarity >= requiredSimilarity(variant, opts) - 1e-9;
  return new CandidateMatch(
    stream,
    variant,
    alignment,
    said,
    // Slots only matter for a phrase that was said (see `accepted`); skip the work otherwise.
    said && variant.surnameSlot ? checkSurname(stream, variant, variant.surnameSlot, alignment) : undefined,
    said && variant.brandSlot ? checkBrand(stream, variant, variant.brandSlot, alignment) : undefined,
  );
}

/**
 * A match as a class rather than an object literal with a getter: matching builds one per variant
 * and stretch of speech, and a class instance is much cheaper to make. Most candidates are never
 * shown, so the quote is cut from the transcript only when read.
 */
class CandidateMatch implements PhraseMatch {
  readonly similarity: number;
  readonly atS: number;
  readonly endS: number;

  constructor(
    private readonly stream: SpokenStream,
    readonly variant: PhraseVariant,
    readonly alignment: Alignment,
    readonly said: boolean,
    readonly surname: SlotCheck | undefined,
    readonly brand: SlotCheck | undefined,
  ) {
    this.similarity = round2(alignment.similarity);
    this.atS = round2(stream.units[alignment.textStart].startS);
    this.endS = round2(stream.units[alignment.textEnd].endS);
  }

  get quote(): string {
    return quoteOf(this.stream, this.alignment.textStart, this.alignment.textEnd);
  }
}

/** [from, to) index ranges of units with no pause between segments longer than JOIN_GAP_S inside. */
function runsOf(stream: SpokenStream): [number, number][] {
  const u = stream.units;
  // Every variant of every phrase asks for the same stream's runs.
  const cached = runsCache.get(u);
  if (cached) return cached;
  const runs: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= u.length; i++) {
    // Only a pause between two segments splits: inside a segment unit times are estimates.
    if (i === u.length || (u[i].segment !== u[i - 1].segment && segmentGapS(stream, u[i - 1].segment, u[i].segment) > JOIN_GAP_S)) {
      if (i > start) runs.push([start, i]);
      start = i;
    }
  }
  runsCache.set(u, runs);
  return runs;
}

const runsCache = new WeakMap<readonly StreamUnit[], [number, number][]>();

function segmentGapS(stream: SpokenStream, before: number, after: number): number {
  return stream.segments[after].start - stream.segments[before].end;
}


/**
 * Best match over variants: a preferred match beats any other; then a said variant whose
 * slots are right beats one with a wrong slot, which beats one not said; ties go to higher
 * similarity, then the earlier one.
 */
export function bestMatch(stream: SpokenStream, variants: PhraseVariant[], opts: MatchOptions, prefer?: Preference): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const v of variants) {
    // Skipping a variant that provably loses leaves the winner as it was (only speed changes): it
    // cannot outrank `best` exactly when its cost bound passes costLimitToBeat (similarityLosesTo only
    // turns true as the cost grows), so the bound may stop there; the full bound per unit is then
    // computed only for a variant still in the running, for giving up stretches (matchVariantToBeat).
    let rest: Int32Array | undefined;
    let limit: number | undefined;
    if (best && v.units.length > 0 && stream.units.length > 0) {
      limit = costLimitToBeat(v, opts, best, prefer);
      if (limit < 0 || !doubledCostLowerBoundWithin(v.units, stream.units, limit)) continue;
      rest = restOf(stream, v);
    }
    const m = matchVariantToBeat(stream, v, opts, prefer, best, rest, limit);
    if (m && (!best || outranks(m, best, prefer))) best = m;
  }
  return best;
}

/**
 * A caller's preference among matches, e.g. "inside the time window": a preferred match
 * outranks any other, so a closing 「感谢您的来电」 at the end is not lost to the same words in
 * the greeting.
 */
export type Preference = (m: PhraseMatch) => boolean;

/** A match's rank in bestMatch: a preferred match is 3 above any other (a function, not a closure per call: matching asks often). */
function rankOf(m: PhraseMatch, prefer?: Preference): number {
  return baseRank(m) + (prefer?.(m) ? 3 : 0);
}

function baseRank(m: PhraseMatch): number {
  if (!m.said) return 0;
  return (m.surname && !m.surname.ok) || (m.brand && !m.brand.ok) ? 1 : 2;
}

/** `a` before `b` in bestMatch's order: higher rank, then higher rounded similarity, then earlier. */
function outranks(a: PhraseMatch, b: PhraseMatch, prefer?: Preference): boolean {
  const ra = rankOf(a, prefer);
  const rb = rankOf(b, prefer);
  return ra > rb || (ra === rb && better(a, b));
}

function better(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.similarity > b.similarity || (a.similarity === b.similarity && a.atS < b.atS);
}

/**
 * What the agent said in a slot: the spoken units between the phrase units aligned just
 * before and just after it (「我姓」 … 「很高兴」), so an extra or a missing character is seen
 * rather than aligned away. Without an anchor on either side, the units aligned to the slot.
 */
function slotRegion(stream: SpokenStream, slot: SlotSpan, a: Alignment): number[] {
  const beforeAt = lastAligned(a.alignedTo, 0, slot.from);
  const afterAt = firstAligned(a.alignedTo, slot.to, a.alignedTo.length);
  const len = slot.to - slot.from;
  if (beforeAt < 0 && afterAt < 0) return a.alignedTo.slice(slot.from, slot.to).filter((t) => t >= 0);
  const lo = beforeAt >= 0 ? beforeAt + 1 : Math.max(0, afterAt - len);
  // Without an anchor after the slot (the phrase ends with it), one stray unit ASR put before the
  // surname (「客服小想王」) must not push the surname itself out of the region.
  const hi = afterAt >= 0 ? afterAt - 1 : Math.min(stream.units.length - 1, lo + len, a.textEnd + 1);
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}

/**
 * The surname is strict (see surname.ts): the roster surname must be in the slot by sound,
 * with at most one stray character around it (ASR inserts one now and then: 「我姓大临」).
 */
function checkSurname(stream: SpokenStream, variant: PhraseVariant, slot: SlotSpan, a: Alignment): SlotCheck {
  const idx = slotRegion(stream, slot, a);
  const expected = variant.units.slice(slot.from, slot.to);
  const found = (region: number[]): SlotCheck | null => {
    const at = surnameStart(region.map((i) => stream.units[i]), expected);
    if (at < 0) return null;
    const matchedAt = region.slice(at, at + expected.length);
    return { ok: true, expected: slot.expected, spoken: spokenText(stream, region), matched: spokenText(stream, matchedAt), matchedAt };
  };
  const direct = found(idx);
  if (direct) return direct;
  if (slot.to === variant.units.length) {
    // A final slot: the aligner may stop before a stray unit and the surname (「客服小想王」 —
    // dropping the slot costs what a substitution does), so look one unit further, inside the
    // same segment only. The surname itself is still compared strictly.
    const next = idx.length ? idx[idx.length - 1] + 1 : a.textEnd + 1;
    if (next < stream.units.length && next > a.textEnd && stream.units[next].segment === stream.units[a.textEnd].segment) {
      const wider = found([...idx, next]);
      if (wider) return wider;
    }
  }
  return { ok: false, expected: slot.expected, spoken: spokenText(stream, idx) };
}

/** Where the roster surname starts in the region (by sound, at most one stray unit around it), or −1. */
function surnameStart(region: Unit[], expected: Unit[]): number {
  if (region.length > expected.length + 1) return -1;
  for (let start = 0; start + expected.length <= region.length; start++) {
    if (expected.every((u, k) => surnameUnitMatches(u, region[start + k]))) return start;
  }
  return -1;
}

/**
 * The brand must itself be there: what was said in the slot reaches BRAND_SLOT_MIN_SIMILARITY
 * against the brand name or alias. Without this, a greeting that skips the brand would still
 * score high on the rest of the script. Half is enough because brand names are short (招行 is
 * two characters) and one ASR slip must not erase a brand the agent did say.
 */
export const BRAND_SLOT_MIN_SIMILARITY = 0.5;

function checkBrand(stream: SpokenStream, variant: PhraseVariant, slot: SlotSpan, a: Alignment): SlotCheck {
  const idx = slotRegion(stream, slot, a);
  const expected = variant.units.slice(slot.from, slot.to);
  // A stray word next to the brand (「the CMB」) is not held against it: best fit inside the slot.
  const fit = idx.length ? alignBest(expected, idx.map((i) => stream.units[i])) : null;
  const ok = !!fit && idx.length <= expected.length + 2 && fit.similarity >= BRAND_SLOT_MIN_SIMILARITY - 1e-9;
  return { ok, expected: slot.expected, spoken: spokenText(stream, idx) };
}

function spokenText(stream: SpokenStream, idx: number[]): string {
  return idx.length ? quoteOf(stream, idx[0], idx[idx.length - 1]) : '';
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
