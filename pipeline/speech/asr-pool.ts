/**
 * A pool of worker threads, each holding one Whisper model (ONNX sessions created once per
 * worker, reused for every clip). It is a `Recognizer`, so `transcribeCall(pool, …)` sends a
 * call's clips to all workers at once. Size and threads are planned from the machine: see
 * `planAsrPool`. Call `close()` when the run ends, or the workers keep the process alive.
 */
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { asrAvailability, modelsDir } from '../../models/registry.ts';
import type { Language } from '../types.ts';
import type { RawAsrOutput } from './asr-output.ts';
import type { Recognizer } from './transcribe.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './asr-worker.ts';

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
}

export interface AsrPool extends Recognizer {
  plan: PoolPlan;
  close(): Promise<void>;
}

/** A request before the pool gives it an id (Omit distributed over the union). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type RequestBody = DistributiveOmit<WorkerRequest, 'id'>;

interface Job {
  request: RequestBody;
  transfer: ArrayBuffer[];
  resolve(value: unknown): void;
  reject(err: Error): void;
}

/** A worker that loads TypeScript: register tsx's loader inside the thread, then import the entry. */
function spawnTsWorker(entry: URL, workerData: unknown): Worker {
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  const boot = `import { register } from ${JSON.stringify(api)}; import { workerData } from 'node:worker_threads'; register(); await import(workerData.entry);`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { ...(workerData as object), entry: entry.href } });
}

export async function createAsrPool(modelId?: string, options: AsrPoolOptions = {}): Promise<AsrPool | { unavailable: string }> {
  const dir = options.dir ?? modelsDir();
  const available = await asrAvailability(modelId, { dir });
  if (!available.ok) return { unavailable: available.message };
  const { entry } = available;
  let modelBytes = 0;
  for (const f of entry.files) modelBytes += (await stat(join(available.folder, f.path))).size;
  const planned = planAsrPool({ cores: availableParallelism(), totalMemBytes: totalmem(), modelBytes }, options.workers);
  const plan = { workers: planned.workers, intraOpThreads: options.intraOpThreads ?? planned.intraOpThreads };

  const setup: WorkerSetup = { modelId: entry.id, dir, intraOpThreads: plan.intraOpThreads, interOpThreads: 1 };
  const workers = Array.from({ length: plan.workers }, () => spawnTsWorker(new URL('./asr-worker.ts', import.meta.url), setup));
  const ready = await Promise.all(
    workers.map(
      (w) =>
        new Promise<WorkerReply>((resolve) => {
          w.once('message', resolve);
          w.once('error', (err) => resolve({ type: 'unavailable', message: `ASR worker failed to start: ${err.message}` }));
        }),
    ),
  );
  const bad = ready.find((r) => r.type !== 'ready');
  if (bad) {
    // Let the workers end by themselves: terminate() while onnxruntime is still tearing down a
    // session that failed to load can abort the whole process (a native Napi::Error).
    await Promise.all(workers.map((w) => exited(w, 10_000)));
    return { unavailable: bad.type === 'unavailable' ? bad.message : 'ASR worker failed to start' };
  }
  const info = ready[0] as Extract<WorkerReply, { type: 'ready' }>;

  const queue: Job[] = [];
  const idle: Worker[] = [...workers];
  const inFlight = new Map<Worker, Job>();
  let nextId = 0;
  let closed = false;

  const pump = () => {
    while (idle.length && queue.length) {
      const w = idle.shift()!;
      const job = queue.shift()!;
      inFlight.set(w, job);
      w.postMessage({ ...job.request, id: nextId++ }, job.transfer);
    }
  };
  for (const w of workers) {
    w.on('message', (reply: WorkerReply) => {
      const job = inFlight.get(w);
      if (!job) return;
      inFlight.delete(w);
      if (reply.type === 'result') job.resolve(reply.output);
      else if (reply.type === 'language') job.resolve(reply.language);
      else job.reject(new Error(reply.type === 'error' ? reply.message : `unexpected ASR worker reply ${reply.type}`));
      idle.push(w);
      pump();
    });
    w.on('error', (err) => {
      // A crashed worker fails only the clip it held; the others carry on.
      inFlight.get(w)?.reject(new Error(`ASR worker crashed: ${err.message}`));
      inFlight.delete(w);
    });
  }

  const submit = <T>(request: Job['request'], samples: Float32Array): Promise<T> => {
    if (closed) return Promise.reject(new Error('ASR pool is closed'));
    // Copy, then transfer the copy: the caller may still use its samples (e.g. detect, then recognize).
    const copy = samples.slice();
    return new Promise<T>((resolve, reject) => {
      queue.push({ request: { ...request, samples: copy }, transfer: [copy.buffer], resolve: resolve as (v: unknown) => void, reject });
      pump();
    });
  };

  return {
    plan,
    model: info.model,
    revision: info.revision,
    dtype: info.dtype,
    wordTimestamps: info.wordTimestamps,
    recognize: (samples: Float32Array, language: Language) => submit<RawAsrOutput>({ type: 'recognize', samples, language }, samples),
    detectLanguage: (samples: Float32Array, candidates: Language[]) => submit<Language>({ type: 'detect', samples, candidates }, samples),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('ASR pool closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Resolves when the worker has exited; terminates it if it has not within `timeoutMs`. */
function exited(worker: Worker, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve()), timeoutMs);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
