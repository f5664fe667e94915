/**
 * Writes a trained linear softmax model as an ONNX ModelProto, built with protobufjs from the
 * project's own subset of the ONNX schema (onnx-subset.proto).
 *
 * The input is sparse, as the features are: each row lists its feature buckets (`indices`,
 * int32, padded with bucket 0) and their values (`values`, padded with 0). A dense
 * [batch × 2^hashBits] input would make onnxruntime read a megabyte per sentence to use a few
 * hundred numbers; gathering the touched weight rows is what keeps the model fast (issue 15).
 *
 * Graph (opset 13):
 *   Gather(weights[2^hashBits, C], indices[batch, k]) → rows[batch, k, C]
 *   Mul(rows, values[batch, k, 1]) → ReduceSum(axis 1) → Add(bias[C]) → logits ─Softmax(axis −1)─ probs[batch, C]
 * Both `logits` and `probs` are graph outputs; label order is the model's (see metadata `labels`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import type { LinearModel } from './trainer.ts';

const FLOAT = 1;
const INT32 = 6;
const INT64 = 7;
const ATTR_INT = 2;
const OPSET = 13;
// IR version 7 is the one that goes with opset 13.
const IR_VERSION = 7;

/** Graph input and output names (config.json records them too). */
export const ONNX_NAMES = { indices: 'indices', values: 'values', probs: 'probs', logits: 'logits' } as const;

const schemaPath = join(dirname(fileURLToPath(import.meta.url)), 'onnx-subset.proto');

function littleEndianFloats(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return bytes;
}

function littleEndianInt64s(values: number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
  return bytes;
}

const dims = (...d: (number | string)[]) => ({
  dim: d.map((x) => (typeof x === 'number' ? { dimValue: x } : { dimParam: x })),
});

const tensorValue = (name: string, elemType: number, ...d: (number | string)[]) => ({
  name,
  type: { tensorType: { elemType, shape: dims(...d) } },
});

/** The serialised ONNX model; `metadata` lands in ModelProto.metadata_props. */
export function buildSentimentOnnx(model: LinearModel, metadata: Record<string, string>, docString = ''): Uint8Array {
  const root = protobuf.loadSync(schemaPath);
  const ModelProto = root.lookupType('onnx.ModelProto');
  const width = 1 << model.hashBits;
  const C = model.numClasses;
  if (model.weights.length !== width * C) throw new Error(`weights length ${model.weights.length} ≠ ${width}×${C}`);
  const message = {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'callqa scripts/training/train-sentiment.ts',
    producerVersion: '2',
    domain: 'callqa',
    modelVersion: 2,
    docString,
    graph: {
      name: 'callqa_sentiment_linear_sparse',
      node: [
        { name: 'gather', opType: 'Gather', input: ['weights', ONNX_NAMES.indices], output: ['rows'], attribute: [{ name: 'axis', type: ATTR_INT, i: 0 }] },
        { name: 'scale', opType: 'Mul', input: ['rows', ONNX_NAMES.values], output: ['scaled'] },
        {
          name: 'sum',
          opType: 'ReduceSum',
          input: ['scaled', 'feature_axis'],
          output: ['scores'],
          attribute: [{ name: 'keepdims', type: ATTR_INT, i: 0 }],
        },
        { name: 'add_bias', opType: 'Add', input: ['scores', 'bias'], output: [ONNX_NAMES.logits] },
        {
          name: 'softmax',
          opType: 'Softmax',
          input: [ONNX_NAMES.logits],
          output: [ONNX_NAMES.probs],
          attribute: [{ name: 'axis', type: ATTR_INT, i: -1 }],
        },
      ],
      initializer: [
        { name: 'weights', dims: [width, C], dataType: FLOAT, rawData: littleEndianFloats(model.weights) },
        { name: 'bias', dims: [C], dataType: FLOAT, rawData: littleEndianFloats(model.bias) },
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

/** Shared with the neural exporter (neural/export-embedding-bag-onnx.ts), which writes the same inputs and outputs. */
export { ATTR_INT, FLOAT, INT32, INT64, IR_VERSION, littleEndianFloats, littleEndianInt64s, OPSET, schemaPath, tensorValue };
