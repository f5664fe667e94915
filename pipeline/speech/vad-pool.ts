/**
 * The `vad` stage on a pool of worker threads (piscina), so that Silero, crosstalk trimming and
 * speech analysis — seconds of CPU per call — never run on the main thread: the process that
 * coordinates the night (or serves the API that started it) keeps answering.
 *
 * Stopping a task (its AbortSignal, aborted by the run's watchdog) happens in two steps: the task's
 * shared stop flag is raised, and the worker ends the task itself at its next model call (see
 * vad-worker.ts: terminating a thread inside onnxruntime aborts the process); a task still running
 * `stopGraceMs` later is stuck outside the model (an endless loop), and its worker is terminated —
 * piscina's abort — and replaced by a fresh one.
 *
 * Size the pool to the calls processed at once (config `concurrency`) with `calls`: a call waiting
 * for a worker would wait inside its VAD budget, so every call in flight gets a place at once. The
 * threads are the machine's cores (no more: one ONNX session per core keeps each core busy), and
 * each thread takes its share of the calls together, their channels batched into shared model
 * calls (vad-worker.ts, models/vad-batcher.ts).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CallAudio } from '../audio/index.ts';
import type { VadStage, VadStageOptions } from './stages.ts';
import { samplesBuffers, type VadReply, type VadTask, type VadWorkerData } from './vad-worker.ts';

export interface VadPoolOptions extends VadStageOptions {
  /**
   * Calls analysed at once: `threads` defaults to min(calls, cores) and `tasksPerWorker` to the
   * calls spread over them (rounded up). Without it, one call per thread.
   */
  calls?: number;
  /** Worker threads (one ONNX session each). Default: min(`calls`, the machine's parallelism). */
  threads?: number;
  /** Calls one worker analyses at once (their channels batched). Default: `calls` / threads rounded up, else 1. */
  tasksPerWorker?: number;
  /**
   * The task module the workers run; default ./vad-worker.ts. A seam for fault tests, which
   * stand a deliberately broken VAD in its place.
   */
  taskModule?: URL;
  /** How long a stopped task may take to end by itself before its worker is terminated, ms. Default 2000. */
  stopGraceMs?: number;
}

export interface VadPool extends VadStage {
  threads: number;
  tasksPerWorker: number;
  /** Thread ids of the live workers (a terminated worker's id is gone, its replacement's is new). */
  workerThreadIds(): number[];
  close(): Promise<void>;
}

/** The pool's threads and calls per thread for these options (what createVadPool builds; benches size their work by it). */
export function vadPoolShape(options: Pick<VadPoolOptions, 'calls' | 'threads' | 'tasksPerWorker'>): { threads: number; tasksPerWorker: number } {
  const { calls, threads: wanted, tasksPerWorker: perWorker } = options;
  const threads = Math.max(1, Math.floor(wanted ?? Math.min(calls ?? Infinity, availableParallelism())));
  const tasksPerWorker = Math.max(1, Math.floor(perWorker ?? (calls ? Math.ceil(calls / threads) : 1)));
  return { threads, tasksPerWorker };
}

export async function createVadPool(options: VadPoolOptions = {}): Promise<VadPool> {
  const { calls, threads: wanted, tasksPerWorker: perWorker, taskModule, stopGraceMs = 2000, ...stageOptions } = options;
  const { threads, tasksPerWorker } = vadPoolShape({ calls, threads: wanted, tasksPerWorker: perWorker });
  const workerData: VadWorkerData = { taskModule: (taskModule ?? new URL('./vad-worker.ts', import.meta.url)).href, stageOptions };
  const pool = new Piscina<VadTask, string | VadReply>({
    filename: fileURLToPath(new URL('./ts-worker-boot.mjs', import.meta.url)),
    workerData,
    minThreads: threads,
    maxThreads: threads,
    // A worker's calls share its one ONNX session, batched frame by frame (models/vad-batcher.ts).
    concurrentTasksPerWorker: tasksPerWorker,
    loadBalancer: sharingBalancer(tasksPerWorker),
  });
  let version: string;
  try {
    // Loads the model in one worker; a model that cannot load fails here, at the start of the run.
    version = (await pool.run({ type: 'version' })) as string;
  } catch (err) {
    await pool.destroy();
    throw err;
  }
  return {
    version,
    threads,
    tasksPerWorker,
    workerThreadIds: () => pool.threads.map((w) => w.threadId),
    async analyse(audio: CallAudio, signal?: AbortSignal) {
      // The samples are moved to the worker and back (a copy of a 1 h stereo call would cost
      // ~1 s of this thread and 460 MB); `audio` holds them again once the analysis is back.
      const transferList = samplesBuffers(audio.agent, audio.customer);
      const stop = new Int32Array(new SharedArrayBuffer(4));
      const terminate = new AbortController();
      let grace: NodeJS.Timeout | undefined;
      const onAbort = () => {
        Atomics.store(stop, 0, 1);
        grace = setTimeout(() => terminate.abort(signal?.reason), stopGraceMs);
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const task: VadTask = { type: 'analyse', audio: { ...audio }, stop };
        const reply = (await pool.run(task, { transferList, signal: terminate.signal })) as VadReply;
        audio.agent = reply.agent;
        audio.customer = reply.customer;
        return reply.analysis;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        clearTimeout(grace);
      }
    },
    close: () => pool.destroy(),
  };
}

/**
 * The least busy worker with room for another call. Piscina's own balancer runs a task that has an
 * abort signal alone on its worker (it counts such a worker as full), and every task here has one
 * (the terminate fallback above), so it would never batch two calls. A worker's usage is its task
 * count; piscina reports a worker running exactly one abortable task as Infinity, which is one task.
 * Terminating a worker (a task stuck past its grace) fails the other calls on it too: they fail as
 * errors of the vad stage and the run goes on.
 */
/** Piscina's balancer type (not exported by name from its entry point). */
type LoadBalancer = NonNullable<NonNullable<ConstructorParameters<typeof Piscina>[0]>['loadBalancer']>;

function sharingBalancer(tasksPerWorker: number): LoadBalancer {
  return (_task, workers) => {
    let best = null;
    let bestUsage = tasksPerWorker;
    for (const worker of workers) {
      if (worker.terminating || worker.destroyed) continue;
      const usage = worker.isRunningAbortableTask ? 1 : worker.currentUsage;
      if (usage < bestUsage) {
        best = worker;
        bestUsage = usage;
      }
    }
    return best;
  };
}
