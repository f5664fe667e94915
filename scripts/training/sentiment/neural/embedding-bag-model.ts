/**
 * The neural sentiment model tried for issue 11: a fastText-style embedding bag over the same
 * hashed sparse n-gram features as the linear model, one ReLU hidden layer, then softmax.
 *
 *   x = hiddenBias + Σ_k values[k] · embedding[indices[k]]      (the embedding bag, [hidden])
 *   h = ReLU(x)
 *   p = softmax(h · output + outputBias)                          ([numClasses])
 *
 * The embedding rows are the hidden layer's input weights: an embedding of width D followed by
 * a dense D×H layer is one linear map, so a separate dense layer before the ReLU would add
 * parameters and time but no expressiveness. This file is the in-memory reference forward pass
 * (float64 arithmetic over float32 weights) that the ONNX export must reproduce.
 */
import type { SparseFeatures } from '../../../../models/sentiment/featurizer.ts';
import { softmaxInPlace } from '../../../../models/softmax.ts';

export interface EmbeddingBagModel {
  hashBits: number;
  /** Width of the embedding bag, which is the hidden layer's width. */
  hidden: number;
  numClasses: number;
  /** Row-major [2^hashBits × hidden]; row j is the embedding of feature bucket j. */
  embedding: Float32Array;
  /** [hidden] */
  hiddenBias: Float32Array;
  /** Row-major [hidden × numClasses], the ONNX MatMul layout. */
  output: Float32Array;
  /** [numClasses] */
  outputBias: Float32Array;
}

/** Pre-activation of the hidden layer (the embedding bag plus bias), written into `out`. */
export function embeddingBag(model: EmbeddingBagModel, f: SparseFeatures, out = new Float64Array(model.hidden)): Float64Array {
  const H = model.hidden;
  const E = model.embedding;
  for (let h = 0; h < H; h++) out[h] = model.hiddenBias[h];
  for (let k = 0; k < f.indices.length; k++) {
    const base = f.indices[k] * H;
    const v = f.values[k];
    for (let h = 0; h < H; h++) out[h] += E[base + h] * v;
  }
  return out;
}

/** Logits from the hidden pre-activation `x` (ReLU applied here), written into `out`. */
export function logitsFromHidden(model: EmbeddingBagModel, x: Float64Array, out = new Float64Array(model.numClasses)): Float64Array {
  const C = model.numClasses;
  for (let c = 0; c < C; c++) out[c] = model.outputBias[c];
  for (let h = 0; h < model.hidden; h++) {
    const a = x[h] > 0 ? x[h] : 0;
    if (a === 0) continue;
    const base = h * C;
    for (let c = 0; c < C; c++) out[c] += a * model.output[base + c];
  }
  return out;
}

/** Class probabilities of one example (label order of the model). */
export function predictNeuralProbs(model: EmbeddingBagModel, f: SparseFeatures): Float64Array {
  return softmaxInPlace(logitsFromHidden(model, embeddingBag(model, f)));
}
