/**
 * Wilson score interval of a proportion (Wilson 1927; method 3 of Newcombe 1998, no continuity
 * correction). Preferred over the normal ("Wald") interval because it stays inside 0–1 and
 * keeps its coverage near 0 and 1 and at small n — where a new check's calibration sample lives.
 */

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Proportion {
  successes: number;
  n: number;
  /** successes ÷ n; null when n = 0. */
  value: number | null;
  /** 95% Wilson interval; null when n = 0. */
  low: number | null;
  high: number | null;
}

export function wilson(successes: number, n: number, z = Z_95): Proportion {
  if (!Number.isInteger(successes) || !Number.isInteger(n) || successes < 0 || n < 0 || successes > n) {
    throw new RangeError(`wilson: need integers 0 ≤ successes ≤ n, got ${successes}/${n}`);
  }
  if (n === 0) return { successes, n, value: null, low: null, high: null };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { successes, n, value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The rule for "is the sample large enough to say so": the 95% interval's half-width is at
 * most `maxHalfWidth` (default 0.10, i.e. the proportion is known to ±10 points). An empty
 * sample is never enough.
 */
export const MAX_HALF_WIDTH = 0.1;

export function largeEnough(p: Proportion, maxHalfWidth = MAX_HALF_WIDTH): boolean {
  if (p.low === null || p.high === null) return false;
  return (p.high - p.low) / 2 <= maxHalfWidth;
}
