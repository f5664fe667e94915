import { describe, expect, it } from 'vitest';
import { featurize, SENTIMENT_LABELS, type FeaturizerConfig } from '../../../models/sentiment/featurizer.ts';
import { predictProbs, trainSoftmax, type Example } from './trainer.ts';

const config: FeaturizerConfig = {
  hashBits: 12,
  hanNgrams: [1, 2],
  wordNgrams: [1, 2],
  wordCharNgrams: [0, 0],
  negationScope: true,
  normalization: [],
  labels: SENTIMENT_LABELS,
};

const data: [string, number][] = [
  ['太差了', 0], ['很差劲', 0], ['awful service', 0], ['really bad', 0], ['差评', 0],
  ['我想查账单', 1], ['请问几号还款', 1], ['my card number', 1], ['check my balance', 1], ['查一下额度', 1],
  ['非常好', 2], ['很满意', 2], ['great help', 2], ['really good', 2], ['好评', 2],
];
const examples: Example[] = data.map(([t, label]) => ({ features: featurize(t, config), label, weight: 1 }));
const opts = { epochs: 20, learningRate: 0.5, l2: 0, seed: 1 };

describe('trainSoftmax', () => {
  it('fits a small three-class problem', () => {
    const model = trainSoftmax(examples, config.hashBits, 3, opts);
    for (const [text, label] of data) {
      const p = predictProbs(model, featurize(text, config));
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      expect({ text, best: p.indexOf(Math.max(...p)) }).toEqual({ text, best: label });
    }
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const a = trainSoftmax(examples, config.hashBits, 3, { ...opts, epochs: 2 });
    const b = trainSoftmax(examples, config.hashBits, 3, { ...opts, epochs: 2 });
    const c = trainSoftmax(examples, config.hashBits, 3, { ...opts, epochs: 2, seed: 2 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('reports a falling loss per epoch', () => {
    const losses: number[] = [];
    trainSoftmax(examples, config.hashBits, 3, { ...opts, epochs: 5 }, (_, loss) => losses.push(loss));
    expect(losses).toHaveLength(5);
    expect(losses[4]).toBeLessThan(losses[0]);
  });
});
