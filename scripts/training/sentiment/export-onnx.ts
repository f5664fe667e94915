/**
 * Writes a trained linear softmax model as ONNX, with the sparse inputs and the outputs every
 * sentiment export shares (onnx-sparse-model.ts).
 *
 * Graph (opset 13):
 *   Gather(weights[2^hashBits, C], indices[batch, k]) → rows[batch, k, C]
 *   Mul(rows, values[batch, k, 1]) → ReduceSum(axis 1) → Add(bias[C]) → logits ─Softmax(axis −1)─ probs[batch, C]
 * Both `logits` and `probs` are graph outputs; label order is the model's (see metadata `labels`).
 */
import { encodeSparseModel, featureAxisInitializer, floatInitializer, ONNX_NAMES, onnxNode, softmaxNode, sparseBagNodes } from './onnx-sparse-model.ts';
import type { LinearModel } from './trainer.ts';

export { ONNX_NAMES } from './onnx-sparse-model.ts';

/** The serialised ONNX model; `metadata` lands in ModelProto.metadata_props. */
export function buildSentimentOnnx(model: LinearModel, metadata: Record<string, string>, docString = ''): Uint8Array {
  const width = 1 << model.hashBits;
  const C = model.numClasses;
  if (model.weights.length !== width * C) throw new Error(`weights length ${model.weights.length} ≠ ${width}×${C}`);
  return encodeSparseModel({
    producerName: 'callqa scripts/training/train-sentiment.ts',
    producerVersion: '2',
    modelVersion: 2,
    graphName: 'callqa_sentiment_linear_sparse',
    nodes: [
      ...sparseBagNodes('weights', { node: 'sum', output: 'scores' }),
      onnxNode('add_bias', 'Add', ['scores', 'bias'], [ONNX_NAMES.logits]),
      softmaxNode(),
    ],
    initializers: [floatInitializer('weights', [width, C], model.weights), floatInitializer('bias', [C], model.bias), featureAxisInitializer()],
    numClasses: C,
    metadata,
    docString,
  });
}
