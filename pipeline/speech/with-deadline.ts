/**
 * Test support: call an exported function of a TypeScript module in a worker thread, and give up
 * after a deadline. A synchronous endless loop blocks its own thread's timers, so a vitest
 * timeout cannot stop it in the test's thread; a worker thread can be terminated from outside.
 * Arguments and result cross the thread boundary by structured clone (plain data only).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

type Reply = { ok: true; value: unknown } | { ok: false; message: string };

/** Inside the worker: register tsx's loader, import the module, call the export, post the outcome. */
const BOOT = `
import { register } from TSX_API;
import { parentPort, workerData } from 'node:worker_threads';
register();
try {
  const mod = await import(workerData.moduleUrl);
  parentPort.postMessage({ ok: true, value: await mod[workerData.exportName](...workerData.args) });
} catch (err) {
  parentPort.postMessage({ ok: false, message: String(err?.stack ?? err) });
}`;

/**
 * Resolves with `module[exportName](...args)`; rejects if it throws or is still running after
 * `deadlineMs` milliseconds (the worker is then terminated, even mid-loop).
 */
export function callWithDeadline<T>(moduleUrl: URL, exportName: string, args: unknown[], deadlineMs: number): Promise<T> {
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  const boot = BOOT.replace('TSX_API', JSON.stringify(api));
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: { moduleUrl: moduleUrl.href, exportName, args },
  });
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${exportName} still running after ${deadlineMs} ms (an endless loop?)`));
    }, deadlineMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    worker.once('message', (reply: Reply) => finish(() => (reply.ok ? resolve(reply.value as T) : reject(new Error(reply.message)))));
    worker.once('error', (err) => finish(() => reject(err)));
    worker.once('exit', (code) => finish(() => reject(new Error(`${exportName}: worker exited (code ${code}) without an answer`))));
  });
}
