/**
 * The shipped act model's config (`models/acts/config.json`), written by
 * scripts/training/acts/train-acts.ts next to `model.onnx`: label order, featurizer settings and
 * fingerprint, the ONNX file's sha256, and the training record (data, splits, test figures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../package-root.ts';
import { ACT_LABELS } from './labels.ts';

export const ACT_MODEL_DIR = join(packageRoot, 'models/acts');
export const ACT_CONFIG_FILE = 'config.json';

const range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const actConfigSchema = z.object({
  /** Stable id stored with results, e.g. `callqa-acts`. */
  id: z.string().min(1),
  /** Bumped by hand when the label set or the training recipe changes. */
  version: z.string().min(1),
  labels: z.array(z.string()).refine((l) => l.join() === ACT_LABELS.join(), { message: `labels must be exactly ${ACT_LABELS.join(', ')}` }),
  featurizer: z.object({
    hashBits: z.number().int().min(8).max(20),
    hanNgrams: range,
    wordNgrams: range,
    wordCharNgrams: range,
    wordSkipGap: z.number().int().min(0).max(5).optional(),
    /** featurizerFingerprint() when the model was trained. */
    fingerprint: z.string().regex(/^[0-9a-f]{8}$/),
  }),
  model: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    inputName: z.string(),
    outputName: z.string(),
  }),
  training: z.record(z.string(), z.unknown()),
});

export type ActModelConfig = z.infer<typeof actConfigSchema>;

export function readActConfig(dir = ACT_MODEL_DIR): ActModelConfig {
  const file = join(dir, ACT_CONFIG_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`act model config ${file}: ${(err as Error).message}`);
  }
  const parsed = actConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`act model config ${file}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
