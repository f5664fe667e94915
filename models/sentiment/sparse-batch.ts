/**
 * Packs featurized texts into the compact model's two ONNX inputs: per row, its feature
 * buckets (`indices`) and their values (`values`), padded to the batch's longest row with
 * bucket 0 and value 0 (a zero value adds nothing to the sum, whatever the weight).
 */
import type { Featurizer } from './featurizer.ts';

export interface SparseBatch {
  rows: number;
  /** Features per row after padding (at least 1: onnxruntime wants no empty dimension). */
  width: number;
  /** [rows × width] feature buckets. */
  indices: Int32Array;
  /** [rows × width × 1] values (1/√n for a row's n features, 0 for padding). */
  values: Float32Array;
}

/** The unique feature buckets of each text (binary features; the value follows from the count). */
export function featureBuckets(featurizer: Featurizer, texts: readonly string[]): Int32Array[] {
  return texts.map((t) => {
    const n = featurizer.uniqueBuckets(t); // first: it may replace the lastBuckets array
    return featurizer.lastBuckets.slice(0, n);
  });
}

/** Packs rows `order[from..to)` of `buckets` into one padded batch. */
export function packBuckets(buckets: readonly Int32Array[], order: ArrayLike<number>, from = 0, to = order.length): SparseBatch {
  const rows = to - from;
  let width = 1;
  for (let r = from; r < to; r++) width = Math.max(width, buckets[order[r]].length);
  const indices = new Int32Array(rows * width);
  const values = new Float32Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const b = buckets[order[from + r]];
    if (b.length === 0) continue;
    indices.set(b, r * width);
    values.fill(1 / Math.sqrt(b.length), r * width, r * width + b.length);
  }
  return { rows, width, indices, values };
}

/** Featurizes `texts` and packs them in input order. */
export function packSparseBatch(featurizer: Featurizer, texts: readonly string[]): SparseBatch {
  const buckets = featureBuckets(featurizer, texts);
  return packBuckets(buckets, Array.from(buckets.keys()));
}
