/**
 * The neural sentiment model: its trainer fits a small labelled set deterministically, and its
 * ONNX export, run in onnxruntime-node (the runtime the pipeline uses), gives the in-memory
 * forward pass's probabilities on padded sparse rows.
 */
import { describe, expect, it } from 'vitest';
import { runSparseOnnx, SMALL_EXPORT_CONFIG as config } from '../../../../fixtures/support/training/sparse-onnx-run.ts';
import { featurize, SENTIMENT_LABELS } from '../../../../models/sentiment/featurizer.ts';
import { predictNeuralProbs } from './embedding-bag-model.ts';
import { trainEmbeddingBag, type NeuralTrainOptions } from './embedding-bag-trainer.ts';
import { buildEmbeddingBagOnnx } from './export-embedding-bag-onnx.ts';

// [text, class index]: negative 0, neutral 1, positive 2.
const labelled: [string, number][] = [
  ['太差了', 0],
  ['服务太差，我要投诉', 0],
  ['not good at all', 0],
  ['this is terrible, I am angry', 0],
  ['我想查账单', 1],
  ['请问什么时候发货', 1],
  ['check my balance', 1],
  ['what is my account number', 1],
  ['非常好', 2],
  ['谢谢你，很满意', 2],
  ['great, thanks!', 2],
  ['wonderful service, thank you', 2],
];
const examples = labelled.map(([t, label]) => ({ features: featurize(t, config), label, weight: 1 }));
const options: NeuralTrainOptions = { hidden: 16, epochs: 60, batchSize: 4, embeddingLearningRate: 0.1, denseLearningRate: 0.01, initScale: 0.1, seed: 3 };

describe('embedding-bag sentiment model', () => {
  const losses: number[] = [];
  const model = trainEmbeddingBag(examples, config.hashBits, 3, options, (_, loss) => losses.push(loss));

  it('fits its training set: loss falls and every example gets its class', () => {
    expect(losses).toHaveLength(options.epochs);
    expect(losses.at(-1)!).toBeLessThan(losses[0] / 4);
    for (const ex of examples) {
      const p = predictNeuralProbs(model, ex.features);
      expect(p.indexOf(Math.max(...p))).toBe(ex.label);
    }
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const again = trainEmbeddingBag(examples, config.hashBits, 3, options);
    expect(again.output).toEqual(model.output);
    expect(again.embedding).toEqual(model.embedding);
    const other = trainEmbeddingBag(examples, config.hashBits, 3, { ...options, seed: 4 });
    expect(other.output).not.toEqual(model.output);
  });

  it('runs in onnxruntime-node on padded sparse rows and reproduces the in-memory probabilities', async () => {
    const bytes = buildEmbeddingBagOnnx(model, { labels: SENTIMENT_LABELS.join(',') });
    // Rows of different lengths, an unseen text and an empty one exercise the padding.
    const texts = [...labelled.map(([t]) => t), 'an unseen sentence about a refund', ''];
    const run = await runSparseOnnx(bytes, config, texts);
    expect(run.inputNames).toEqual(['indices', 'values']);
    expect(run.outputNames).toEqual(['logits', 'probs']);
    expect(run.probsDims).toEqual([texts.length, 3]);
    texts.forEach((t, row) => {
      const expected = predictNeuralProbs(model, featurize(t, config));
      for (let c = 0; c < 3; c++) expect(run.probs[row][c]).toBeCloseTo(expected[c], 5);
    });
  });

  it('refuses tensors of the wrong size', () => {
    expect(() => buildEmbeddingBagOnnx({ ...model, output: new Float32Array(5) }, {})).toThrow(/output length 5/);
  });
});
