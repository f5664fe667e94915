/**
 * What the compact model is trained with (featurizer settings, optimiser options, loss weight
 * per source) and one function that trains it on a set of rows. Shared by the training script
 * (train-sentiment.ts) and the leave-one-dataset-out evaluation (leave-one-out.ts), so both
 * train the same way.
 */
import { featurize, NORMALIZATION_STEPS, SENTIMENT_LABELS, type FeaturizerConfig, type SparseFeatures } from '../../../models/sentiment/featurizer.ts';
import type { SplitRow } from './splits.ts';
import { trainSoftmax, type LinearModel, type TrainOptions } from './trainer.ts';

/** Chosen on the dev splits (see models/README.md). */
export const FEATURIZER: FeaturizerConfig = {
  hashBits: 18,
  hanNgrams: [1, 3],
  wordNgrams: [1, 2],
  wordCharNgrams: [3, 5],
  negationScope: true,
  normalization: NORMALIZATION_STEPS,
  labels: SENTIMENT_LABELS,
};

export const TRAIN_OPTIONS: TrainOptions = { epochs: 3, learningRate: 0.1, l2: 1e-6, seed: 7 };

/**
 * Loss weight per source (default 1), chosen on the dev splits (never on a test split or the
 * held-out customer-service file). MultiDoGO is large (37k turns) and weakly labelled: at
 * full weight it made every service-register sentence neutral, complaints included. USS
 * ratings describe how the dialogue goes, not the words, so they count little. The Mandarin
 * templates and the few real MobileCS neutral turns get more weight because Mandarin has no
 * other neutral source. Lexicon entries are single words, so they count three times.
 */
export const SOURCE_WEIGHTS: Record<string, number> = {
  multidogo: 0.1,
  uss: 0.3,
  // GoEmotions (43k Reddit comments) at full weight pulled SST-2 dev below 0.80; SST at double
  // weight keeps the film-review register that the binary bounds measure.
  goemotions: 0.5,
  sst_fine: 2,
  zh_neutral_templates: 1.5,
  mobilecs_neutral: 3,
  en_neutral_templates: 0.5,
  // Generated complaints (en-complaints.ts): half weight, like the neutral templates they mirror.
  en_complaint_templates: 0.5,
  en_lexicon: 3,
};

/**
 * Loss weight per gold class, multiplied with the source weight. Public sets under-represent
 * complaints relative to a service line, and a missed upset customer costs a coach more than
 * a calm turn flagged for a look, so negative counts more (chosen on the dev splits).
 */
export const CLASS_WEIGHTS: Record<string, number> = { negative: 1.5, neutral: 1, positive: 1 };

/** Features of a row, computed once per text and shared between training runs. */
export type FeatureCache = Map<string, SparseFeatures>;

export function featuresOf(text: string, cache?: FeatureCache): SparseFeatures {
  let f = cache?.get(text);
  if (!f) {
    f = featurize(text, FEATURIZER);
    cache?.set(text, f);
  }
  return f;
}

/** Trains the linear softmax on `rows` (all of them: the caller picks the split). */
export function trainOnRows(
  rows: readonly SplitRow[],
  cache?: FeatureCache,
  onEpoch?: (epoch: number, meanLoss: number) => void,
): LinearModel {
  const examples = rows.map((r) => ({
    features: featuresOf(r.text, cache),
    label: SENTIMENT_LABELS.indexOf(r.label),
    weight: (SOURCE_WEIGHTS[r.source] ?? 1) * (CLASS_WEIGHTS[r.label] ?? 1),
  }));
  return trainSoftmax(examples, FEATURIZER.hashBits, SENTIMENT_LABELS.length, TRAIN_OPTIONS, onEpoch);
}
