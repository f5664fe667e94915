/**
 * Writes the embedding-bag model (embedding-bag-model.ts) as ONNX, with the same inputs and
 * outputs as the linear model's export (both through ../onnx-sparse-model.ts), so the runtime
 * runner (models/sentiment.ts) and the benchmark can load either one unchanged.
 *
 * Graph (opset 13):
 *   Gather(embedding[2^hashBits, H], indices[batch, k]) → rows[batch, k, H]
 *   Mul(rows, values[batch, k, 1]) → ReduceSum(axis 1) → Add(hidden_bias[H]) → Relu → hidden[batch, H]
 *   MatMul(hidden, output[H, C]) → Add(output_bias[C]) → logits ─Softmax(axis −1)─ probs[batch, C]
 */
import { encodeSparseModel, featureAxisInitializer, floatInitializer, ONNX_NAMES, onnxNode, softmaxNode, sparseBagNodes } from '../onnx-sparse-model.ts';
import type { EmbeddingBagModel } from './embedding-bag-model.ts';

export function buildEmbeddingBagOnnx(model: EmbeddingBagModel, metadata: Record<string, string>, docString = ''): Uint8Array {
  const width = 1 << model.hashBits;
  const H = model.hidden;
  const C = model.numClasses;
  const expect = (name: string, got: number, want: number) => {
    if (got !== want) throw new Error(`${name} length ${got} ≠ ${want}`);
  };
  expect('embedding', model.embedding.length, width * H);
  expect('hiddenBias', model.hiddenBias.length, H);
  expect('output', model.output.length, H * C);
  expect('outputBias', model.outputBias.length, C);
  return encodeSparseModel({
    producerName: 'callqa scripts/training/sentiment/neural',
    producerVersion: '1',
    modelVersion: 1,
    graphName: 'callqa_sentiment_embedding_bag',
    nodes: [
      ...sparseBagNodes('embedding', { node: 'bag', output: 'bag' }),
      onnxNode('add_hidden_bias', 'Add', ['bag', 'hidden_bias'], ['pre_activation']),
      onnxNode('relu', 'Relu', ['pre_activation'], ['hidden']),
      onnxNode('output_layer', 'MatMul', ['hidden', 'output'], ['scores']),
      onnxNode('add_output_bias', 'Add', ['scores', 'output_bias'], [ONNX_NAMES.logits]),
      softmaxNode(),
    ],
    initializers: [
      floatInitializer('embedding', [width, H], model.embedding),
      floatInitializer('hidden_bias', [H], model.hiddenBias),
      floatInitializer('output', [H, C], model.output),
      floatInitializer('output_bias', [C], model.outputBias),
      featureAxisInitializer(),
    ],
    numClasses: C,
    metadata,
    docString,
  });
}
