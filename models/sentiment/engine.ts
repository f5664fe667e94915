/**
 * Picks the sentiment engine named in config (`sentiment.engine`): the compact committed model
 * (always available) or the transformer (only where fetched). When the transformer is missing
 * the caller decides: get `{ unavailable }` back, or fall back to the compact model with a note
 * saying why — a nightly run should go on, and say so.
 */
import { loadCompactSentiment } from '../sentiment.ts';
import { loadTransformerSentiment } from '../sentiment-transformer.ts';
import type { SentimentModel } from './scoring.ts';

export type SentimentEngine = 'compact' | 'transformer';

export interface EngineOptions {
  /** Transformer id from models/models.json; default the sentiment default. */
  transformerId?: string;
  /** Models folder for the transformer. */
  dir?: string;
  /** onnxruntime threads inside one operator; default 1. */
  intraOpNumThreads?: number;
  /** Use the compact model when the transformer is unavailable (default true). */
  fallbackToCompact?: boolean;
}

export type EngineLoad = { model: SentimentModel; note?: string } | { unavailable: string };

export async function loadSentimentEngine(engine: SentimentEngine, opts: EngineOptions = {}): Promise<EngineLoad> {
  const threads = { intraOpNumThreads: opts.intraOpNumThreads ?? 1 };
  if (engine === 'compact') return { model: await loadCompactSentiment(threads) };
  const loaded = await loadTransformerSentiment(opts.transformerId, { dir: opts.dir, ...threads });
  if (!('unavailable' in loaded)) return { model: loaded };
  if (opts.fallbackToCompact === false) return loaded;
  return { model: await loadCompactSentiment(threads), note: `${loaded.unavailable} Using the compact sentiment model instead.` };
}
