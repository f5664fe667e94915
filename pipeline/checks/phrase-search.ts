/**
 * Shared by every check that looks for what the agent said: fill a phrase's slots for this
 * call and find its best occurrence in a stretch of the agent's speech, judged by the
 * scorecard's threshold and the strict surname rule.
 */
import type { Evidence } from '../types.ts';
import type { CallContext } from './context.ts';
import { fmtS } from './context.ts';
import { canBeSurname } from './match/common-surnames.ts';
import { bestMatch, expandTemplate, expansionScope, type PhraseMatch, type PhraseVariant, type Preference } from './match/phrase.ts';
import type { SpokenStream } from './match/stream.ts';
import type { ResolvedMatch } from '../scorecard/index.ts';

/** One scorecard phrase item: a phrase, or a group of alternatives. */
export type PhraseItem = string | string[];

export function alternativesOf(item: PhraseItem): string[] {
  return Array.isArray(item) ? item : [item];
}

/**
 * Filled variants of an item for this call; throws (with the reason) when a slot cannot be filled.
 * The result is shared by every call with the same surname and brand: nothing may change it.
 */
export function variantsFor(ctx: CallContext, item: PhraseItem): PhraseVariant[] {
  const slots = { surname: ctx.agent.surname, brand: ctx.brand };
  const cache = cachesOf(expansionScope(slots)).byItem;
  let variants = cache.get(item);
  if (!variants) cache.set(item, (variants = alternativesOf(item).flatMap((t) => expandTemplate(t, slots))));
  return variants;
}

/**
 * The filled variants of every item of a scorecard list, in order — `items.flatMap(variantsFor)`,
 * kept per list (the scorecard's own array) so a call does not rebuild it. Shared: never change it.
 */
export function variantsOfItems(ctx: CallContext, items: readonly PhraseItem[]): PhraseVariant[] {
  const cache = cachesOf(expansionScope({ surname: ctx.agent.surname, brand: ctx.brand })).byList;
  let variants = cache.get(items);
  if (!variants) cache.set(items, (variants = items.flatMap((item) => variantsFor(ctx, item))));
  return variants;
}

interface VariantCaches {
  byItem: Map<PhraseItem, PhraseVariant[]>;
  byList: WeakMap<readonly PhraseItem[], PhraseVariant[]>;
}

/** Per expansion scope (surname and brand, match/phrase.ts): it lives as long as the expansions do. */
const variantCaches = new WeakMap<object, VariantCaches>();

function cachesOf(scope: object): VariantCaches {
  let c = variantCaches.get(scope);
  if (!c) variantCaches.set(scope, (c = { byItem: new Map(), byList: new WeakMap() }));
  return c;
}

/** True when the match counts: similar enough and, where the phrase has slots, with the right brand and surname. */
export function accepted(m: PhraseMatch | null): m is PhraseMatch {
  return !!m && m.said && (!m.surname || m.surname.ok) && (!m.brand || m.brand.ok);
}

/** True when the phrase was said but a slot (brand or surname) was wrong or missing. */
export function slotFailed(m: PhraseMatch | null): boolean {
  return !!m && m.said && ((!!m.surname && !m.surname.ok) || (!!m.brand && !m.brand.ok));
}

export function findItem(stream: SpokenStream, variants: PhraseVariant[], match: ResolvedMatch, prefer?: Preference): PhraseMatch | null {
  return bestMatch(stream, variants, match, prefer);
}

export function evidenceOf(m: PhraseMatch, note?: string): Evidence {
  return {
    atS: m.atS,
    endS: m.endS,
    speaker: 'agent',
    quote: m.quote,
    matched: m.variant.text,
    similarity: m.similarity,
    ...(note ? { note } : {}),
  };
}

/** "“您好…” at 0.4 s (similarity 0.95)" */
export function describeMatch(m: PhraseMatch): string {
  return `“${m.quote}” at ${fmtS(m.atS)} (similarity ${m.similarity.toFixed(2)})`;
}

/** Why a near match did not count, for the reason sentence. */
export function whyNot(m: PhraseMatch, needed: number): string {
  if (m.said && m.brand && !m.brand.ok) {
    return m.brand.spoken
      ? `the brand was not recognisable: “${m.brand.spoken}” where “${m.brand.expected}” (or another brand alias) was expected: ${describeMatch(m)}`
      : `it was said without the brand name: ${describeMatch(m)}`;
  }
  if (m.said && m.surname && !m.surname.ok) {
    // Named only when it can be a surname (common-surnames.ts): never "the surname “the”".
    return m.surname.spoken && canBeSurname(m.surname.spoken)
      ? `the agent gave the surname “${m.surname.spoken}” but the roster says “${m.surname.expected}”: ${describeMatch(m)}`
      : `it was said without the agent's surname (roster: “${m.surname.expected}”): ${describeMatch(m)}`;
  }
  return `the closest was ${describeMatch(m)}, below the ${needed.toFixed(2)} needed`;
}
