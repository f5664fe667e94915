/** The ONNX exporter, checked by loading its output in onnxruntime-node (the runtime the pipeline uses). */
import { describe, expect, it } from 'vitest';
import { runSparseOnnx, SMALL_EXPORT_CONFIG as config } from '../../../fixtures/support/training/sparse-onnx-run.ts';
import { featurize, SENTIMENT_LABELS } from '../../../models/sentiment/featurizer.ts';
import { buildSentimentOnnx } from './export-onnx.ts';
import { predictProbs, trainSoftmax } from './trainer.ts';

describe('buildSentimentOnnx', () => {
  const texts = ['太差了', '我想查账单', '非常好', 'not good at all', 'check my balance', 'great, thanks!'];
  const model = trainSoftmax(
    texts.map((t, i) => ({ features: featurize(t, config), label: i % 3, weight: 1 })),
    config.hashBits,
    3,
    { epochs: 5, learningRate: 0.3, l2: 1e-4, seed: 3 },
  );

  it('runs in onnxruntime-node on padded sparse rows and reproduces the in-memory probabilities', async () => {
    const bytes = buildSentimentOnnx(model, { labels: SENTIMENT_LABELS.join(',') });
    // Rows of different lengths (and an empty one) exercise the padding.
    const batchTexts = [...texts, ''];
    const run = await runSparseOnnx(bytes, config, batchTexts);
    expect(run.inputNames).toEqual(['indices', 'values']);
    expect(run.outputNames).toEqual(['logits', 'probs']);
    expect(run.probsDims).toEqual([batchTexts.length, 3]);
    batchTexts.forEach((t, row) => {
      const expected = predictProbs(model, featurize(t, config));
      for (let c = 0; c < 3; c++) expect(run.probs[row][c]).toBeCloseTo(expected[c], 5);
    });
    // The trained model separates its three training classes (a broken export would not).
    expect(run.probs[0][0]).toBeGreaterThan(run.probs[0][2]);
  });

  it('refuses weights of the wrong size', () => {
    expect(() => buildSentimentOnnx({ ...model, weights: new Float32Array(5) }, {})).toThrow(/weights length 5/);
  });
});
