import { describe, expect, it } from 'vitest';
import { binaryF1Report, binaryReport, labelShares, threeClassReport } from './metrics.ts';

// [negative, neutral, positive]
const probs = [
  [0.7, 0.2, 0.1], // pred negative
  [0.2, 0.5, 0.3], // pred neutral, binary → positive
  [0.1, 0.2, 0.7], // pred positive
  [0.4, 0.5, 0.1], // pred neutral, binary → negative
];

describe('metrics', () => {
  it('scores binary sets on P(pos) > P(neg) and counts neutral hedges', () => {
    const r = binaryReport(probs, ['negative', 'negative', 'positive', 'negative']);
    expect(r).toEqual({ n: 4, accuracy: 0.75, neutralRate: 0.5 });
  });

  it('gives per-class precision/recall and the confusion matrix', () => {
    const r = threeClassReport(probs, ['negative', 'neutral', 'positive', 'negative']);
    expect(r.accuracy).toBe(0.75);
    expect(r.confusion.negative).toEqual({ negative: 1, neutral: 1, positive: 0 });
    expect(r.perClass.neutral).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    expect(r.perClass.negative.recall).toBe(0.5);
    expect(r.perClass.positive.precision).toBe(1);
  });

  it('scores binary sets on negative vs positive only: macro-F1 of the two classes and negative recall', () => {
    // Binary predictions: negative, positive, positive, negative; gold: neg, neg, pos, neg.
    const r = binaryF1Report(probs, ['negative', 'negative', 'positive', 'negative']);
    // negative: tp 2, predicted 2, support 3 → F1 0.8; positive: tp 1, predicted 2, support 1 → F1 2/3.
    expect(r.negativeRecall).toBeCloseTo(2 / 3, 10);
    expect(r.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2, 10);
    expect(r.accuracy).toBe(0.75);
    expect(r.n).toBe(4);
  });

  it('gives label shares', () => {
    expect(labelShares(probs)).toEqual({ negative: 0.25, neutral: 0.5, positive: 0.25 });
  });
});
