/**
 * Compact sentiment runner: the project's own committed linear model
 * (`models/sentiment/model.onnx` + `config.json`, trained by scripts/training/train-sentiment.ts),
 * run through onnxruntime-node. Works on any machine with no download.
 *
 * One session per loaded model; texts are featurized with the same shared featurizer the
 * trainer used, written as dense rows and scored in batches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import type { Transcript, TurnSentiment } from '../pipeline/types.ts';
import { COMPACT_CONFIG_FILE, COMPACT_SENTIMENT_DIR, readCompactConfig, type CompactSentimentConfig } from './sentiment/config.ts';
import { featurize, SENTIMENT_LABELS, type SparseFeatures } from './sentiment/featurizer.ts';
import { scoreTranscriptWith, type ModelAvailability, type SentimentModel, type SentimentProbs } from './sentiment/scoring.ts';

export type { ModelAvailability, SentimentModel, SentimentProbs } from './sentiment/scoring.ts';

export interface CompactSentimentOptions {
  /** Folder holding config.json and the ONNX file; default the committed `models/sentiment/`. */
  dir?: string;
  /** Threads inside one operator (MatMul); default 1 so parallel calls don't oversubscribe cores. */
  intraOpNumThreads?: number;
  /** Threads across operators; default 1 (the graph is a chain). */
  interOpNumThreads?: number;
  /** Texts per ONNX run; each row is 2^hashBits floats, so this bounds memory. Default 32. */
  batchSize?: number;
}

/** Are the committed config and ONNX file present? Names the missing file. */
export function compactSentimentAvailability(dir = COMPACT_SENTIMENT_DIR): ModelAvailability {
  const configFile = join(dir, COMPACT_CONFIG_FILE);
  if (!existsSync(configFile)) {
    return { available: false, path: dir, reason: `compact sentiment config ${configFile} is missing; run \`npx tsx scripts/training/train-sentiment.ts\`` };
  }
  let config: CompactSentimentConfig;
  try {
    config = readCompactConfig(dir);
  } catch (err) {
    return { available: false, path: dir, reason: (err as Error).message };
  }
  const modelFile = join(dir, config.model.file);
  if (!existsSync(modelFile)) {
    return { available: false, path: dir, reason: `compact sentiment model ${modelFile} is missing; run \`npx tsx scripts/training/train-sentiment.ts\`` };
  }
  return { available: true, path: dir };
}

export class CompactSentimentModel implements SentimentModel {
  readonly version: string;
  private readonly width: number;
  private readonly dense: Float32Array;
  // Runs share one input buffer, so they are queued one after another.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly session: ort.InferenceSession,
    readonly config: CompactSentimentConfig,
    private readonly batchSize: number,
  ) {
    this.version = `${config.id}@${config.model.sha256.slice(0, 12)}`;
    this.width = 1 << config.featurizer.hashBits;
    this.dense = new Float32Array(batchSize * this.width);
  }

  /** Featurizes with the shared featurizer (exposed for the trainer/ONNX parity check). */
  featurize(text: string): SparseFeatures {
    return featurize(text, this.config.featurizer);
  }

  scoreTexts(texts: string[]): Promise<SentimentProbs[]> {
    const run = this.queue.then(() => this.scoreAll(texts));
    this.queue = run.catch(() => undefined);
    return run;
  }

  scoreTranscript(transcript: Transcript): Promise<TurnSentiment[]> {
    return scoreTranscriptWith((texts) => this.scoreTexts(texts), transcript);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.session.release();
  }

  private async scoreAll(texts: string[]): Promise<SentimentProbs[]> {
    const out: SentimentProbs[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      const batch = texts.slice(start, start + this.batchSize).map((t) => this.featurize(t));
      out.push(...(await this.runBatch(batch)));
    }
    return out;
  }

  private async runBatch(batch: SparseFeatures[]): Promise<SentimentProbs[]> {
    const { width, dense } = this;
    batch.forEach((f, row) => {
      for (let k = 0; k < f.indices.length; k++) dense[row * width + f.indices[k]] = f.values[k];
    });
    try {
      const input = new ort.Tensor('float32', dense.subarray(0, batch.length * width), [batch.length, width]);
      const result = await this.session.run({ [this.config.model.inputName]: input });
      const probs = result[this.config.model.outputName].data as Float32Array;
      const C = SENTIMENT_LABELS.length;
      return batch.map((_, row) => ({
        negative: probs[row * C],
        neutral: probs[row * C + 1],
        positive: probs[row * C + 2],
      }));
    } finally {
      // Zero only what was written: far cheaper than clearing the whole batch buffer.
      batch.forEach((f, row) => {
        for (let k = 0; k < f.indices.length; k++) dense[row * width + f.indices[k]] = 0;
      });
    }
  }
}

/**
 * Loads the compact model: validates config.json, checks the ONNX file's sha256 against it
 * (a mismatched pair would silently mis-score), and opens one onnxruntime session.
 */
export async function loadCompactSentiment(opts: CompactSentimentOptions = {}): Promise<CompactSentimentModel> {
  const dir = opts.dir ?? COMPACT_SENTIMENT_DIR;
  const availability = compactSentimentAvailability(dir);
  if (!availability.available) throw new Error(availability.reason);
  const config = readCompactConfig(dir);
  const modelFile = join(dir, config.model.file);
  const bytes = readFileSync(modelFile);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== config.model.sha256) {
    throw new Error(`compact sentiment model ${modelFile} has sha256 ${sha}, but ${join(dir, COMPACT_CONFIG_FILE)} expects ${config.model.sha256}; retrain or restore both files together`);
  }
  const session = await ort.InferenceSession.create(bytes, {
    intraOpNumThreads: opts.intraOpNumThreads ?? 1,
    interOpNumThreads: opts.interOpNumThreads ?? 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  return new CompactSentimentModel(session, config, opts.batchSize ?? 32);
}

/** Short names matching the other runners (`load()` / availability check). */
export const load = loadCompactSentiment;
export const availability = compactSentimentAvailability;
