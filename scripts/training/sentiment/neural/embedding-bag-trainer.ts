/**
 * Trains the embedding-bag model (embedding-bag-model.ts) with mini-batches: AdaGrad on the
 * embedding rows a batch touches (sparse gradients: a batch of 32 short texts touches a few
 * thousand of the 2^18 rows, so only those are read and written) and Adam on the small dense
 * parameters (hidden bias, output layer). Deterministic: initial weights and the example order
 * come from seeded generators; the same inputs and options give the same weights.
 */
import { mulberry32, shuffleInPlace } from '../../../dev/lib/random.ts';
import type { Example } from '../trainer.ts';
import { softmaxInPlace } from '../../../../models/softmax.ts';
import { embeddingBag, logitsFromHidden, type EmbeddingBagModel } from './embedding-bag-model.ts';

export interface NeuralTrainOptions {
  /** Hidden width (= embedding width). */
  hidden: number;
  epochs: number;
  /** Examples per gradient step. */
  batchSize: number;
  /** AdaGrad step size of the embedding rows. */
  embeddingLearningRate: number;
  /** Adam step size of the dense parameters. */
  denseLearningRate: number;
  /** Embedding rows start uniform in ±initScale. */
  initScale: number;
  seed: number;
}

const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8 } as const;
const ADAGRAD_EPS = 1e-8;

/** One Adam step on `param` with gradient `grad` (t counts steps from 1). */
function adamStep(param: Float32Array, grad: Float64Array, m: Float64Array, v: Float64Array, t: number, lr: number): void {
  const c1 = 1 - ADAM.beta1 ** t;
  const c2 = 1 - ADAM.beta2 ** t;
  for (let i = 0; i < param.length; i++) {
    m[i] = ADAM.beta1 * m[i] + (1 - ADAM.beta1) * grad[i];
    v[i] = ADAM.beta2 * v[i] + (1 - ADAM.beta2) * grad[i] * grad[i];
    param[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + ADAM.eps);
  }
}

export function initEmbeddingBag(hashBits: number, numClasses: number, opts: Pick<NeuralTrainOptions, 'hidden' | 'initScale' | 'seed'>): EmbeddingBagModel {
  const random = mulberry32(opts.seed);
  const H = opts.hidden;
  const embedding = new Float32Array((1 << hashBits) * H);
  for (let i = 0; i < embedding.length; i++) embedding[i] = (2 * random() - 1) * opts.initScale;
  // Glorot-uniform output layer.
  const limit = Math.sqrt(6 / (H + numClasses));
  const output = new Float32Array(H * numClasses);
  for (let i = 0; i < output.length; i++) output[i] = (2 * random() - 1) * limit;
  return { hashBits, hidden: H, numClasses, embedding, hiddenBias: new Float32Array(H), output, outputBias: new Float32Array(numClasses) };
}

export function trainEmbeddingBag(
  examples: readonly Example[],
  hashBits: number,
  numClasses: number,
  opts: NeuralTrainOptions,
  onEpoch?: (epoch: number, meanLoss: number, model: EmbeddingBagModel) => void,
): EmbeddingBagModel {
  const model = initEmbeddingBag(hashBits, numClasses, opts);
  const H = model.hidden;
  const C = numClasses;
  const E = model.embedding;
  const embeddingG2 = new Float32Array(E.length);
  // Dense parameters in one flat gradient per tensor, with Adam moments.
  const dense = [model.hiddenBias, model.output, model.outputBias];
  const grads = dense.map((p) => new Float64Array(p.length));
  const moments = dense.map((p) => ({ m: new Float64Array(p.length), v: new Float64Array(p.length) }));
  const [gHiddenBias, gOutput, gOutputBias] = grads;
  // Sparse embedding gradient of a batch: slotOf[row] is the row's slot in `rowGrads`, or −1.
  const slotOf = new Int32Array(1 << hashBits).fill(-1);
  const touched: number[] = [];
  let rowGrads = new Float64Array(4096 * H);
  const x = new Float64Array(H);
  const z = new Float64Array(C);
  const dz = new Float64Array(C);
  const dx = new Float64Array(H);
  const random = mulberry32(opts.seed ^ 0x9e3779b9);
  const order = examples.map((_, i) => i);
  let step = 0;

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    let lossSum = 0;
    let weightSum = 0;
    for (let start = 0; start < order.length; start += opts.batchSize) {
      const end = Math.min(start + opts.batchSize, order.length);
      const scale = 1 / (end - start); // mean loss over the batch
      for (const g of grads) g.fill(0);
      for (let b = start; b < end; b++) {
        const ex = examples[order[b]];
        const f = ex.features;
        embeddingBag(model, f, x);
        softmaxInPlace(logitsFromHidden(model, x, z));
        lossSum -= ex.weight * Math.log(Math.max(z[ex.label], 1e-12));
        weightSum += ex.weight;
        // d(loss)/d(logit_c) = p_c − y_c, times the example weight.
        for (let c = 0; c < C; c++) {
          dz[c] = ex.weight * scale * (z[c] - (c === ex.label ? 1 : 0));
          gOutputBias[c] += dz[c];
        }
        for (let h = 0; h < H; h++) {
          if (x[h] <= 0) {
            dx[h] = 0; // ReLU: no gradient through an inactive unit
            continue;
          }
          let d = 0;
          for (let c = 0; c < C; c++) {
            gOutput[h * C + c] += x[h] * dz[c];
            d += model.output[h * C + c] * dz[c];
          }
          dx[h] = d;
          gHiddenBias[h] += d;
        }
        for (let k = 0; k < f.indices.length; k++) {
          const row = f.indices[k];
          let slot = slotOf[row];
          if (slot < 0) {
            slot = slotOf[row] = touched.length;
            touched.push(row);
            if ((slot + 1) * H > rowGrads.length) {
              const grown = new Float64Array(rowGrads.length * 2);
              grown.set(rowGrads);
              rowGrads = grown;
            }
            rowGrads.fill(0, slot * H, (slot + 1) * H);
          }
          const v = f.values[k];
          const base = slot * H;
          for (let h = 0; h < H; h++) rowGrads[base + h] += v * dx[h];
        }
      }
      // AdaGrad on the touched embedding rows only.
      for (let slot = 0; slot < touched.length; slot++) {
        const row = touched[slot];
        const base = row * H;
        const gBase = slot * H;
        for (let h = 0; h < H; h++) {
          const g = rowGrads[gBase + h];
          if (g === 0) continue;
          const g2 = (embeddingG2[base + h] += g * g);
          E[base + h] -= (opts.embeddingLearningRate * g) / (Math.sqrt(g2) + ADAGRAD_EPS);
        }
        slotOf[row] = -1;
      }
      touched.length = 0;
      step++;
      dense.forEach((p, i) => adamStep(p, grads[i], moments[i].m, moments[i].v, step, opts.denseLearningRate));
    }
    onEpoch?.(epoch, lossSum / Math.max(weightSum, 1e-12), model);
  }
  return model;
}
