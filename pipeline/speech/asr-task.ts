/**
 * What the ASR pool (asr-pool.ts) and its worker threads (asr-worker.ts) say to each other.
 * Tasks never throw for an expected failure (model missing, a clip the model rejects, a stopped
 * clip): they answer `{ type: 'failed' }`. So any rejection of a pool task means the worker
 * itself died (process.exit, an uncaught error, the thread terminated), which the pool retries.
 */
import type { Language } from '../types.ts';
import type { RawAsrOutput } from './asr-output.ts';
import type { Recognizer } from './transcribe.ts';

/** What the worker needs to load its recognizer. */
export interface WorkerSetup {
  modelId: string;
  dir: string;
  intraOpThreads: number;
  interOpThreads: number;
  /**
   * File URL of a module exporting `loadRecognizer(setup)`, used instead of Whisper (models/asr.ts).
   * A seam for fault tests, which stand a recognizer that crashes its worker in Whisper's place.
   */
  loaderModule?: string;
  /** Passed to `loaderModule` as is (structured clone: a SharedArrayBuffer stays shared). */
  loaderOptions?: unknown;
}

/** A recognizer factory, as models/asr.ts `loadAsr` is one. */
export type LoadRecognizer = (setup: WorkerSetup) => Promise<Recognizer | { unavailable: string }>;

export interface AsrWorkerData {
  /** File URL of asr-worker.ts (read by ts-worker-boot.mjs). */
  taskModule: string;
  setup: WorkerSetup;
}

/**
 * A clip task's life, one Int32 on a SharedArrayBuffer shared by the pool and the worker:
 * QUEUED until a worker takes it (→ RUNNING), STOP once its caller gave up. A worker that takes a
 * task already at STOP skips it; a running one ends at its next model call.
 */
export const TASK_QUEUED = 0;
export const TASK_RUNNING = 1;
export const TASK_STOP = 2;

export type AsrTask =
  | { type: 'info' }
  | { type: 'recognize'; samples: Float32Array; language: Language; state: Int32Array }
  | { type: 'detect'; samples: Float32Array; candidates: Language[]; state: Int32Array };

/** A task that carries a clip (and the clip's shared state). */
export type AsrClipTask = Extract<AsrTask, { type: 'recognize' | 'detect' }>;

export type AsrTaskReply =
  | { type: 'info'; model: string; revision: string | null; dtype: string; wordTimestamps: boolean }
  | { type: 'result'; output: RawAsrOutput }
  | { type: 'language'; language: Language }
  /** `load`: the model could not be loaded in this worker; `recognize`: the model failed on this clip. */
  | { type: 'failed'; cause: 'load' | 'recognize' | 'stopped'; message: string };
