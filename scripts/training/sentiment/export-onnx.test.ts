/** The ONNX exporter, checked by loading its output in onnxruntime-node (the runtime the pipeline uses). */
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { Featurizer, featurize, SENTIMENT_LABELS, type FeaturizerConfig } from '../../../models/sentiment/featurizer.ts';
import { packSparseBatch } from '../../../models/sentiment/sparse-batch.ts';
import { buildSentimentOnnx } from './export-onnx.ts';
import { predictProbs, trainSoftmax } from './trainer.ts';

const config: FeaturizerConfig = {
  hashBits: 10,
  hanNgrams: [1, 3],
  wordNgrams: [1, 2],
  wordCharNgrams: [3, 4],
  negationScope: true,
  normalization: [],
  labels: SENTIMENT_LABELS,
};

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
    const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    expect(session.inputNames).toEqual(['indices', 'values']);
    expect(session.outputNames).toEqual(['logits', 'probs']);
    // Rows of different lengths (and an empty one) exercise the padding.
    const batchTexts = [...texts, ''];
    const { rows, width, indices, values } = packSparseBatch(new Featurizer(config), batchTexts);
    const out = await session.run({
      indices: new ort.Tensor('int32', indices, [rows, width]),
      values: new ort.Tensor('float32', values, [rows, width, 1]),
    });
    expect(out.probs.dims).toEqual([batchTexts.length, 3]);
    const probs = out.probs.data as Float32Array;
    batchTexts.forEach((t, row) => {
      const expected = predictProbs(model, featurize(t, config));
      for (let c = 0; c < 3; c++) expect(probs[row * 3 + c]).toBeCloseTo(expected[c], 5);
    });
    // The trained model separates its three training classes (a broken export would not).
    expect(probs[0 * 3 + 0]).toBeGreaterThan(probs[0 * 3 + 2]);
    await session.release();
  });

  it('refuses weights of the wrong size', () => {
    expect(() => buildSentimentOnnx({ ...model, weights: new Float32Array(5) }, {})).toThrow(/weights length 5/);
  });
});
