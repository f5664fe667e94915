/**
 * The VAD task run in a worker thread of the VAD pool (vad-pool.ts): Silero + crosstalk trimming +
 * speech analysis, the whole `vad` stage, so its CPU-heavy loops never hold the main thread.
 * Each worker creates its ONNX session once, on its first task, and reuses it.
 *
 * A worker takes several calls at once (the pool's `tasksPerWorker`): their stereo channels share
 * model calls (models/vad-batcher.ts), which costs less CPU per channel and changes no result.
 *
 * Stopping: the pool raises the task's shared `stop` flag when the run's watchdog gives up on the
 * call. Terminating a worker while onnxruntime is inside `session.run` aborts the whole process
 * (a native `Napi::Error`, seen in vad-pool.test.ts), so the worker stops the task itself instead:
 * the flag is polled every STOP_POLL_MS into the task's AbortSignal, which the analysis checks
 * before every model call. Silero runs one short frame (32 ms of audio) per call and the thread's
 * event loop turns between model calls, so a stopped task ends within milliseconds and the
 * worker, with the other calls it is analysing, goes on.
 */
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import type { CallAudio } from '../audio/index.ts';
import type { SpeechAnalysis } from '../types.ts';
import { createVadStage, type VadStageOptions } from './stages.ts';

/** How often a running task looks at its stop flag, ms. */
const STOP_POLL_MS = 20;

export type VadTask =
  | { type: 'version' }
  /** `stop` is one Int32 on a SharedArrayBuffer: 1 once the task should end. */
  | { type: 'analyse'; audio: CallAudio; stop: Int32Array };

/** What an `analyse` task answers: the analysis, and the caller's samples handed back (moved, not copied). */
export interface VadReply {
  analysis: SpeechAnalysis;
  agent: Float32Array;
  customer: Float32Array | null;
}

export interface VadWorkerData {
  /** File URL of the task module this worker runs (read by ts-worker-boot.mjs). */
  taskModule: string;
  stageOptions: VadStageOptions;
}

let stage: ReturnType<typeof createVadStage> | undefined;

export default async function runVadTask(task: VadTask): Promise<string | VadReply> {
  stage ??= createVadStage((workerData as VadWorkerData).stageOptions);
  const vad = await stage;
  if (task.type === 'version') return vad.version;
  const stop = new AbortController();
  const poll = setInterval(() => {
    if (Atomics.load(task.stop, 0) === 1) stop.abort();
  }, STOP_POLL_MS);
  let analysis: SpeechAnalysis;
  try {
    analysis = await vad.analyse(task.audio, stop.signal);
  } finally {
    clearInterval(poll);
  }
  const { agent, customer } = task.audio;
  const reply: VadReply = { analysis, agent, customer };
  return move({ [transferableSymbol]: samplesBuffers(agent, customer), [valueSymbol]: reply } as never) as unknown as VadReply;
}

/** The distinct buffers under a call's samples (both sides may view one buffer). */
export function samplesBuffers(agent: Float32Array, customer: Float32Array | null): ArrayBuffer[] {
  const buffers = [agent.buffer as ArrayBuffer];
  if (customer && customer.buffer !== agent.buffer) buffers.push(customer.buffer as ArrayBuffer);
  return buffers;
}
