/**
 * The VAD task run in a worker thread of the VAD pool (vad-pool.ts): Silero + crosstalk trimming +
 * speech analysis, the whole `vad` stage, so its CPU-heavy loops never hold the main thread.
 * Each worker creates its ONNX session once, on its first task, and reuses it.
 *
 * Stopping: the pool raises the task's shared `stop` flag when the run's watchdog gives up on the
 * call. Terminating a worker while onnxruntime is inside `session.run` aborts the whole process
 * (a native `Napi::Error`, seen in vad-pool.test.ts), so the worker stops itself instead: every
 * model call of this thread first checks the flag, and throws once it is up. Silero runs one short
 * frame (32 ms of audio) per call, so a stopped task ends within a frame and the worker is reused.
 */
import * as ort from 'onnxruntime-node';
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import type { CallAudio } from '../audio/index.ts';
import type { SpeechAnalysis } from '../types.ts';
import { createVadStage, type VadStageOptions } from './stages.ts';

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

/** The stop flag of the task running now (one task at a time per worker). */
let currentStop: Int32Array | null = null;

// Only inside the pool's worker threads (this module is imported nowhere else but for types):
// make every model call of this thread a point where a stopped task ends.
// (InferenceSession is a class at run time; its typings describe only the factory.)
const sessionClass = ort.InferenceSession as unknown as { prototype: ort.InferenceSession };
const modelCall = sessionClass.prototype.run;
sessionClass.prototype.run = function stoppableRun(this: ort.InferenceSession, ...args: Parameters<typeof modelCall>) {
  if (currentStop && Atomics.load(currentStop, 0) === 1) return Promise.reject(new Error('VAD task stopped'));
  return modelCall.apply(this, args);
} as typeof modelCall;

let stage: ReturnType<typeof createVadStage> | undefined;

export default async function runVadTask(task: VadTask): Promise<string | VadReply> {
  stage ??= createVadStage((workerData as VadWorkerData).stageOptions);
  const vad = await stage;
  if (task.type === 'version') return vad.version;
  currentStop = task.stop;
  let analysis: SpeechAnalysis;
  try {
    analysis = await vad.analyse(task.audio);
  } finally {
    currentStop = null;
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
