/**
 * One comparison unit (units.ts cuts text into them). In a file of its own, importing nothing, so
 * the key ids (unit-ids.ts) and the pair costs can name the type without an import cycle.
 */
export type UnitKind = 'han' | 'word' | 'digit';

export interface Unit {
  /** The character (Han, digit) or the lower-cased word without apostrophes. */
  key: string;
  kind: UnitKind;
  /** Toneless pinyin readings for Han units; `[key]` otherwise. */
  readings: readonly string[];
  /** The readings' near-sound keys (see pinyin.ts `nearKey`), for Han units; empty otherwise. */
  near: readonly string[];
  /** Character offsets of the unit in its source string, end exclusive. */
  from: number;
  to: number;
  /** Process-wide id of `key` (unit-ids.ts): equal keys, equal ids. */
  id: number;
}
