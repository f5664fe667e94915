/**
 * What every sentiment model export shares (the linear model, export-onnx.ts, and the
 * embedding-bag model, neural/export-embedding-bag-onnx.ts): an ONNX ModelProto built with
 * protobufjs from the project's own subset of the ONNX schema (onnx-subset.proto), opset 13,
 * the sparse inputs and the two outputs the runtime runner (models/sentiment.ts) reads, so it
 * loads either model unchanged:
 *   indices [batch, features] int32 — each row's feature buckets, padded with bucket 0
 *   values  [batch, features, 1] float — their values, padded with 0
 *   logits, probs [batch, C] float — label order is the model's (metadata `labels`)
 * Each exporter brings the graph between them; most start with sparseBagNodes.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

// TensorProto.DataType and AttributeProto.AttributeType numbers from onnx.proto.
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

/** Float32 values as the little-endian bytes of TensorProto.raw_data. */
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

export const onnxNode = (name: string, opType: string, input: string[], output: string[], attribute: object[] = []) =>
  ({ name, opType, input, output, attribute });

/** A float initializer; `dims` must multiply out to `values.length`. */
export const floatInitializer = (name: string, shape: number[], values: Float32Array) =>
  ({ name, dims: shape, dataType: FLOAT, rawData: littleEndianFloats(values) });

/** The initializer sparseBagNodes sums over: axis 1, the features of a row. */
const FEATURE_AXIS = 'feature_axis';
export const featureAxisInitializer = () => ({ name: FEATURE_AXIS, dims: [1], dataType: INT64, rawData: littleEndianInt64s([1]) });

/**
 * The sum of the rows of `table` that a sparse input row touches, each scaled by its value:
 *   Gather(table, indices) → rows[batch, k, ·] ─Mul(values)→ scaled ─ReduceSum(axis 1)→ `output`[batch, ·]
 * Gathering only the touched rows is what keeps the models fast: a dense [batch × 2^hashBits]
 * input would make onnxruntime read a megabyte per sentence to use a few hundred numbers (issue 15).
 * Needs featureAxisInitializer() among the initializers.
 */
export function sparseBagNodes(table: string, sum: { node: string; output: string }): object[] {
  return [
    onnxNode('gather', 'Gather', [table, ONNX_NAMES.indices], ['rows'], [{ name: 'axis', type: ATTR_INT, i: 0 }]),
    onnxNode('scale', 'Mul', ['rows', ONNX_NAMES.values], ['scaled']),
    onnxNode(sum.node, 'ReduceSum', ['scaled', FEATURE_AXIS], [sum.output], [{ name: 'keepdims', type: ATTR_INT, i: 0 }]),
  ];
}

/** The last node of every export: `logits` → `probs`. */
export const softmaxNode = () => onnxNode('softmax', 'Softmax', [ONNX_NAMES.logits], [ONNX_NAMES.probs], [{ name: 'axis', type: ATTR_INT, i: -1 }]);

export interface SparseModelGraph {
  producerName: string;
  producerVersion: string;
  modelVersion: number;
  graphName: string;
  /** From the inputs `indices` and `values` to the outputs `logits` and `probs`. */
  nodes: object[];
  initializers: object[];
  numClasses: number;
  /** Lands in ModelProto.metadata_props. */
  metadata: Record<string, string>;
  docString: string;
}

/** The serialised ONNX model; throws when protobufjs finds the message invalid. */
export function encodeSparseModel(g: SparseModelGraph): Uint8Array {
  const root = protobuf.loadSync(schemaPath);
  const ModelProto = root.lookupType('onnx.ModelProto');
  const message = {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: g.producerName,
    producerVersion: g.producerVersion,
    domain: 'callqa',
    modelVersion: g.modelVersion,
    docString: g.docString,
    graph: {
      name: g.graphName,
      node: g.nodes,
      initializer: g.initializers,
      input: [tensorValue(ONNX_NAMES.indices, INT32, 'batch', 'features'), tensorValue(ONNX_NAMES.values, FLOAT, 'batch', 'features', 1)],
      output: [tensorValue(ONNX_NAMES.logits, FLOAT, 'batch', g.numClasses), tensorValue(ONNX_NAMES.probs, FLOAT, 'batch', g.numClasses)],
    },
    metadataProps: Object.entries(g.metadata).map(([key, value]) => ({ key, value })),
  };
  const err = ModelProto.verify(message);
  if (err) throw new Error(`ONNX ModelProto invalid: ${err}`);
  return ModelProto.encode(ModelProto.fromObject(message)).finish();
}
