/**
 * Spearman's rho against worked examples:
 * - Wikipedia, "Spearman's rank correlation coefficient", example (IQ vs hours of TV per week,
 *   n = 10, no ties): Σd² = 194, ρ = 1 − 6·194 / (10·99) = −29/165 ≈ −0.1758.
 * - With ties, by hand: x = 1, 2, 2, 3 → ranks 1, 2.5, 2.5, 4; y = 1, 3, 2, 4 → ranks 1, 3, 2, 4;
 *   Pearson of the ranks = 4.5 / √(4.5 · 5) = 3/√10 ≈ 0.9487 (the Σd² shortcut would say 0.95).
 */
import { describe, expect, it } from 'vitest';
import { averageRanks, MIN_PAIRS_TO_SAY, spearman } from './surveys-correlation.ts';

describe('spearman', () => {
  it('gives the worked example without ties', () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const r = spearman(iq.map((v, i) => [v, tv[i]] as const));
    expect(r.rho).toBeCloseTo(-29 / 165, 12);
    expect(r).toMatchObject({ n: 10, enough: true });
  });

  it('averages tied ranks and uses Pearson on the ranks', () => {
    expect(averageRanks([1, 2, 2, 3])).toEqual([1, 2.5, 2.5, 4]);
    const r = spearman([[1, 1], [2, 3], [2, 2], [3, 4]]);
    expect(r.rho).toBeCloseTo(3 / Math.sqrt(10), 12);
    expect(r).toMatchObject({ n: 4, enough: false });
  });

  it('leaves out pairs with a missing side, and says nothing without variation or with under 3 pairs', () => {
    expect(spearman([[1, 2], [2, null], [null, 3], [3, 1], [4, 0]])).toEqual({ rho: expect.closeTo(-1, 12), n: 3, enough: false });
    expect(spearman([[1, 5], [2, 5], [3, 5]]).rho).toBeNull();
    expect(spearman([[1, 2], [2, 3]])).toEqual({ rho: null, n: 2, enough: false });
    expect(MIN_PAIRS_TO_SAY).toBe(10);
  });
});
