/**
 * The statistics against worked examples published elsewhere (values as printed there):
 * - Cohen's kappa: Wikipedia, "Cohen's kappa", § Examples — 50 grant proposals read by two
 *   readers (20 yes/yes, 5 A-yes/B-no, 10 A-no/B-yes, 15 no/no): p_o = 0.7, p_e = 0.5, κ = 0.4;
 *   and § "Same percentages but different numbers": tables (45, 15 / 25, 15) κ = 0.1304 and
 *   (25, 35 / 5, 35) κ = 0.2593.
 * - Fleiss' kappa: Wikipedia, "Fleiss' kappa", § Worked example — 10 subjects, 14 raters,
 *   5 categories: P̄ = 0.378, P̄e = 0.213, κ = 0.210.
 * - Wilson interval: Newcombe R.G. (1998) "Two-sided confidence intervals for the single
 *   proportion: comparison of seven methods", Statistics in Medicine 17:857–872, Table II,
 *   method 3 (score, no continuity correction): 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605,
 *   0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
 */
import { describe, expect, it } from 'vitest';
import { agreementRate, cohenKappa, cohenKappaFromTable, confusion, failDetection, fleissKappa, largeEnough, wilson } from './index.ts';

/** Expands a 2×2 table (rows: rater A yes/no; columns: rater B yes/no) into two rating lists. */
function ratings(yy: number, yn: number, ny: number, nn: number): { a: string[]; b: string[] } {
  const a: string[] = [];
  const b: string[] = [];
  const add = (count: number, x: string, y: string) => {
    for (let i = 0; i < count; i++) {
      a.push(x);
      b.push(y);
    }
  };
  add(yy, 'yes', 'yes');
  add(yn, 'yes', 'no');
  add(ny, 'no', 'yes');
  add(nn, 'no', 'no');
  return { a, b };
}

describe("Cohen's kappa", () => {
  it('gives κ = 0.4 on Wikipedia’s grant-proposal example', () => {
    const { a, b } = ratings(20, 5, 10, 15);
    expect(agreementRate(a, b)).toBeCloseTo(0.7, 12);
    expect(confusion(a, b, ['yes', 'no'])).toEqual([[20, 5], [10, 15]]);
    expect(cohenKappa(a, b, ['yes', 'no'])).toBeCloseTo(0.4, 12);
  });

  it('gives 0.1304 and 0.2593 on Wikipedia’s "same percentages, different numbers" tables', () => {
    expect(cohenKappaFromTable([[45, 15], [25, 15]])).toBeCloseTo(0.1304, 4);
    expect(cohenKappaFromTable([[25, 35], [5, 35]])).toBeCloseTo(0.2593, 4);
  });

  it('is null when every rating is in one category (chance agreement 1) and for no items', () => {
    expect(cohenKappa(['pass', 'pass'], ['pass', 'pass'], ['pass', 'fail'])).toBeNull();
    expect(cohenKappa([], [], ['pass', 'fail'])).toBeNull();
    expect(agreementRate([], [])).toBeNull();
  });

  it('refuses ratings of different items', () => {
    expect(() => agreementRate(['a'], ['a', 'b'])).toThrow(/same items/);
    expect(() => confusion(['x'], ['a'], ['a', 'b'])).toThrow(/not one of/);
  });
});

describe("Fleiss' kappa", () => {
  it('gives κ = 0.210 on Wikipedia’s worked example (10 subjects, 14 raters, 5 categories)', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.21, 3);
  });

  it('equals 1 for perfect agreement across categories and refuses uneven rows', () => {
    expect(fleissKappa([[3, 0], [0, 3], [3, 0]])).toBeCloseTo(1, 12);
    expect(() => fleissKappa([[3, 0], [1, 1]])).toThrow(/item 1 has 2 ratings/);
    expect(fleissKappa([])).toBeNull();
  });
});

describe('Wilson interval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i matches Newcombe 1998 (%f–%f)', (x, n, low, high) => {
    const p = wilson(x, n);
    expect(p.low).toBeCloseTo(low, 4);
    expect(p.high).toBeCloseTo(high, 4);
  });

  it('says a sample is large enough only when the half-width is at most 0.10', () => {
    // 48/60: half-width ≈ 0.098 — enough; 40/50: ≈ 0.107 — not yet.
    expect(largeEnough(wilson(48, 60))).toBe(true);
    expect(largeEnough(wilson(40, 50))).toBe(false);
    expect(largeEnough(wilson(0, 0))).toBe(false);
    expect(() => wilson(3, 2)).toThrow(RangeError);
  });
});

describe('fail detection', () => {
  it('counts precision and recall of "fail" with the human as truth', () => {
    const automatic = ['fail', 'fail', 'fail', 'pass', 'pass', 'na'];
    const human = ['fail', 'fail', 'pass', 'fail', 'pass', 'fail'];
    const d = failDetection(automatic, human, 'fail');
    expect([d.truePositives, d.falsePositives, d.falseNegatives]).toEqual([2, 1, 2]);
    expect(d.precision.value).toBeCloseTo(2 / 3, 12);
    expect(d.recall.value).toBeCloseTo(2 / 4, 12);
    expect(d.precision.largeEnough).toBe(false);
  });
});
