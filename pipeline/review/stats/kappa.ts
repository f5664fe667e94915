/**
 * Agreement between raters on nominal outcomes (pass / fail / n.a.).
 *
 * - Cohen's kappa (Cohen 1960): two raters, each item rated by both — the automatic check vs
 *   a human analyst.
 * - Fleiss' kappa (Fleiss 1971): n raters, every item rated by the same number of raters — a
 *   calibration session where every analyst evaluates every call. Chosen over Krippendorff's
 *   alpha because a session's design gives every analyst every call; items some analyst left
 *   unrated are left out (and counted) rather than imputed.
 *
 * Both are null when chance agreement is 1 (every rating in one category): kappa is 0/0 there,
 * and reporting 1 or 0 would claim something the data cannot show.
 */

/** Share of items on which the two ratings are equal; null for no items. */
export function agreementRate<C>(a: readonly C[], b: readonly C[]): number | null {
  sameLength(a, b);
  if (a.length === 0) return null;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Confusion table: `table[i][j]` = items rater A put in `categories[i]` and rater B in `categories[j]`. */
export function confusion<C>(a: readonly C[], b: readonly C[], categories: readonly C[]): number[][] {
  sameLength(a, b);
  const table = categories.map(() => categories.map(() => 0));
  for (let i = 0; i < a.length; i++) {
    const r = categories.indexOf(a[i]);
    const c = categories.indexOf(b[i]);
    if (r < 0 || c < 0) throw new RangeError(`confusion: rating ${String(r < 0 ? a[i] : b[i])} is not one of ${categories.join(', ')}`);
    table[r][c]++;
  }
  return table;
}

/** Cohen's kappa from a square confusion table; null when there are no items or chance agreement is 1. */
export function cohenKappaFromTable(table: readonly (readonly number[])[]): number | null {
  const k = table.length;
  const n = table.reduce((s, row) => s + row.reduce((t, x) => t + x, 0), 0);
  if (n === 0) return null;
  let observed = 0;
  let chance = 0;
  for (let i = 0; i < k; i++) {
    observed += table[i][i];
    const rowSum = table[i].reduce((t, x) => t + x, 0);
    const colSum = table.reduce((t, row) => t + row[i], 0);
    chance += (rowSum / n) * (colSum / n);
  }
  const po = observed / n;
  if (chance >= 1 - 1e-12) return null;
  return (po - chance) / (1 - chance);
}

export function cohenKappa<C>(a: readonly C[], b: readonly C[], categories: readonly C[]): number | null {
  return cohenKappaFromTable(confusion(a, b, categories));
}

/**
 * Fleiss' kappa. `counts[i][j]` = raters who put item i in category j; every row must sum to
 * the same number of raters (≥ 2). Null for no items or when chance agreement is 1.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  const items = counts.length;
  if (items === 0) return null;
  const raters = counts[0].reduce((s, x) => s + x, 0);
  if (raters < 2) throw new RangeError(`fleissKappa: need at least 2 ratings per item, got ${raters}`);
  const k = counts[0].length;
  const categoryTotals = new Array<number>(k).fill(0);
  let sumPi = 0;
  counts.forEach((row, i) => {
    const m = row.reduce((s, x) => s + x, 0);
    if (m !== raters || row.length !== k) throw new RangeError(`fleissKappa: item ${i} has ${m} ratings in ${row.length} categories, item 0 has ${raters} in ${k}`);
    let pairs = 0;
    row.forEach((x, j) => {
      categoryTotals[j] += x;
      pairs += x * (x - 1);
    });
    sumPi += pairs / (raters * (raters - 1));
  });
  const pBar = sumPi / items;
  const pe = categoryTotals.reduce((s, t) => s + (t / (items * raters)) ** 2, 0);
  if (pe >= 1 - 1e-12) return null;
  return (pBar - pe) / (1 - pe);
}

function sameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new RangeError(`two raters must rate the same items: ${a.length} vs ${b.length} ratings`);
}
