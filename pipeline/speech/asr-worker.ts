/**
 * The ASR task run in each worker thread of the ASR pool (asr-pool.ts): the worker loads its
 * recognizer (Whisper through models/asr.ts, one model per worker) on its first task and reuses it.
 *
 * Expected failures are answers, not exceptions (see asr-task.ts): a model that cannot load here
 * answers `failed/load` to every task of this worker, so queued clips fail with the load error
 * instead of waiting for a worker that never comes.
 *
 * Stopping: terminating a thread while onnxruntime is inside `session.run` aborts the whole process
 * (a native Napi::Error, seen with the VAD pool), so the pool never terminates a worker for a
 * stopped clip. It raises the clip's shared state to STOP instead, and every model call of this
 * thread checks it first and throws: Whisper's decoder calls the model once per token, so a
 * stopped clip ends within one token and the worker goes on with the next clip.
 */
import { workerData } from 'piscina';
import type { Recognizer } from './transcribe.ts';
import { TASK_QUEUED, TASK_RUNNING, TASK_STOP, type AsrTask, type AsrTaskReply, type AsrWorkerData, type LoadRecognizer, type WorkerSetup } from './asr-task.ts';

/** The state of the clip this worker is running (one task at a time per worker). */
let currentState: Int32Array | null = null;
const stopRequested = () => currentState !== null && Atomics.load(currentState, 0) === TASK_STOP;

/** Make every onnxruntime model call of this thread a point where a stopped clip ends. */
async function stopModelCallsWhenAsked(): Promise<void> {
  const ort = await import('onnxruntime-node');
  // InferenceSession is a class at run time; its typings describe only the factory.
  const sessionClass = ort.InferenceSession as unknown as { prototype: { run(...args: unknown[]): Promise<unknown> } };
  const modelCall = sessionClass.prototype.run;
  sessionClass.prototype.run = function stoppableRun(this: unknown, ...args: unknown[]) {
    if (stopRequested()) return Promise.reject(new Error('ASR clip stopped'));
    return modelCall.apply(this, args);
  };
}

const loadWhisper: LoadRecognizer = async (setup) => {
  const { loadAsr } = await import('../../models/asr.ts');
  return loadAsr(setup.modelId, { dir: setup.dir, intraOpThreads: setup.intraOpThreads, interOpThreads: setup.interOpThreads });
};

// The loader's code is imported as the worker starts (piscina waits for this module before the
// worker takes clips): code that cannot load is a worker that fails to start, which the pool
// handles (asr-pool.ts), not a clip error. The model itself loads on the first task.
const { setup } = workerData as AsrWorkerData;
await stopModelCallsWhenAsked();
const load: LoadRecognizer = setup.loaderModule ? (await import(setup.loaderModule)).loadRecognizer : loadWhisper;

async function loadRecognizer(setup: WorkerSetup): Promise<Recognizer | { unavailable: string }> {
  try {
    return await load(setup);
  } catch (err) {
    return { unavailable: `ASR model could not be loaded in a worker: ${(err as Error).message}` };
  }
}

let recognizer: Promise<Recognizer | { unavailable: string }> | undefined;

export default async function runAsrTask(task: AsrTask): Promise<AsrTaskReply> {
  recognizer ??= loadRecognizer(setup);
  const asr = await recognizer;
  if ('unavailable' in asr) return { type: 'failed', cause: 'load', message: asr.unavailable };
  if (task.type === 'info') {
    return { type: 'info', model: asr.model, revision: asr.revision, dtype: asr.dtype, wordTimestamps: asr.wordTimestamps };
  }
  // A clip whose caller gave up while it was queued is skipped without touching the model.
  if (Atomics.compareExchange(task.state, 0, TASK_QUEUED, TASK_RUNNING) !== TASK_QUEUED) {
    return { type: 'failed', cause: 'stopped', message: 'ASR clip stopped before it started' };
  }
  currentState = task.state;
  try {
    if (task.type === 'recognize') return { type: 'result', output: await asr.recognize(task.samples, task.language) };
    const language = asr.detectLanguage ? await asr.detectLanguage(task.samples, task.candidates) : task.candidates[0];
    return { type: 'language', language };
  } catch (err) {
    return { type: 'failed', cause: stopRequested() ? 'stopped' : 'recognize', message: (err as Error).message };
  } finally {
    currentState = null;
  }
}
