/**
 * What the neural model is trained with and one function that trains it on a set of rows,
 * mirroring train-model.ts (the linear model): same featurizer, same rows, same loss weight per
 * source and per class — only the model and its optimiser differ, so a comparison measures the
 * model, not the data.
 */
import { SENTIMENT_LABELS } from '../../../../models/sentiment/featurizer.ts';
import type { SplitRow } from '../splits.ts';
import { CLASS_WEIGHTS, FEATURIZER, featuresOf, SOURCE_WEIGHTS, type FeatureCache } from '../train-model.ts';
import type { Example } from '../trainer.ts';
import type { EmbeddingBagModel } from './embedding-bag-model.ts';
import { trainEmbeddingBag, type NeuralTrainOptions } from './embedding-bag-trainer.ts';

/**
 * Chosen by tune.ts on the dev split (never a test split or a held-out customer-service set):
 * width and step size on a 40k-row subsample of the train split (`--grid narrow`), the number of
 * epochs on the whole train split (`--rows 250000 --grid small`); see models/README.md. Width 32
 * rather than 64: the same dev score on the subsample, half the time per sentence.
 */
export const NEURAL_OPTIONS: NeuralTrainOptions = {
  hidden: 32,
  epochs: 2,
  batchSize: 32,
  embeddingLearningRate: 0.02,
  denseLearningRate: 0.003,
  initScale: 0.05,
  seed: 7,
};

/** Training examples of `rows` with the linear model's features and loss weights. */
export function examplesOf(rows: readonly SplitRow[], cache?: FeatureCache): Example[] {
  return rows.map((r) => ({
    features: featuresOf(r.text, cache),
    label: SENTIMENT_LABELS.indexOf(r.label),
    weight: (SOURCE_WEIGHTS[r.source] ?? 1) * (CLASS_WEIGHTS[r.label] ?? 1),
  }));
}

export function trainNeuralOnRows(
  rows: readonly SplitRow[],
  cache?: FeatureCache,
  opts: NeuralTrainOptions = NEURAL_OPTIONS,
  onEpoch?: (epoch: number, meanLoss: number, model: EmbeddingBagModel) => void,
): EmbeddingBagModel {
  return trainEmbeddingBag(examplesOf(rows, cache), FEATURIZER.hashBits, SENTIMENT_LABELS.length, opts, onEpoch);
}
