/**
 * The committed compact model's config (`models/sentiment/config.json`), written by
 * scripts/training/train-sentiment.ts next to `model.onnx`: featurizer settings, label order, the
 * ONNX file's sha256 (so a config never runs with a model it was not trained with), and
 * where the training data came from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../package-root.ts';
import { SENTIMENT_LABELS, type FeaturizerConfig } from './featurizer.ts';

/** Folder of the committed compact model (models/sentiment at the package root, also from dist/). */
export const COMPACT_SENTIMENT_DIR = join(packageRoot, 'models/sentiment');
export const COMPACT_CONFIG_FILE = 'config.json';

const range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const compactConfigSchema = z.object({
  /** Stable model id stored with results, e.g. `callqa-sentiment-compact`. */
  id: z.string().min(1),
  featurizer: z.object({
    hashBits: z.number().int().min(8).max(24),
    hanNgrams: range,
    wordNgrams: range,
    wordCharNgrams: range,
    negationScope: z.boolean(),
    normalization: z.array(z.string()),
    labels: z.array(z.string()).refine((l) => l.join() === SENTIMENT_LABELS.join(), {
      message: `labels must be exactly ${SENTIMENT_LABELS.join(', ')}`,
    }),
  }),
  model: z.object({
    file: z.string().min(1),
    /** sha256 (hex) of the ONNX file. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Graph inputs: per row, the feature buckets (int32) and their values (float), padded. */
    inputs: z.object({ indices: z.string(), values: z.string() }),
    outputName: z.string(),
  }),
  /** Free-form training record (data files and their sha256, splits, options, metrics). */
  training: z.record(z.string(), z.unknown()),
});

export type CompactSentimentConfig = Omit<z.infer<typeof compactConfigSchema>, 'featurizer'> & { featurizer: FeaturizerConfig };

/** Reads and validates `<dir>/config.json`; errors name the file and the bad field. */
export function readCompactConfig(dir = COMPACT_SENTIMENT_DIR): CompactSentimentConfig {
  const file = join(dir, COMPACT_CONFIG_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`sentiment config ${file}: ${(err as Error).message}`);
  }
  const parsed = compactConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`sentiment config ${file}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data as CompactSentimentConfig;
}
