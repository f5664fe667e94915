/**
 * Writes a neural sentiment model as a folder the runtime runner (models/sentiment.ts) loads
 * unchanged: model.onnx plus a config.json with the linear model's featurizer, inputs and
 * output. compare.ts writes the trained model this way for the benchmark.
 *
 * As a script it writes an untrained model of the chosen width, to measure the architecture's
 * throughput before training (speed does not depend on the weight values):
 *
 *   npx tsx scripts/training/sentiment/neural/write-model-dir.ts --untrained [--hidden 64] --out <dir>
 *   CALLQA_SENTIMENT_DIR=<dir> npx tsx scripts/bench/main.ts sentiment
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPACT_CONFIG_FILE, type CompactSentimentConfig } from '../../../../models/sentiment/config.ts';
import { SENTIMENT_LABELS } from '../../../../models/sentiment/featurizer.ts';
import { ONNX_NAMES } from '../export-onnx.ts';
import { FEATURIZER } from '../train-model.ts';
import type { EmbeddingBagModel } from './embedding-bag-model.ts';
import { initEmbeddingBag } from './embedding-bag-trainer.ts';
import { buildEmbeddingBagOnnx } from './export-embedding-bag-onnx.ts';
import { NEURAL_OPTIONS } from './train-neural-model.ts';

export const NEURAL_MODEL_ID = 'callqa-sentiment-neural';

/** Writes `<out>/model.onnx` and `<out>/config.json`; `training` is recorded in the config. */
export function writeNeuralModelDir(model: EmbeddingBagModel, out: string, training: Record<string, unknown>): string {
  const onnx = buildEmbeddingBagOnnx(
    model,
    { labels: SENTIMENT_LABELS.join(','), featurizer: JSON.stringify(FEATURIZER), model_id: NEURAL_MODEL_ID },
    'Tried for issue 11: hashed n-gram features (as the compact linear model) → embedding bag → ReLU → softmax.',
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'model.onnx'), onnx);
  const config: CompactSentimentConfig = {
    id: NEURAL_MODEL_ID,
    featurizer: FEATURIZER,
    model: { file: 'model.onnx', sha256: createHash('sha256').update(onnx).digest('hex'), inputs: { indices: ONNX_NAMES.indices, values: ONNX_NAMES.values }, outputName: ONNX_NAMES.probs },
    training: { script: 'scripts/training/sentiment/neural/compare.ts', options: { ...NEURAL_OPTIONS, hidden: model.hidden }, ...training },
  };
  writeFileSync(join(out, COMPACT_CONFIG_FILE), JSON.stringify(config, null, 2) + '\n');
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const value = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const out = value('--out');
  if (!out || !process.argv.includes('--untrained')) throw new Error('usage: write-model-dir.ts --untrained [--hidden N] --out <dir>');
  const hidden = Number(value('--hidden') ?? NEURAL_OPTIONS.hidden);
  writeNeuralModelDir(initEmbeddingBag(FEATURIZER.hashBits, SENTIMENT_LABELS.length, { ...NEURAL_OPTIONS, hidden }), out, { untrained: true });
  console.log(`wrote an untrained ${hidden}-wide model to ${out}`);
}
