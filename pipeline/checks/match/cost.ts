/**
 * Cost of putting one spoken unit where the expected phrase has another: 0 = same sound or
 * same word, 0.5 = nearly (a near-sounding syllable, a word one letter off or sounding alike),
 * 1 = different.
 * Insertions and deletions cost 1 (see align.ts).
 */
import { soundex } from './soundex.ts';
import type { Unit } from './units.ts';

export function substitutionCost(expected: Unit, spoken: Unit): number {
  if (expected.key === spoken.key) return 0;
  if (expected.kind !== spoken.kind) return 1;
  if (expected.kind === 'han') {
    if (expected.readings.some((r) => spoken.readings.includes(r))) return 0;
    return expected.near.some((k) => spoken.near.includes(k)) ? 0.5 : 1;
  }
  if (expected.kind === 'word') {
    const longer = Math.max(expected.key.length, spoken.key.length);
    // The distance is at least the length difference: when that alone is over a quarter, skip computing it.
    const ratio = Math.abs(expected.key.length - spoken.key.length) / longer > 0.25 ? 1 : levenshtein(expected.key, spoken.key) / longer;
    // "merchant"/"merchants", "thank"/"thanks": one letter in four or fewer off is a half error;
    // so is a sound-alike word ASR wrote instead ("four" for "for", "my" for "may").
    return ratio <= 0.25 || soundex(expected.key) === soundex(spoken.key) ? 0.5 : 1;
  }
  return 1;
}

/** Plain character edit distance (UTF-16 code units). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Two rows reused across calls: the scorecard's words meet every new word of the night's calls once
  // each (pair-cost.ts), and fresh arrays per row made this a good part of scoring (profiled, 2026-12-07).
  if (rowA.length <= b.length) {
    rowA = new Int32Array(2 * (b.length + 1));
    rowB = new Int32Array(2 * (b.length + 1));
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
