/**
 * alignBestWithin gives up on an alignment that provably costs more than a limit (issue 15's
 * scoring speed). It must never give up on one within the limit, and what it returns must be
 * alignBest's result to the bit: checked on random Mandarin and English texts, at every limit,
 * with and without the per-unit bound from the end (pair-cost.ts). alignBest is alignBestWithin with no
 * limit, so both are also held against the plain full table written out here.
 */
import { describe, expect, it } from 'vitest';
import { alignBest, alignBestWithin, type Alignment } from './align.ts';
import { doubledCostLowerBound, doubledCostLowerBoundsFromEnd } from './pair-cost.ts';
import { substitutionCost } from './cost.ts';
import { toUnits, type Unit } from './units.ts';

/**
 * The full table (Sellers), every cell computed, as align.ts computed it before the cut-off:
 * diagonal first, then up, then left on ties; the end at the earliest cheapest column.
 */
function referenceAlign(pattern: Unit[], text: Unit[], from: number, to: number): Alignment {
  const m = pattern.length;
  const n = to - from;
  const sub = (i: number, j: number) => Math.round(substitutionCost(pattern[i - 1], text[from + j - 1]) * 2);
  const d = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 2 * i : 0)));
  for (let i = 1; i <= m; i++) for (let j = 1; j <= n; j++) d[i][j] = Math.min(d[i - 1][j - 1] + sub(i, j), d[i - 1][j] + 2, d[i][j - 1] + 2);
  let endJ = 1;
  for (let j = 2; j <= n; j++) if (d[m][j] < d[m][endJ]) endJ = j;
  const alignedTo: number[] = pattern.map(() => -1);
  let [i, j, textStart, textEnd] = [m, endJ, -1, -1];
  while (i > 0) {
    if (j === 0) {
      i--;
      continue;
    }
    const [diag, up, left] = [d[i - 1][j - 1] + sub(i, j), d[i - 1][j] + 2, d[i][j - 1] + 2];
    if (diag <= up && diag <= left) {
      alignedTo[i - 1] = from + j - 1;
      if (textEnd < 0) textEnd = from + j - 1;
      textStart = from + j - 1;
      i--;
      j--;
    } else if (up <= left) i--;
    else j--;
  }
  const cost = d[m][endJ] * 0.5;
  return { textStart, textEnd, cost, similarity: Math.max(0, 1 - cost / m), alignedTo };
}

/** Near-sounding and unrelated characters and words, so costs of 0, ½ and 1 all occur. */
const HAN = ['您', '好', '王', '黄', '汪', '招', '商', '银', '行', '因', '人', '请', '稍', '等', '是', '四', '十', '谢', '来', '电'];
const WORDS = ['thank', 'thanks', 'you', 'for', 'calling', 'colling', 'hold', 'holding', 'please', 'pleas', 'bank', 'the', 'a', 'moment'];

/** A small deterministic generator (xorshift), so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

function randomText(next: () => number, han: boolean, length: number): string {
  const pool = han ? HAN : WORDS;
  return Array.from({ length }, () => pool[Math.floor(next() * pool.length)]).join(han ? '' : ' ');
}

describe('alignBestWithin', () => {
  it('returns alignBest exactly when the best cost is within the limit, null only when it is above', () => {
    const next = rng(20261202);
    let cut = 0;
    let kept = 0;
    for (let trial = 0; trial < 600; trial++) {
      const han = trial % 2 === 0;
      const pattern = toUnits(randomText(next, han, 1 + Math.floor(next() * 8)));
      const text = toUnits(randomText(next, han, 1 + Math.floor(next() * (trial % 3 === 0 ? 60 : 16))));
      const from = Math.floor(next() * text.length);
      const to = from + 1 + Math.floor(next() * (text.length - from));
      const full = alignBest(pattern, text, from, to);
      expect(full).toEqual(referenceAlign(pattern, text, from, to));
      const rest = new Int32Array(pattern.length + 1);
      doubledCostLowerBoundsFromEnd(pattern, text, rest);
      for (let limit = 0; limit <= 2 * pattern.length; limit++) {
        for (const bound of [undefined, rest]) {
          const within = alignBestWithin(pattern, text, from, to, limit, bound);
          if (full.cost * 2 <= limit) {
            expect(within).toEqual(full);
            kept++;
          } else if (within === null) cut++;
          else expect(within).toEqual(full); // allowed: the bound did not prove it in time
        }
      }
    }
    // Both sides of the limit were exercised.
    expect(cut).toBeGreaterThan(1000);
    expect(kept).toBeGreaterThan(1000);
  });

  it('bounds from the end sum to the whole-phrase bound and never exceed the true cost of any suffix', () => {
    const next = rng(7);
    for (let trial = 0; trial < 300; trial++) {
      const han = trial % 2 === 1;
      const pattern = toUnits(randomText(next, han, 1 + Math.floor(next() * 8)));
      const text = toUnits(randomText(next, han, 1 + Math.floor(next() * 16)));
      const rest = new Int32Array(pattern.length + 1);
      doubledCostLowerBoundsFromEnd(pattern, text, rest);
      expect(rest[0]).toBe(doubledCostLowerBound(pattern, text));
      expect(rest[pattern.length]).toBe(0);
      for (let i = 0; i < pattern.length; i++) {
        expect(rest[i]).toBeGreaterThanOrEqual(rest[i + 1]);
        expect(rest[i]).toBeLessThanOrEqual(alignBest(pattern.slice(i), text).cost * 2);
      }
    }
  });
});
