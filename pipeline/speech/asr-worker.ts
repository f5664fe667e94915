/**
 * One ASR worker thread (started by asr-pool.ts): loads the Whisper model once, then answers
 * `recognize` / `detect` requests one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Language } from '../types.ts';
import type { RawAsrOutput } from './asr-output.ts';

export interface WorkerSetup {
  modelId: string;
  dir: string;
  intraOpThreads: number;
  interOpThreads: number;
}

export type WorkerRequest =
  | { id: number; type: 'recognize'; samples: Float32Array; language: Language }
  | { id: number; type: 'detect'; samples: Float32Array; candidates: Language[] };

export type WorkerReply =
  | { type: 'ready'; model: string; revision: string | null; dtype: string; wordTimestamps: boolean }
  | { type: 'unavailable'; message: string }
  | { type: 'result'; id: number; output: RawAsrOutput }
  | { type: 'language'; id: number; language: Language }
  | { type: 'error'; id: number; message: string };

// Only run as a worker: importing this file for its types must not start anything.
if (parentPort && (workerData as { modelId?: string } | null)?.modelId) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const { loadAsr } = await import('../../models/asr.ts');
  const asr = await loadAsr(setup.modelId, { dir: setup.dir, intraOpThreads: setup.intraOpThreads, interOpThreads: setup.interOpThreads });
  if ('unavailable' in asr) {
    port.postMessage({ type: 'unavailable', message: asr.unavailable } satisfies WorkerReply);
    port.close(); // nothing more to do: the thread ends once the message is out
  } else {
    port.on('message', async (req: WorkerRequest) => {
      try {
        if (req.type === 'recognize') {
          port.postMessage({ type: 'result', id: req.id, output: await asr.recognize(req.samples, req.language) } satisfies WorkerReply);
        } else {
          const language = asr.detectLanguage ? await asr.detectLanguage(req.samples, req.candidates) : req.candidates[0];
          port.postMessage({ type: 'language', id: req.id, language } satisfies WorkerReply);
        }
      } catch (err) {
        port.postMessage({ type: 'error', id: req.id, message: (err as Error).message } satisfies WorkerReply);
      }
    });
    port.postMessage({
      type: 'ready',
      model: asr.model,
      revision: asr.revision,
      dtype: asr.dtype,
      wordTimestamps: asr.wordTimestamps,
    } satisfies WorkerReply);
  }
}
