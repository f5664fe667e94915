/**
 * Entry of a piscina worker thread (the VAD and ASR pools): loads the task module named by the
 * pool, `workerData.taskModule` (a file URL), and hands piscina its default export.
 *
 * Pools name their task module as it is in the source tree (`new URL('./vad-worker.ts',
 * import.meta.url)`), which from the build (dist/, copied there next to the compiled pools)
 * points at a `.ts` file the build does not ship. So:
 * - the `.ts` file exists (source tree: tests, `npx tsx scripts/cli/callqa.ts`): register tsx's
 *   loader inside this thread (a worker does not inherit vitest's or tsx's hooks) and import it;
 * - it does not, and the compiled `.js` beside it does (the build, an installed package): import
 *   that with plain node — tsx is a devDependency and is never loaded there.
 * This file is plain JavaScript because it runs before any TypeScript loader exists.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerData } from 'piscina';

/** The URL to import for `taskModule`, and whether tsx must load it. */
export function resolveTaskModule(taskModule) {
  const url = new URL(taskModule);
  if (!url.pathname.endsWith('.ts') || existsSync(fileURLToPath(url))) return { href: url.href, needsTsx: url.pathname.endsWith('.ts') };
  const compiled = new URL(url.href.replace(/\.ts$/, '.js'));
  if (existsSync(fileURLToPath(compiled))) return { href: compiled.href, needsTsx: false };
  throw new Error(`worker task module not found: ${fileURLToPath(url)} (nor its compiled ${fileURLToPath(compiled)})`);
}

let task = { default: undefined };
// Imported as a module by the test of resolveTaskModule: only a piscina worker has a taskModule.
if (workerData?.taskModule) {
  const { href, needsTsx } = resolveTaskModule(workerData.taskModule);
  if (needsTsx) (await import('tsx/esm/api')).register();
  task = await import(href);
}
export default task.default;
