/**
 * Which brand a call's agent is expected to say. A deployment names one default brand and may
 * route others by queue, site or language — a bilingual center says 招商银行信用卡中心 in
 * Mandarin and "China Merchants Bank" in English; a site or queue may serve another brand.
 * The most specific setting wins: queue, then site, then the transcript's language, then the
 * default. Each brand has its own aliases.
 */
import type { BrandConfig, Language, ManifestRow } from '../types.ts';

/** The configuration's `brand` section: the default brand plus optional routes. */
export interface BrandBook extends BrandConfig {
  byLanguage?: Partial<Record<Language, BrandConfig>>;
  bySite?: Record<string, BrandConfig>;
  byQueue?: Record<string, BrandConfig>;
}

export function brandForCall(book: BrandBook, call: Pick<ManifestRow, 'queue' | 'site'>, language: Language): BrandConfig {
  const chosen =
    (call.queue !== undefined ? book.byQueue?.[call.queue] : undefined) ??
    (call.site !== undefined ? book.bySite?.[call.site] : undefined) ??
    book.byLanguage?.[language] ??
    book;
  return { name: chosen.name, aliases: chosen.aliases ?? [] };
}

/** Every brand name and alias in the book, e.g. as vocabulary hints for ASR. */
export function allBrandNames(book: BrandBook): string[] {
  const brands = [book, ...Object.values(book.byLanguage ?? {}), ...Object.values(book.bySite ?? {}), ...Object.values(book.byQueue ?? {})];
  return [...new Set(brands.flatMap((b) => (b ? [b.name, ...(b.aliases ?? [])] : [])).filter((n) => n.trim()))];
}
