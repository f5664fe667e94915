/**
 * Multinomial logistic regression (linear softmax) over hashed sparse features, trained with
 * per-example AdaGrad. Deterministic: examples are visited in an order shuffled by a seeded
 * generator, for a fixed number of epochs, in float64; the same inputs give the same weights.
 */
import type { SparseFeatures } from '../../../models/sentiment/featurizer.ts';
import { mulberry32, shuffleInPlace } from '../../dev/lib/random.ts';
import { softmaxInPlace } from '../../../models/softmax.ts';

export interface Example {
  features: SparseFeatures;
  /** Class index in the model's label order. */
  label: number;
  /** Loss weight (balances sources and classes). */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty applied to the weights an example touches (lazy regularisation). */
  l2: number;
  seed: number;
}

/** A trained linear model; `weights` is row-major [2^hashBits × numClasses], the ONNX MatMul layout. */
export interface LinearModel {
  hashBits: number;
  numClasses: number;
  weights: Float32Array;
  bias: Float32Array;
}

function logits(w: ArrayLike<number>, b: ArrayLike<number>, f: SparseFeatures, numClasses: number): Float64Array {
  const z = new Float64Array(numClasses);
  for (let c = 0; c < numClasses; c++) z[c] = b[c];
  for (let k = 0; k < f.indices.length; k++) {
    const base = f.indices[k] * numClasses;
    const x = f.values[k];
    for (let c = 0; c < numClasses; c++) z[c] += w[base + c] * x;
  }
  return z;
}

/** Class probabilities of one example under `model` (the in-memory reference for the ONNX export). */
export function predictProbs(model: LinearModel, f: SparseFeatures): Float64Array {
  return softmaxInPlace(logits(model.weights, model.bias, f, model.numClasses));
}

export function trainSoftmax(
  examples: Example[],
  hashBits: number,
  numClasses: number,
  opts: TrainOptions,
  onEpoch?: (epoch: number, meanLoss: number, model: () => LinearModel) => void,
): LinearModel {
  const size = (1 << hashBits) * numClasses;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size);
  const b = new Float64Array(numClasses);
  const bg2 = new Float64Array(numClasses);
  const eps = 1e-8;
  const random = mulberry32(opts.seed);
  const order = examples.map((_, i) => i);
  const snapshot = (): LinearModel => ({
    hashBits,
    numClasses,
    weights: Float32Array.from(w),
    bias: Float32Array.from(b),
  });

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    let lossSum = 0;
    let weightSum = 0;
    for (const i of order) {
      const ex = examples[i];
      const p = softmaxInPlace(logits(w, b, ex.features, numClasses));
      lossSum -= ex.weight * Math.log(Math.max(p[ex.label], 1e-12));
      weightSum += ex.weight;
      for (let c = 0; c < numClasses; c++) {
        // d(loss)/d(logit_c) = p_c − y_c, scaled by the example weight.
        const d = ex.weight * (p[c] - (c === ex.label ? 1 : 0));
        bg2[c] += d * d;
        b[c] -= (opts.learningRate * d) / (Math.sqrt(bg2[c]) + eps);
        for (let k = 0; k < ex.features.indices.length; k++) {
          const j = ex.features.indices[k] * numClasses + c;
          const grad = d * ex.features.values[k] + opts.l2 * w[j];
          g2[j] += grad * grad;
          w[j] -= (opts.learningRate * grad) / (Math.sqrt(g2[j]) + eps);
        }
      }
    }
    onEpoch?.(epoch, lossSum / Math.max(weightSum, 1e-12), snapshot);
  }
  return snapshot();
}

/**
 * The mean of linear models of one shape (weights and biases averaged): one linear model whose
 * logits are the mean of theirs. Trained from different shuffles, it is steadier than any one of
 * them — a clause near a threshold does not flip with the order the examples were seen in.
 */
export function averageLinearModels(models: LinearModel[]): LinearModel {
  const [first] = models;
  if (!first) throw new Error('averageLinearModels: no model to average');
  const weights = new Float32Array(first.weights.length);
  const bias = new Float32Array(first.bias.length);
  for (const m of models) {
    if (m.weights.length !== weights.length || m.bias.length !== bias.length) throw new Error('averageLinearModels: models differ in shape');
    for (let i = 0; i < weights.length; i++) weights[i] += m.weights[i] / models.length;
    for (let c = 0; c < bias.length; c++) bias[c] += m.bias[c] / models.length;
  }
  return { hashBits: first.hashBits, numClasses: first.numClasses, weights, bias };
}
