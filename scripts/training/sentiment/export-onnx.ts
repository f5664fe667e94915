/**
 * Writes a trained linear softmax model as an ONNX ModelProto, built with protobufjs from the
 * project's own subset of the ONNX schema (onnx-subset.proto).
 *
 * Graph (opset 13):  features[batch, 2^hashBits] ─MatMul(weights[2^hashBits, 3])─Add(bias[3])─ logits ─Softmax(axis −1)─ probs[batch, 3]
 * Both `logits` and `probs` are graph outputs; label order is the model's (see metadata `labels`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import type { LinearModel } from './trainer.ts';

const FLOAT = 1;
const ATTR_INT = 2;
const OPSET = 13;
// IR version 7 is the one that goes with opset 13.
const IR_VERSION = 7;

const schemaPath = join(dirname(fileURLToPath(import.meta.url)), 'onnx-subset.proto');

function littleEndianFloats(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return bytes;
}

const dims = (...d: (number | string)[]) => ({
  dim: d.map((x) => (typeof x === 'number' ? { dimValue: x } : { dimParam: x })),
});

const tensorValue = (name: string, ...d: (number | string)[]) => ({
  name,
  type: { tensorType: { elemType: FLOAT, shape: dims(...d) } },
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
    producerVersion: '1',
    domain: 'callqa',
    modelVersion: 1,
    docString,
    graph: {
      name: 'callqa_sentiment_linear',
      node: [
        { name: 'matmul', opType: 'MatMul', input: ['features', 'weights'], output: ['scores'] },
        { name: 'add_bias', opType: 'Add', input: ['scores', 'bias'], output: ['logits'] },
        {
          name: 'softmax',
          opType: 'Softmax',
          input: ['logits'],
          output: ['probs'],
          attribute: [{ name: 'axis', type: ATTR_INT, i: -1 }],
        },
      ],
      initializer: [
        { name: 'weights', dims: [width, C], dataType: FLOAT, rawData: littleEndianFloats(model.weights) },
        { name: 'bias', dims: [C], dataType: FLOAT, rawData: littleEndianFloats(model.bias) },
      ],
      input: [tensorValue('features', 'batch', width)],
      output: [tensorValue('logits', 'batch', C), tensorValue('probs', 'batch', C)],
    },
    metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
  };
  const err = ModelProto.verify(message);
  if (err) throw new Error(`ONNX ModelProto invalid: ${err}`);
  return ModelProto.encode(ModelProto.fromObject(message)).finish();
}
