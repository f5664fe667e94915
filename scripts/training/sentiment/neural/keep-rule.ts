/**
 * Issue 11's rule for keeping the neural sentiment model: better than the linear model on most
 * held-out sets, not worse by more than 0.02 macro-F1 on any, and within 2× of its throughput
 * per CPU second. On uss_low_test (all gold negative, macro-F1 meaningless) negative recall
 * stands in for macro-F1.
 */
export interface Pair {
  macroF1: number;
  negativeRecall: number;
}
export interface Line {
  section: 'lodo' | 'test' | 'cs' | 'parity';
  set: string;
  kind: 'three' | 'binary';
  n: number;
  scoredOn?: string;
  /** Neural training epochs behind the figures (leave-one-out lines). */
  epoch?: number;
  linear: Pair;
  neural: Pair;
}

export const MAX_LOSS_F1 = 0.02;
export const MAX_SLOWDOWN = 2;

export interface Decision {
  keep: boolean;
  better: number;
  sets: number;
  worstDelta: number;
  worstSet: string;
  slowdown?: number;
}

/** The metric the rule compares on a held-out line. */
export const keyMetric = (l: Line, p: Pair) => (l.set === 'uss_low_test' ? p.negativeRecall : p.macroF1);

export function decide(heldOut: Line[], slowdown?: number): Decision {
  let better = 0;
  let worstDelta = Infinity;
  let worstSet = '';
  for (const l of heldOut) {
    const delta = keyMetric(l, l.neural) - keyMetric(l, l.linear);
    if (delta > 0) better++;
    if (delta < worstDelta) [worstDelta, worstSet] = [delta, `${l.set}${l.scoredOn && l.scoredOn !== l.set ? `/${l.scoredOn}` : ''} (${l.kind})`];
  }
  const keep = better > heldOut.length / 2 && worstDelta >= -MAX_LOSS_F1 && (slowdown === undefined || slowdown <= MAX_SLOWDOWN);
  return { keep, better, sets: heldOut.length, worstDelta, worstSet, slowdown };
}

