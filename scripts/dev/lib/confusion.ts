/**
 * Detection counts for the check evaluations (noisy set, paraphrase set): a check "detects"
 * what a label says is there; precision and recall are over those counts, rounded to 0.001.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Confusion extends Counts {
  precision: number;
  recall: number;
}

/** Adds one judged case to the counts kept under `key`. */
export function tally(counts: Record<string, Counts>, key: string, detected: boolean, truth: boolean): void {
  const c = (counts[key] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
  if (detected && truth) c.tp++;
  else if (detected) c.fp++;
  else if (truth) c.fn++;
  else c.tn++;
}

/** Precision and recall per key; an empty denominator counts as 1 (nothing to get wrong). */
export function withRates(counts: Record<string, Counts>): Record<string, Confusion> {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return Object.fromEntries(
    Object.entries(counts).map(([k, c]) => [k, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }]),
  );
}
