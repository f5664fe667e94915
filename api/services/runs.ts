/**
 * Starting a nightly run from the API: the pipeline's own `runNight` with the components
 * `buildComponents` makes from the server's configuration, run in the background in this
 * process. Input paths may hold `{date}` (e.g. `/data/{date}/manifest.csv`).
 */
import { loadConfig } from '../../pipeline/config.ts';
import type { Db } from '../../pipeline/db/client.ts';
import { buildComponents } from '../../pipeline/run/build-components.ts';
import type { Components } from '../../pipeline/run/components.ts';
import { runNight } from '../../pipeline/run/run-night.ts';
import { samplingParamsSchema } from '../../pipeline/sample/draw.ts';
import type { RunLauncher } from '../context.ts';
import { conflict } from '../errors.ts';

export interface RunInputs {
  recordings: string;
  manifest: string;
  roster: string;
  /** Configuration file (brand, sampling, scorecards…); defaults when absent. */
  configFile?: string;
}

/** How long `start` waits for the run's row to appear before giving up, ms. */
const ROW_WAIT_MS = 30_000;

export function createRunLauncher(db: Db, inputs: RunInputs, log: (line: string) => void = (l) => console.error(l)): RunLauncher {
  const config = loadConfig(inputs.configFile);
  // Model sessions are created once and reused by every run this server starts.
  let components: Promise<Components> | null = null;
  const active = new Set<string>();
  const maxRunId = () => (db.$client.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM runs').get() as { id: number }).id;

  return {
    async start({ date, retryFailed }) {
      if (active.has(date)) throw conflict(`a run for ${date} is already starting or running in this server`);
      active.add(date);
      const before = maxRunId();
      components ??= buildComponents(config);
      const fill = (p: string) => p.replaceAll('{date}', date);
      const done = components
        .then((c) =>
          runNight(db, {
            date,
            recordingsDir: fill(inputs.recordings),
            manifestPath: fill(inputs.manifest),
            rosterPath: fill(inputs.roster),
            sampling: samplingParamsSchema.parse(config.sampling),
            concurrency: config.concurrency,
            retryFailed,
          }, c),
        )
        .then((summary) => log(`[run] ${date} finished: ${JSON.stringify(summary.calls)}`))
        // runNight marks its row failed; the reason is in the row's summary as well as here.
        .catch((err) => log(`[run] ${date} failed: ${(err as Error).message}`))
        .finally(() => active.delete(date));

      const deadline = Date.now() + ROW_WAIT_MS;
      for (;;) {
        const row = db.$client.prepare('SELECT id FROM runs WHERE id > ? AND date = ? ORDER BY id LIMIT 1').get(before, date) as { id: number } | undefined;
        if (row) return { runId: row.id };
        const finished = await Promise.race([done.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 25))]);
        if (finished || Date.now() > deadline) {
          const late = db.$client.prepare('SELECT id FROM runs WHERE id > ? AND date = ? ORDER BY id LIMIT 1').get(before, date) as { id: number } | undefined;
          if (late) return { runId: late.id };
          throw new Error(`run for ${date} did not start (see the server log)`);
        }
      }
    },
  };
}
