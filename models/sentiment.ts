/**
 * Compact sentiment runner: the project's own committed linear model
 * (`models/sentiment/model.onnx` + `config.json`, trained by scripts/training/train-sentiment.ts),
 * run through onnxruntime-node. Works on any machine with no download.
 *
 * One session per loaded model; texts are featurized with the same shared featurizer the
 * trainer used, packed as sparse rows (feature buckets + values) and scored in batches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import type { Transcript, TurnSentiment } from '../pipeline/types.ts';
import { COMPACT_CONFIG_FILE, COMPACT_SENTIMENT_DIR, readCompactConfig, type CompactSentimentConfig } from './sentiment/config.ts';
import { Featurizer, SENTIMENT_LABELS, type SparseFeatures } from './sentiment/featurizer.ts';
import { featureBuckets, packBuckets, type SparseBatch } from './sentiment/sparse-batch.ts';
import { scoreTranscriptWith, type ModelAvailability, type SentimentModel, type SentimentProbs } from './sentiment/scoring.ts';
import { executionProviders } from './device.ts';

export type { ModelAvailability, SentimentModel, SentimentProbs } from './sentiment/scoring.ts';

export interface CompactSentimentOptions {
  /** Folder holding config.json and the ONNX file; default the committed `models/sentiment/`. */
  dir?: string;
  /** Threads inside one operator (MatMul); default 1 so parallel calls don't oversubscribe cores. */
  intraOpNumThreads?: number;
  /** Threads across operators; default 1 (the graph is a chain). */
  interOpNumThreads?: number;
  /** Texts per ONNX run. Default 32. */
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
  private readonly featurizer: Featurizer;
  // The featurizer's scratch buffers are shared, so runs are queued one after another.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly session: ort.InferenceSession,
    readonly config: CompactSentimentConfig,
    private readonly batchSize: number,
  ) {
    this.version = `${config.id}@${config.model.sha256.slice(0, 12)}`;
    this.featurizer = new Featurizer(config.featurizer);
  }

  /** Featurizes with the shared featurizer (exposed for the trainer/ONNX parity check). */
  featurize(text: string): SparseFeatures {
    return this.featurizer.featurize(text);
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
    const buckets = featureBuckets(this.featurizer, texts);
    // Batches of texts with similar feature counts: padding every row to the longest one in a
    // mixed batch would make onnxruntime gather many times more (zero) rows than it needs.
    const order = Array.from(buckets.keys());
    if (texts.length > this.batchSize) order.sort((a, b) => buckets[a].length - buckets[b].length);
    const out: SentimentProbs[] = new Array<SentimentProbs>(texts.length);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const end = Math.min(start + this.batchSize, order.length);
      const probs = await this.runBatch(packBuckets(buckets, order, start, end));
      for (let r = start; r < end; r++) out[order[r]] = probs[r - start];
    }
    return out;
  }

  private async runBatch({ rows, width, indices, values }: SparseBatch): Promise<SentimentProbs[]> {
    const { inputs, outputName } = this.config.model;
    const result = await this.session.run(
      {
        [inputs.indices]: new ort.Tensor('int32', indices, [rows, width]),
        [inputs.values]: new ort.Tensor('float32', values, [rows, width, 1]),
      },
      [outputName],
    );
    const probs = result[outputName].data as Float32Array;
    const C = SENTIMENT_LABELS.length;
    const out: SentimentProbs[] = new Array<SentimentProbs>(rows);
    for (let row = 0; row < rows; row++) {
      out[row] = { negative: probs[row * C], neutral: probs[row * C + 1], positive: probs[row * C + 2] };
    }
    return out;
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
    executionProviders: executionProviders(),
  });
  return new CompactSentimentModel(session, config, opts.batchSize ?? 32);
}

/** Short names matching the other runners (`load()` / availability check). */
export const load = loadCompactSentiment;
export const availability = compactSentimentAvailability;
