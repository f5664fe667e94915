/**
 * Whisper through transformers.js (`@huggingface/transformers`, which runs on the project's one
 * pinned onnxruntime-node). Offline by construction: remote loading is switched off and models
 * are read from the models folder (`$CALLQA_MODELS_DIR`, default models/hub); a missing model
 * comes back as `{ unavailable: message }`, never as a download.
 *
 * `loadAsr` creates the ONNX sessions once; reuse the model for every call. For several cores,
 * `createAsrPool` (pipeline/speech/asr-pool.ts) runs one model per worker thread.
 */
import { availableParallelism } from 'node:os';
import { env, pipeline, Tensor } from '@huggingface/transformers';
import type { Language, RawAsrOutput, Recognizer } from '../pipeline/types.ts';
import { asrAvailability, modelsDir, type ModelEntry } from './registry.ts';
import { modelDevice } from './device.ts';

export type { Recognizer } from '../pipeline/types.ts';
export { asrAvailability } from './registry.ts';

export interface AsrLoadOptions {
  /** Models folder; default `modelsDir()`. */
  dir?: string;
  /**
   * ONNX Runtime threads inside one operator (matrix products). Default: all cores for a single
   * in-process model; the worker pool passes its per-worker share.
   */
  intraOpThreads?: number;
  /** ONNX Runtime threads across independent graph branches. Default 1: Whisper's graphs are sequential. */
  interOpThreads?: number;
}

export interface AsrModel extends Recognizer {
  entry: ModelEntry;
  threads: { intraOp: number; interOp: number };
  close(): Promise<void>;
}

export type AsrLoad = AsrModel | { unavailable: string };

/** Point transformers.js at the local models folder and forbid the hub. Idempotent. */
export function configureOfflineModels(dir: string): void {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = dir.endsWith('/') ? dir : `${dir}/`;
  // Nothing to cache: files are read in place, and the library folder may be read-only.
  env.useFSCache = false;
  env.useBrowserCache = false;
}

type AsrPipeline = ((audio: Float32Array, options: Record<string, unknown>) => Promise<RawAsrOutput>) & {
  model: {
    generation_config?: { lang_to_id?: Record<string, number>; decoder_start_token_id?: number };
    (inputs: Record<string, unknown>): Promise<{ logits: Tensor }>;
  };
  processor: (audio: Float32Array) => Promise<{ input_features: Tensor }>;
  dispose(): Promise<void>;
};

export async function loadAsr(modelId?: string, options: AsrLoadOptions = {}): Promise<AsrLoad> {
  const dir = options.dir ?? modelsDir();
  const available = await asrAvailability(modelId, { dir });
  if (!available.ok) return { unavailable: available.message };
  const { entry } = available;
  const intraOp = options.intraOpThreads ?? availableParallelism();
  const interOp = options.interOpThreads ?? 1;

  configureOfflineModels(dir);
  let pipe: AsrPipeline;
  try {
    pipe = (await pipeline('automatic-speech-recognition', entry.repo, {
      dtype: entry.dtype as 'q8',
      device: modelDevice(),
      local_files_only: true,
      session_options: { intraOpNumThreads: intraOp, interOpNumThreads: interOp, executionMode: 'sequential' },
    })) as unknown as AsrPipeline;
  } catch (err) {
    return { unavailable: `Whisper model "${entry.id}" in ${available.folder} could not be loaded: ${(err as Error).message}. Run \`callqa models fetch ${entry.id}\` to repair it.` };
  }

  const wordTimestamps = entry.wordTimestamps === true;
  // One generate() at a time per session: parallel calls would only fight over the same cores.
  let queue: Promise<unknown> = Promise.resolve();
  // A clip whose caller gave up (its AbortSignal) while it waited its turn is dropped unrun.
  const serial = <T>(signal: AbortSignal | undefined, job: () => Promise<T>): Promise<T> => {
    const run = queue.then(() => {
      signal?.throwIfAborted();
      return job();
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    entry,
    model: entry.repo,
    revision: available.revision,
    dtype: entry.dtype,
    wordTimestamps,
    threads: { intraOp, interOp },
    recognize: (samples, language, opts) =>
      serial(opts?.signal, () => pipe(samples, { language, task: 'transcribe', return_timestamps: wordTimestamps ? 'word' : true })),
    detectLanguage: (samples, candidates, opts) => serial(opts?.signal, () => detectLanguage(pipe, samples, candidates)),
    close: () => pipe.dispose(),
  };
}

/**
 * Whisper's own language guess, limited to `candidates`: one decoder step after
 * <|startoftranscript|>, comparing the logits of the language tokens (transformers.js has no
 * language detection of its own; without a language it silently assumes English).
 */
async function detectLanguage(pipe: AsrPipeline, samples: Float32Array, candidates: Language[]): Promise<Language> {
  const config = pipe.model.generation_config;
  const sot = config?.decoder_start_token_id;
  const ids = candidates.map((c) => config?.lang_to_id?.[`<|${c}|>`]);
  if (sot === undefined || ids.some((id) => id === undefined)) return candidates[0];
  const { input_features } = await pipe.processor(samples);
  const { logits } = await pipe.model({ input_features, decoder_input_ids: new Tensor('int64', BigInt64Array.from([BigInt(sot)]), [1, 1]) });
  const vocab = logits.dims[logits.dims.length - 1];
  const last = (logits.data as Float32Array).subarray(logits.data.length - vocab);
  let best = 0;
  ids.forEach((id, i) => {
    if (last[id!] > last[ids[best]!]) best = i;
  });
  return candidates[best];
}
