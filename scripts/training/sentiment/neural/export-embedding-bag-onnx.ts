/**
 * Writes the embedding-bag model (embedding-bag-model.ts) as ONNX, with the same inputs and
 * outputs as the linear model's export (export-onnx.ts), so the runtime runner
 * (models/sentiment.ts) and the benchmark can load either one unchanged.
 *
 * Graph (opset 13):
 *   Gather(embedding[2^hashBits, H], indices[batch, k]) → rows[batch, k, H]
 *   Mul(rows, values[batch, k, 1]) → ReduceSum(axis 1) → Add(hidden_bias[H]) → Relu → hidden[batch, H]
 *   MatMul(hidden, output[H, C]) → Add(output_bias[C]) → logits ─Softmax(axis −1)─ probs[batch, C]
 */
import protobuf from 'protobufjs';
import { ATTR_INT, FLOAT, INT32, INT64, IR_VERSION, littleEndianFloats, littleEndianInt64s, ONNX_NAMES, OPSET, schemaPath, tensorValue } from '../export-onnx.ts';
import type { EmbeddingBagModel } from './embedding-bag-model.ts';

export function buildEmbeddingBagOnnx(model: EmbeddingBagModel, metadata: Record<string, string>, docString = ''): Uint8Array {
  const root = protobuf.loadSync(schemaPath);
  const ModelProto = root.lookupType('onnx.ModelProto');
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
  const node = (name: string, opType: string, input: string[], output: string[], attribute: object[] = []) => ({ name, opType, input, output, attribute });
  const message = {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'callqa scripts/training/sentiment/neural',
    producerVersion: '1',
    domain: 'callqa',
    modelVersion: 1,
    docString,
    graph: {
      name: 'callqa_sentiment_embedding_bag',
      node: [
        node('gather', 'Gather', ['embedding', ONNX_NAMES.indices], ['rows'], [{ name: 'axis', type: ATTR_INT, i: 0 }]),
        node('scale', 'Mul', ['rows', ONNX_NAMES.values], ['scaled']),
        node('bag', 'ReduceSum', ['scaled', 'feature_axis'], ['bag'], [{ name: 'keepdims', type: ATTR_INT, i: 0 }]),
        node('add_hidden_bias', 'Add', ['bag', 'hidden_bias'], ['pre_activation']),
        node('relu', 'Relu', ['pre_activation'], ['hidden']),
        node('output_layer', 'MatMul', ['hidden', 'output'], ['scores']),
        node('add_output_bias', 'Add', ['scores', 'output_bias'], [ONNX_NAMES.logits]),
        node('softmax', 'Softmax', [ONNX_NAMES.logits], [ONNX_NAMES.probs], [{ name: 'axis', type: ATTR_INT, i: -1 }]),
      ],
      initializer: [
        { name: 'embedding', dims: [width, H], dataType: FLOAT, rawData: littleEndianFloats(model.embedding) },
        { name: 'hidden_bias', dims: [H], dataType: FLOAT, rawData: littleEndianFloats(model.hiddenBias) },
        { name: 'output', dims: [H, C], dataType: FLOAT, rawData: littleEndianFloats(model.output) },
        { name: 'output_bias', dims: [C], dataType: FLOAT, rawData: littleEndianFloats(model.outputBias) },
        { name: 'feature_axis', dims: [1], dataType: INT64, rawData: littleEndianInt64s([1]) },
      ],
      input: [tensorValue(ONNX_NAMES.indices, INT32, 'batch', 'features'), tensorValue(ONNX_NAMES.values, FLOAT, 'batch', 'features', 1)],
      output: [tensorValue(ONNX_NAMES.logits, FLOAT, 'batch', C), tensorValue(ONNX_NAMES.probs, FLOAT, 'batch', C)],
    },
    metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
  };
  const err = ModelProto.verify(message);
  if (err) throw new Error(`ONNX ModelProto invalid: ${err}`);
  return ModelProto.encode(ModelProto.fromObject(message)).finish();
}
