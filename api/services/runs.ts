/**
 * Starting a nightly run from the API: the pipeline's own `runNight` with the components
 * `buildComponents` makes from the server's configuration and the same RunOptions as
 * `callqa run` (runOptionsFromConfig), run in the background in this process. Input paths may
 * hold `{date}` (e.g. `/data/{date}/manifest.csv`). The date's lease (pipeline/run/lease.ts)
 * keeps it to one run at a time, against CLI runs too.
 */
import { loadConfig } from '../../pipeline/config.ts';
import type { Sql } from '../../pipeline/db/index.ts';
import { rootLogger } from '../../pipeline/log.ts';
import { buildComponents, type Components, LeaseHeldError, runNight, runOptionsFromConfig } from '../../pipeline/run/index.ts';
import type { RunLauncher } from '../context.ts';
import { conflict } from '../errors.ts';

export interface RunInputs {
  recordings: string;
  manifest: string;
  roster: string;
  /** Configuration file (brand, sampling, scorecards…); defaults when absent. */
  configFile?: string;
}

export interface StoppableRunLauncher extends RunLauncher {
  /**
   * For the server's shutdown: stops every run this server started — no new call is started,
   * calls in flight finish (or, with `abandon`, are left pending) — and resolves once each has
   * marked itself `interrupted` and released its lease. Later `start` calls are refused.
   */
  stopAll(opts?: { reason?: string; abandon?: boolean }): Promise<void>;
}

interface ActiveRun {
  graceful: AbortController;
  abandon: AbortController;
  done: Promise<void>;
}

export function createRunLauncher(sql: Sql, inputs: RunInputs, log: (line: string) => void = (l) => rootLogger().info(l)): StoppableRunLauncher {
  const config = loadConfig(inputs.configFile);
  // Model sessions are created once and reused by every run this server starts.
  let components: Promise<Components> | null = null;
  const active = new Map<string, ActiveRun>();
  let stopping = false;

  return {
    async start({ date, retryFailed }) {
      if (stopping) throw conflict('this server is shutting down');
      if (active.has(date)) throw conflict(`a run for ${date} is already starting or running in this server`);
      const graceful = new AbortController();
      const abandon = new AbortController();
      let started!: (runId: number) => void;
      const runId = new Promise<number>((resolve) => (started = resolve));
      const fill = (p: string) => p.replaceAll('{date}', date);
      const options = runOptionsFromConfig(
        config,
        { date, recordingsDir: fill(inputs.recordings), manifestPath: fill(inputs.manifest), rosterPath: fill(inputs.roster) },
        { retryFailed, signal: graceful.signal, abandonSignal: abandon.signal, onStarted: started },
      );
      // Models are loaded by the first run that holds its date, then shared.
      const running = runNight(sql, options, () =>
        (components ??= buildComponents(config).catch((err: unknown) => {
          components = null; // the next run tries again (a model file may have been fixed)
          throw err;
        })),
      );
      const entry: ActiveRun = {
        graceful,
        abandon,
        done: running
          .then((summary) => log(`[run] ${date} ${summary.interrupted ? `interrupted (${summary.interrupted.reason})` : 'finished'}: ${JSON.stringify(summary.calls)}`))
          // runNight marks its row failed; the reason is in the row's summary as well as here.
          .catch((err) => log(`[run] ${date} failed: ${(err as Error).message}`))
          .finally(() => active.delete(date)),
      };
      active.set(date, entry);
      // Either the run holds its date (its row exists) or it ended before: refused, or failed to build.
      const first = await Promise.race([runId.then((id) => ({ id })), running.then(() => null, (err: unknown) => ({ err }))]);
      if (first && 'id' in first) return { runId: first.id };
      const err = first?.err;
      if (err instanceof LeaseHeldError) throw conflict(err.message);
      throw new Error(`run for ${date} did not start: ${err instanceof Error ? err.message : 'it ended before holding its date'}`);
    },

    async stopAll({ reason = 'server shutdown', abandon = false } = {}) {
      stopping = true;
      const runs = [...active.values()];
      for (const r of runs) {
        r.graceful.abort(reason);
        if (abandon) r.abandon.abort(reason);
      }
      await Promise.all(runs.map((r) => r.done));
    },
  };
}
