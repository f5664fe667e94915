/**
 * Spearman's rank correlation, for "does the scorecard track what customers say": ranks with
 * ties averaged, then Pearson's r of the ranks (the definition that stays right with ties; the
 * 1 − 6Σd²/(n(n²−1)) shortcut is exact only without them).
 */

/** Below this many pairs a rank correlation says little: the figure is shown with a note. */
export const MIN_PAIRS_TO_SAY = 10;

export interface RankCorrelation {
  /** −1..1; null when there are fewer than 3 pairs or one side does not vary. */
  rho: number | null;
  /** Pairs used. */
  n: number;
  /** n ≥ MIN_PAIRS_TO_SAY: false means "too few to say", whatever rho is. */
  enough: boolean;
}

/** 1-based ranks of `values`, tied values sharing the mean of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].v === order[start].v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k].i] = rank;
    start = end + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho over the pairs; pairs with a null or non-finite side are left out. */
export function spearman(pairs: readonly (readonly [number | null, number | null])[]): RankCorrelation {
  const kept = pairs.filter((p): p is [number, number] => p[0] !== null && p[1] !== null && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const n = kept.length;
  const rho = n < 3 ? null : pearson(averageRanks(kept.map((p) => p[0])), averageRanks(kept.map((p) => p[1])));
  return { rho, n, enough: n >= MIN_PAIRS_TO_SAY };
}
