/**
 * Evaluation of 3-class probability outputs [negative, neutral, positive] against gold labels.
 * Binary sets (reviews, SST-2) are scored with the binary decision P(positive) > P(negative),
 * i.e. argmax over the two polar classes — neutral is not an option there because the gold
 * label never is.
 */
import type { SentimentLabel } from '../../../pipeline/types.ts';
import { SENTIMENT_LABELS } from '../../../models/sentiment/featurizer.ts';

/** Probabilities in SENTIMENT_LABELS order. */
export type Probs = ArrayLike<number>;

const NEG = 0;
const NEU = 1;
const POS = 2;

export function argmax3(p: Probs): SentimentLabel {
  let best = 0;
  for (let c = 1; c < 3; c++) if (p[c] > p[best]) best = c;
  return SENTIMENT_LABELS[best];
}

export function binaryDecision(p: Probs): 'negative' | 'positive' {
  return p[POS] > p[NEG] ? 'positive' : 'negative';
}

export interface BinaryReport {
  n: number;
  accuracy: number;
  /** Share of rows whose 3-class argmax is neutral (the model hedged on a polar sentence). */
  neutralRate: number;
}

export function binaryReport(probs: Probs[], gold: SentimentLabel[]): BinaryReport {
  let correct = 0;
  let neutral = 0;
  probs.forEach((p, i) => {
    if (binaryDecision(p) === gold[i]) correct++;
    if (p[NEU] > p[NEG] && p[NEU] > p[POS]) neutral++;
  });
  const n = probs.length;
  return { n, accuracy: n ? correct / n : NaN, neutralRate: n ? neutral / n : NaN };
}

export interface ClassReport {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ThreeClassReport {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<SentimentLabel, ClassReport>;
  /** confusion[gold][predicted] counts. */
  confusion: Record<SentimentLabel, Record<SentimentLabel, number>>;
}

export function threeClassReport(probs: Probs[], gold: SentimentLabel[]): ThreeClassReport {
  const zero = () => ({ negative: 0, neutral: 0, positive: 0 });
  const confusion = { negative: zero(), neutral: zero(), positive: zero() };
  probs.forEach((p, i) => confusion[gold[i]][argmax3(p)]++);
  const perClass = {} as Record<SentimentLabel, ClassReport>;
  let correct = 0;
  for (const c of SENTIMENT_LABELS) {
    const tp = confusion[c][c];
    correct += tp;
    const predicted = SENTIMENT_LABELS.reduce((s, g) => s + confusion[g][c], 0);
    const support = SENTIMENT_LABELS.reduce((s, q) => s + confusion[c][q], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, support };
  }
  const n = probs.length;
  const macroF1 = SENTIMENT_LABELS.reduce((s, c) => s + perClass[c].f1, 0) / 3;
  return { n, accuracy: n ? correct / n : NaN, macroF1, perClass, confusion };
}

/** Share of rows per predicted label (for unlabelled smoke sets). */
export function labelShares(probs: Probs[]): Record<SentimentLabel, number> {
  const shares = { negative: 0, neutral: 0, positive: 0 };
  for (const p of probs) shares[argmax3(p)]++;
  for (const c of SENTIMENT_LABELS) shares[c] /= Math.max(probs.length, 1);
  return shares;
}

export interface BinaryF1Report {
  n: number;
  /** Mean of the negative and positive F1 under the binary decision P(pos) > P(neg). */
  macroF1: number;
  negativeRecall: number;
  accuracy: number;
}

/**
 * Binary sets (no neutral gold) scored on negative vs positive only: the decision is
 * P(positive) > P(negative) (neutral is not an option, as the gold never is), and macro-F1 is
 * the mean F1 of the two classes.
 */
export function binaryF1Report(probs: Probs[], gold: SentimentLabel[]): BinaryF1Report {
  let tpNeg = 0;
  let tpPos = 0;
  let predNeg = 0;
  let goldNeg = 0;
  probs.forEach((p, i) => {
    const predicted = binaryDecision(p);
    if (predicted === 'negative') predNeg++;
    if (gold[i] === 'negative') goldNeg++;
    if (predicted === gold[i]) {
      if (predicted === 'negative') tpNeg++;
      else tpPos++;
    }
  });
  const n = probs.length;
  const f1 = (tp: number, predicted: number, support: number) => (predicted + support ? (2 * tp) / (predicted + support) : 0);
  const macroF1 = (f1(tpNeg, predNeg, goldNeg) + f1(tpPos, n - predNeg, n - goldNeg)) / 2;
  return { n, macroF1, negativeRecall: goldNeg ? tpNeg / goldNeg : NaN, accuracy: n ? (tpNeg + tpPos) / n : NaN };
}
