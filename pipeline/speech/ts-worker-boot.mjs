/**
 * Entry of a piscina worker thread that runs a TypeScript task module: registers tsx's loader
 * inside the thread (as asr-pool.ts does for its workers), then hands piscina the module's
 * default export. The module is named by the pool: `workerData.taskModule` (a file URL).
 */
import { register } from 'tsx/esm/api';
import { workerData } from 'piscina';

register();
const task = await import(workerData.taskModule);
export default task.default;
