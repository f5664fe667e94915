/**
 * A pool of worker threads (piscina), each holding one Whisper model (ONNX sessions created once
 * per worker, reused for every clip). It is a `Recognizer`, so `transcribeCall(pool, …)` sends a
 * call's clips to all workers at once. Size and threads are planned from the machine: see
 * `planAsrPool`. Call `close()` when the run ends, or the workers keep the process alive.
 *
 * A worker that dies (process.exit, an uncaught error, out of memory) is replaced by piscina; the
 * clip it was running is retried once on a fresh worker, and fails with `AsrWorkerCrashedError`
 * (reason `asr_worker_crashed`, naming the clip) if it kills that one too; queued clips go on. A
 * fresh worker that cannot load the model fails each clip it takes with the load error
 * (`AsrLoadFailedError`); if no worker is left and fresh ones fail to start, every clip fails
 * (`AsrWorkersCannotStartError`). No clip waits for a worker that will never serve it.
 *
 * A clip's AbortSignal (the transcript stage's watchdog) rejects it at once: a queued clip is
 * skipped by the worker that takes it, a running one ends at its next model call (asr-worker.ts);
 * only a clip still running `stopGraceMs` later — stuck outside the model — has its worker
 * terminated and replaced.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { CallqaError } from '../errors.ts';
import { asrAvailability, modelsDir } from '../../models/registry.ts';
import type { Language } from '../types.ts';
import type { RawAsrOutput } from './asr-output.ts';
import { TASK_QUEUED, TASK_STOP, type AsrClipTask, type AsrTask, type AsrTaskReply, type AsrWorkerData, type WorkerSetup } from './asr-task.ts';
import type { Recognizer, RecognizeOptions } from './transcribe.ts';

export interface PoolPlan {
  workers: number;
  /** ONNX Runtime intra-op threads per worker. */
  intraOpThreads: number;
}

/**
 * Whole cores per worker, one model per worker. On CPU, Whisper's decoder is a long chain of small
 * matrix products that extra threads barely speed up, so N single-thread workers transcribe about
 * N× as fast as one N-thread model; the limit is memory: each worker holds the weights plus
 * activations, reckoned as 2.5× the model files, and the pool takes at most half the RAM.
 */
export function planAsrPool(machine: { cores: number; totalMemBytes: number; modelBytes: number }, maxWorkers?: number): PoolPlan {
  const perWorker = Math.max(1, machine.modelBytes * 2.5);
  const byMemory = Math.max(1, Math.floor((machine.totalMemBytes * 0.5) / perWorker));
  const workers = Math.max(1, Math.min(machine.cores, byMemory, maxWorkers ?? Infinity));
  return { workers, intraOpThreads: Math.max(1, Math.floor(machine.cores / workers)) };
}

export interface AsrPoolOptions {
  dir?: string;
  /** Override the planned worker count (e.g. config `concurrency`). */
  workers?: number;
  /** Override the planned intra-op threads per worker. */
  intraOpThreads?: number;
  /** How long a stopped clip may take to end by itself before its worker is terminated, ms. Default 2000. */
  stopGraceMs?: number;
}

export interface AsrPool extends Recognizer {
  plan: PoolPlan;
  /** Thread ids of the live workers (a dead worker's id is gone, its replacement's is new). */
  workerThreadIds(): number[];
  close(): Promise<void>;
}

/** A clip that killed its worker, and then the fresh worker it was retried on. */
export class AsrWorkerCrashedError extends CallqaError {
  readonly reason = 'asr_worker_crashed';
  constructor(readonly clip: string, cause: Error) {
    super(`asr_worker_crashed: clip ${clip} killed its ASR worker twice (last: ${cause.message})`, { code: 'asr_worker_crashed', userFacing: false }, { cause });
  }
}

/** The model could not be loaded in the worker that took the clip (e.g. a replacement worker). */
export class AsrLoadFailedError extends CallqaError {
  readonly reason = 'asr_load_failed';
  constructor(readonly clip: string, message: string) {
    super(`asr_load_failed: clip ${clip}: ${message}`, { code: 'asr_load_failed', userFacing: false });
  }
}

/** Workers died and no fresh one could start (e.g. the worker's code cannot be loaded). */
export class AsrWorkersCannotStartError extends CallqaError {
  readonly reason = 'asr_workers_cannot_start';
  constructor(readonly clip: string, cause: Error) {
    super(`asr_workers_cannot_start: clip ${clip}: no ASR worker is left and a fresh one failed to start (${cause.message})`, { code: 'asr_workers_cannot_start', userFacing: false }, { cause });
  }
}

/** How many times a clip is sent to a worker when workers die under it: once, and one retry. */
const ATTEMPTS = 2;

export async function createAsrPool(modelId?: string, options: AsrPoolOptions = {}): Promise<AsrPool | { unavailable: string }> {
  const dir = options.dir ?? modelsDir();
  const available = await asrAvailability(modelId, { dir });
  if (!available.ok) return { unavailable: available.message };
  const { entry } = available;
  let modelBytes = 0;
  for (const f of entry.files) modelBytes += (await stat(join(available.folder, f.path))).size;
  const planned = planAsrPool({ cores: availableParallelism(), totalMemBytes: totalmem(), modelBytes }, options.workers);
  const plan = { workers: planned.workers, intraOpThreads: options.intraOpThreads ?? planned.intraOpThreads };
  return startAsrPool({ modelId: entry.id, dir, intraOpThreads: plan.intraOpThreads, interOpThreads: 1 }, plan, options);
}

/**
 * Starts `plan.workers` workers and loads the recognizer in each (all must load, or the pool is
 * `{ unavailable }` with the load error). `createAsrPool` plans and calls this; tests call it with
 * a stand-in recognizer (`setup.loaderModule`).
 */
export async function startAsrPool(setup: WorkerSetup, plan: PoolPlan, options: Pick<AsrPoolOptions, 'stopGraceMs'> = {}): Promise<AsrPool | { unavailable: string }> {
  const { stopGraceMs = 2000 } = options;
  const workerData: AsrWorkerData = { taskModule: new URL('./asr-worker.ts', import.meta.url).href, setup };
  const pool = new Piscina<AsrTask, AsrTaskReply>({
    filename: fileURLToPath(new URL('./ts-worker-boot.mjs', import.meta.url)),
    workerData,
    minThreads: plan.workers,
    maxThreads: plan.workers,
    // One clip at a time per worker: its model is used sequentially.
    concurrentTasksPerWorker: 1,
    idleTimeout: Infinity,
  });
  let closed = false;
  /** Set once no worker is left and piscina will start no more (fresh workers failed to start). */
  let dead: Error | undefined;
  // Piscina's 'error': a worker died holding no clip — between clips (it is replaced), or a fresh
  // worker failed to start. After a failed start piscina starts no more workers; with none left,
  // queued clips would wait forever, so the pool fails them (destroy rejects the queue) and all after.
  pool.on('error', (err: Error) => {
    if (closed || dead || pool.threads.length > 0) return;
    dead = err;
    void pool.destroy();
  });
  // Load the model in every worker now, so a model that cannot load fails the run at its start.
  const ready = await Promise.allSettled(Array.from({ length: plan.workers }, () => pool.run({ type: 'info' })));
  const info = ready.map((r) =>
    r.status === 'rejected' ? `ASR worker failed to start: ${(r.reason as Error).message}` : r.value.type === 'info' ? r.value : r.value.type === 'failed' ? r.value.message : 'ASR worker failed to start',
  );
  const failed = info.find((r) => typeof r === 'string');
  if (failed !== undefined) {
    await pool.destroy();
    return { unavailable: failed };
  }
  const model = info[0] as Extract<AsrTaskReply, { type: 'info' }>;

  /** Clip tasks sent to piscina and not yet settled, so close() can stop them before terminating workers. */
  const inFlight = new Set<{ state: Int32Array; settled: Promise<void> }>();
  const noop = () => undefined;

  /** Runs one task on some worker; rejects only if the worker died, was terminated, or the caller gave up. */
  const runOnce = (task: AsrClipTask, signal: AbortSignal | undefined): Promise<AsrTaskReply> => {
    const terminate = new AbortController();
    const running = pool.run(task, { transferList: [task.samples.buffer as ArrayBuffer], signal: terminate.signal });
    const tracked = { state: task.state, settled: running.then(noop, noop) };
    inFlight.add(tracked);
    void tracked.settled.then(() => inFlight.delete(tracked));
    if (!signal) return running;
    return new Promise<AsrTaskReply>((resolve, reject) => {
      let grace: NodeJS.Timeout | undefined;
      const onAbort = () => {
        reject(signal.reason instanceof Error ? signal.reason : new Error('ASR clip stopped'));
        // Queued: the worker that takes it will skip it. Running: it ends at its next model call,
        // or, stuck outside the model, its worker is terminated after the grace period.
        if (Atomics.compareExchange(task.state, 0, TASK_QUEUED, TASK_STOP) !== TASK_QUEUED) {
          Atomics.store(task.state, 0, TASK_STOP);
          grace = setTimeout(() => terminate.abort(signal.reason), stopGraceMs);
        }
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      running.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', onAbort);
        clearTimeout(grace);
      });
    });
  };

  const runClip = async (build: (samples: Float32Array, state: Int32Array) => AsrClipTask, samples: Float32Array, opts: RecognizeOptions = {}): Promise<AsrTaskReply> => {
    const clip = opts.clip ?? `of ${(samples.length / 16_000).toFixed(1)} s`;
    let lastCrash: Error | undefined;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (closed) throw new Error('ASR pool is closed');
      if (dead) throw new AsrWorkersCannotStartError(clip, dead);
      opts.signal?.throwIfAborted();
      // Copy, then move the copy: the caller keeps its samples, and a retry needs them again.
      const task = build(samples.slice(), new Int32Array(new SharedArrayBuffer(4)));
      let reply: AsrTaskReply;
      try {
        reply = await runOnce(task, opts.signal);
      } catch (err) {
        if (opts.signal?.aborted || closed) throw err;
        if (dead) throw new AsrWorkersCannotStartError(clip, dead);
        lastCrash = err as Error; // the worker died under this clip; piscina has started a fresh one
        continue;
      }
      if (reply.type === 'failed') {
        if (reply.cause === 'load') throw new AsrLoadFailedError(clip, reply.message);
        throw new Error(reply.message);
      }
      return reply;
    }
    throw new AsrWorkerCrashedError(clip, lastCrash!);
  };

  return {
    plan,
    model: model.model,
    revision: model.revision,
    dtype: model.dtype,
    wordTimestamps: model.wordTimestamps,
    workerThreadIds: () => pool.threads.map((t) => t.threadId),
    async recognize(samples: Float32Array, language: Language, opts?: RecognizeOptions): Promise<RawAsrOutput> {
      const reply = await runClip((s, state) => ({ type: 'recognize', samples: s, language, state }), samples, opts);
      if (reply.type !== 'result') throw new Error(`unexpected ASR worker reply ${reply.type}`);
      return reply.output;
    },
    async detectLanguage(samples: Float32Array, candidates: Language[], opts?: RecognizeOptions): Promise<Language> {
      const reply = await runClip((s, state) => ({ type: 'detect', samples: s, candidates, state }), samples, opts);
      if (reply.type !== 'language') throw new Error(`unexpected ASR worker reply ${reply.type}`);
      return reply.language;
    },
    async close() {
      closed = true;
      // Terminating a worker inside onnxruntime aborts the process: stop every clip first (queued
      // ones are skipped, running ones end at their next model call), then terminate what is left.
      for (const { state } of inFlight) Atomics.store(state, 0, TASK_STOP);
      await Promise.race([Promise.all([...inFlight].map((t) => t.settled)), new Promise((r) => setTimeout(r, stopGraceMs).unref())]);
      await pool.destroy();
    },
  };
}
