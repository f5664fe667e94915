/** The ONNX exporter, checked by loading its output in onnxruntime-node (the runtime the pipeline uses). */
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { featurize, SENTIMENT_LABELS, writeDenseRow, type FeaturizerConfig } from '../../../models/sentiment/featurizer.ts';
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

  it('runs in onnxruntime-node and reproduces the in-memory probabilities', async () => {
    const bytes = buildSentimentOnnx(model, { labels: SENTIMENT_LABELS.join(',') });
    const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    expect(session.inputNames).toEqual(['features']);
    expect(session.outputNames).toEqual(['logits', 'probs']);
    const width = 1 << config.hashBits;
    const dense = new Float32Array(texts.length * width);
    const features = texts.map((t) => featurize(t, config));
    features.forEach((f, row) => writeDenseRow(f, dense, row, config.hashBits));
    const out = await session.run({ features: new ort.Tensor('float32', dense, [texts.length, width]) });
    expect(out.probs.dims).toEqual([texts.length, 3]);
    const probs = out.probs.data as Float32Array;
    features.forEach((f, row) => {
      const expected = predictProbs(model, f);
      for (let c = 0; c < 3; c++) expect(probs[row * 3 + c]).toBeCloseTo(expected[c], 5);
    });
    await session.release();
  });

  it('refuses weights of the wrong size', () => {
    expect(() => buildSentimentOnnx({ ...model, weights: new Float32Array(5) }, {})).toThrow(/weights length 5/);
  });
});
