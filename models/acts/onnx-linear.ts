/**
 * Reads the weights of a linear softmax ONNX graph (MatMul → Add → Softmax, as written by
 * scripts/training/sentiment/export-onnx.ts) straight from the file's initializers, so the act
 * model can score synchronously inside a check: onnxruntime-node only runs asynchronously, and
 * the checks are synchronous functions. The arithmetic is the graph's own (a test compares the
 * two on the shipped file).
 */
import protobuf from 'protobufjs';
import { softmaxInPlace } from '../softmax.ts';

// The few ONNX fields needed, with their numbers from onnx.proto; protobufjs skips the rest.
const SCHEMA = `
syntax = "proto2";
package onnxw;
message Tensor { repeated int64 dims = 1; optional int32 data_type = 2; repeated float float_data = 4; optional string name = 8; optional bytes raw_data = 9; }
message Graph { repeated Tensor initializer = 5; }
message Entry { optional string key = 1; optional string value = 2; }
message Model { optional Graph graph = 7; repeated Entry metadata_props = 14; }
`;

export interface LinearWeights {
  /** Input width (rows of the weight matrix). */
  width: number;
  classes: number;
  /** Row-major [width × classes]. */
  weights: Float32Array;
  bias: Float32Array;
  metadata: Record<string, string>;
}

interface TensorMsg {
  dims: (number | { toNumber(): number })[];
  dataType: number;
  floatData: number[];
  name: string;
  rawData?: Uint8Array;
}

function floats(t: TensorMsg): Float32Array {
  if (t.dataType !== 1) throw new Error(`initializer ${t.name}: data type ${t.dataType}, expected float (1)`);
  if (t.rawData && t.rawData.length) {
    const copy = new Uint8Array(t.rawData); // aligned copy
    const view = new DataView(copy.buffer);
    const out = new Float32Array(copy.length / 4);
    for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
    return out;
  }
  return Float32Array.from(t.floatData);
}

export function readLinearOnnx(bytes: Uint8Array): LinearWeights {
  const Model = protobuf.parse(SCHEMA).root.lookupType('onnxw.Model');
  const msg = Model.decode(bytes) as unknown as { graph?: { initializer: TensorMsg[] }; metadataProps: { key: string; value: string }[] };
  const init = msg.graph?.initializer ?? [];
  const w = init.find((t) => t.name === 'weights');
  const b = init.find((t) => t.name === 'bias');
  if (!w || !b) throw new Error('not a linear softmax model: initializers "weights" and "bias" are missing');
  const dims = w.dims.map((d) => (typeof d === 'number' ? d : d.toNumber()));
  const weights = floats(w);
  const bias = floats(b);
  if (dims.length !== 2 || dims[0] * dims[1] !== weights.length || dims[1] !== bias.length) {
    throw new Error(`weights ${dims.join('×')} and bias ${bias.length} do not fit together`);
  }
  return { width: dims[0], classes: dims[1], weights, bias, metadata: Object.fromEntries(msg.metadataProps.map((e) => [e.key, e.value])) };
}

/** softmax(x·W + b) for sparse x: the graph's MatMul, Add and Softmax. */
export function linearProbs(m: LinearWeights, indices: Int32Array, values: Float32Array): Float64Array {
  const z = new Float64Array(m.classes);
  for (let c = 0; c < m.classes; c++) z[c] = m.bias[c];
  for (let k = 0; k < indices.length; k++) {
    const base = indices[k] * m.classes;
    for (let c = 0; c < m.classes; c++) z[c] += m.weights[base + c] * values[k];
  }
  return softmaxInPlace(z);
}
