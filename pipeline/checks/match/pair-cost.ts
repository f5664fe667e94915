/**
 * Substitution costs (cost.ts) remembered per pair of unit keys for the life of the process.
 * A unit's cost against another depends on nothing but the two keys (readings, near-sound keys
 * and Soundex all follow from the key), and a contact center's vocabulary is small: the same
 * few thousand characters and words meet the same scorecard phrases in every call. So each
 * distinct key gets a small integer id when text is cut into units (unit-ids.ts), and the aligner
 * reads a cost from a byte table instead of recomputing pinyin sets, Soundex and edit distance.
 *
 * Memory: one byte per (scorecard unit, distinct key seen) — 1,000 phrase keys × 50,000 keys is 50 MB
 * at worst; a night of one center's calls is far below.
 */
import { substitutionCost } from './cost.ts';
import type { Unit } from './unit.ts';
import { knownKeys, unitOfId } from './unit-ids.ts';

/** Not computed yet. Costs are stored doubled (0, 1, 2 for 0, 0.5, 1). */
const UNKNOWN = 255;

/** Row per expected-unit id: doubled cost against every spoken-unit id, UNKNOWN until first asked. */
const rows: Uint8Array[] = [];

/**
 * The doubled-cost row of one expected unit, long enough for every id known now. Entries are
 * UNKNOWN until `fillCost` computes them.
 */
export function costRowOf(expectedId: number): Uint8Array {
  let row = rows[expectedId];
  if (!row || row.length < knownKeys()) {
    const grown = new Uint8Array(Math.max(256, knownKeys() * 2)).fill(UNKNOWN);
    if (row) grown.set(row);
    rows[expectedId] = row = grown;
  }
  return row;
}

/** Computes, stores and returns the doubled cost of `spokenId` in the row of `expectedId`. */
export function fillCost(row: Uint8Array, expectedId: number, spokenId: number): number {
  const doubled = Math.round(substitutionCost(unitOfId(expectedId), unitOfId(spokenId)) * 2);
  row[spokenId] = doubled;
  return doubled;
}

export { UNKNOWN as UNKNOWN_COST };

/**
 * A lower bound of the cost of aligning `pattern` anywhere in `text`: each expected unit is either
 * put on some spoken unit (at least its cheapest one among the text's keys) or left out (1).
 * Cheap — pattern × distinct keys, each unit's minimum remembered per text — so a phrase that
 * cannot be said there (or cannot beat a better phrase) is skipped before the full alignment.
 * Returned doubled (an exact integer).
 */
export function doubledCostLowerBound(pattern: readonly Unit[], text: readonly Unit[]): number {
  const t = textKeys(text);
  let sum = 0;
  for (const p of pattern) {
    let best = t.cheapest?.get(p.id);
    if (best === undefined) {
      const row = costRowOf(p.id);
      best = 2;
      for (let k = 0; k < t.ids.length && best > 0; k++) {
        let c = row[t.ids[k]];
        if (c === UNKNOWN) c = fillCost(row, p.id, t.ids[k]);
        if (c < best) best = c;
      }
      t.cheapest?.set(p.id, best);
    }
    sum += best;
  }
  return sum;
}

interface TextKeys {
  /** Distinct key ids of the text. */
  ids: Int32Array;
  /** Expected-unit id → its cheapest doubled cost against the text; none for short texts, where a scan is as cheap. */
  cheapest?: Map<number, number>;
}

/** Texts with fewer distinct keys than this are scanned rather than given a cache. */
const SCAN_BELOW = 32;
const textKeysCache = new WeakMap<readonly Unit[], TextKeys>();
/** seen[id] === pass marks ids already taken for the text being read (no Set per text). */
let seen = new Int32Array(1024);
let pass = 0;

function textKeys(units: readonly Unit[]): TextKeys {
  let t = textKeysCache.get(units);
  if (!t) {
    if (seen.length < knownKeys()) seen = new Int32Array(knownKeys() * 2);
    pass++;
    const ids: number[] = [];
    for (const u of units) {
      if (seen[u.id] !== pass) {
        seen[u.id] = pass;
        ids.push(u.id);
      }
    }
    t = { ids: Int32Array.from(ids), cheapest: ids.length < SCAN_BELOW ? undefined : new Map() };
    textKeysCache.set(units, t);
  }
  return t;
}
