/**
 * `callqa serve [--db FILE|URL] [--port N] [--host H]`: the HTTP API (/api/v1, OpenAPI at
 * /api/v1/openapi.json) and the web pages for coaches, QA and HR. With --manifest, --roster
 * and --recordings (paths may contain {date}) QA can start runs from the API; --demo serves
 * data/demo.sqlite with the demo night's inputs. --read-only (or a database whose folder or
 * file this process cannot write) serves the store without writing it: writes answer 503.
 * On Postgres (`--db postgres://…`) --read-only is the app's refusal alone: the middleware
 * answers 503 to every write, while sign-in sessions are still stored in the database.
 * --workers N serves from N processes on the same port (api/serve-workers.ts); the first one
 * prints the lines a single process prints.
 */
import type { Command } from 'commander';
import { accessSync, constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { startServer } from '../../../api/server.ts';
import { mustSupervise, onStopRequest, serveWorkerId, superviseWorkers } from '../../../api/serve-workers.ts';
import { createRunLauncher } from '../../../api/services/runs.ts';
import { listUsers } from '../../../api/queries/users.ts';
import { defaultAudioCacheDir } from '../../../api/services/audio.ts';
import { loadConfig } from '../../../pipeline/config.ts';
import { isPostgresLocation, maskPassword, openDbReadOnly, openStore, sqlOf, type Sql } from '../../../pipeline/db/index.ts';
import { parseReportFlags } from '../../../pipeline/export/index.ts';
import { rankOptions } from '../../../pipeline/rank/index.ts';
import { DEMO } from './run.ts';
import { configFile, DEFAULT_DB, storeLocation } from '../locations.ts';
import { rankingOptions, targetOption } from '../report-options.ts';

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  config?: string;
  manifest?: string;
  roster?: string;
  recordings?: string;
  audioCache?: string;
  demo?: boolean;
  readOnly?: boolean;
  minCalls?: string;
  k?: string;
  stars?: string;
  target?: string[];
  workers: string;
}

export default function register(program: Command): void {
  const cmd = program
    .command('serve')
    .description('Serve the API and the web pages (sign in with a token from `callqa users add`).')
    .option('--db <location>', `store: a SQLite file or a Postgres URL postgres://… (default $CALLQA_DB, else ${DEFAULT_DB}; with --demo ${DEMO.db})`)
    .option('--port <n>', 'TCP port', '8080')
    .option('--host <address>', 'address to listen on (0.0.0.0 for the network)', '127.0.0.1')
    .option('--config <file>', 'configuration file: ranking options and KPI targets, and the settings of runs started from the API')
    .option('--manifest <file>', 'manifest CSV for runs started from the API ({date} is replaced)')
    .option('--roster <file>', 'roster CSV for runs started from the API')
    .option('--recordings <dir>', 'recordings folder for runs started from the API ({date} is replaced)')
    .option('--audio-cache <dir>', 'where served (redacted) WAV files are cached (default: <db folder>/audio-cache; on Postgres a temp folder)')
    .option('--demo', 'serve the demo database with the demo night as run inputs')
    .option('--read-only', 'never write the database (also chosen when its folder or file is not writable): notes, corrections and runs answer 503')
    .option('--workers <n>', 'processes serving the API on the same port (SQLite: two per core answer the most, each waits on its synchronous reads; Postgres: one per core)', '1');
  targetOption(rankingOptions(cmd))
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`callqa serve: --port must be an integer 0–65535, got "${flags.port}"`);
        process.exitCode = 1;
        return;
      }
      const workers = Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        console.error(`callqa serve: --workers must be an integer 1–64, got "${flags.workers}"`);
        process.exitCode = 1;
        return;
      }
      const f = flags.demo
        ? { ...flags, db: flags.db ?? DEMO.db, manifest: DEMO.manifest, roster: DEMO.roster, recordings: DEMO.recordings, config: flags.config ?? DEMO.config }
        : flags;
      const given = (['manifest', 'roster', 'recordings'] as const).filter((k) => f[k]);
      if (given.length && given.length < 3) {
        console.error(`callqa serve: runs from the API need --manifest, --roster and --recordings together (got only --${given.join(', --')})`);
        process.exitCode = 1;
        return;
      }
      const dbFile = storeLocation(f.db, DEFAULT_DB, f.config);
      const onPostgres = isPostgresLocation(dbFile);
      const why = f.readOnly ? 'started with --read-only' : onPostgres ? null : unwritable(dbFile);
      if (mustSupervise(workers)) {
        try {
          // Migrate once here, so the workers do not race to apply the same migrations.
          await (await openServedStore(dbFile, why, () => undefined)).close();
        } catch (err) {
          console.error(`callqa serve: ${(err as Error).message}`);
          process.exitCode = 1;
          return;
        }
        console.log(`callqa serve: ${workers} worker processes on one port (supervisor pid ${process.pid})`);
        process.exitCode = await superviseWorkers(workers);
        return;
      }
      // Under --workers, the first worker says what a single process says; the others are quiet.
      const quiet = (serveWorkerId() ?? 1) !== 1;
      const log = quiet ? () => undefined : (line: string) => console.log(line);
      let store: ServedStore;
      try {
        store = await openServedStore(dbFile, why, log);
      } catch (err) {
        console.error(`callqa serve: ${(err as Error).message}`);
        process.exitCode = 1;
        return;
      }
      let reportOptions;
      let apiConfig;
      let officialScore;
      let reviewQueue;
      // --config, else $CALLQA_CONFIG, else ./callqa.yaml: the same file for the API, the reports and the runs it starts.
      const config = configFile(f.config);
      try {
        ({ api: apiConfig, review: { officialScore, queue: reviewQueue } } = loadConfig(config));
        // The same ranking and KPI settings as `callqa export` and `callqa rank`: the config's
        // `ranking` and `kpiTargets` sections, overridden by the flags.
        reportOptions = parseReportFlags({ period: '2026-11', config, db: dbFile, minCalls: f.minCalls, k: f.k, stars: f.stars, target: f.target }, dbFile);
        rankOptions(reportOptions.options);
      } catch (err) {
        console.error(`callqa serve: ${(err as Error).message}`);
        process.exitCode = 1;
        await store.close();
        return;
      }
      const runLauncher = given.length === 3 && !why ? createRunLauncher(store.sql, { manifest: f.manifest!, roster: f.roster!, recordings: f.recordings!, configFile: config }) : undefined;
      const server = await startServer(
        {
          sql: store.sql, runLauncher, rankOptions: reportOptions.options, kpiTargets: reportOptions.targets, api: apiConfig, officialScore, reviewQueue,
          // A read-only store's folder cannot hold the audio cache either.
          audioCacheDir: f.audioCache ?? (why || onPostgres ? defaultAudioCacheDir() : join(dbFile, '..', 'audio-cache')),
          readOnly: why ? { reason: why } : undefined,
        },
        { port, host: f.host },
      );
      log(`callqa serving ${maskPassword(dbFile)} at ${server.url}/ (API ${server.url}/api/v1, OpenAPI ${server.url}/api/v1/openapi.json)`);
      if (!(await listUsers(store.sql)).length) log('no users yet: create one with `callqa users add --name NAME --role admin` and sign in with its token');
      if (!runLauncher) log(`runs cannot be started from the API (${why ? 'read-only store' : 'no --manifest/--roster/--recordings'})`);
      // First signal: runs started from the API stop starting calls, finish the ones in flight and
      // end `interrupted`; a second signal abandons those too (they stay pending for a rerun).
      let signals = 0;
      const stop = (signal: NodeJS.Signals) => {
        signals++;
        if (signals > 1) {
          log(`${signal} again: abandoning calls in flight`);
          void runLauncher?.stopAll({ reason: signal, abandon: true });
          return;
        }
        log(`${signal}: stopping (runs in progress finish their calls in flight; send it again to abandon them)`);
        void Promise.resolve(runLauncher?.stopAll({ reason: signal }))
          .then(() => server.close())
          .then(() => store.close())
          .finally(() => process.exit(0));
      };
      onStopRequest(stop);
    });
}

interface ServedStore {
  sql: Sql;
  close(): Promise<void>;
}

/**
 * The store to serve: read-only when `readOnlyWhy` is set on SQLite (openDbReadOnly: no
 * migration, writes fail in SQLite too); on Postgres always the migrated pool, read-only then
 * being the app's refusal of writes.
 */
async function openServedStore(location: string, readOnlyWhy: string | null, log: (line: string) => void): Promise<ServedStore> {
  if (!readOnlyWhy || isPostgresLocation(location)) {
    const store = await openStore(location);
    if (readOnlyWhy) log(`read-only: ${store.location} (writes answer 503; Postgres itself stays writable by other commands); ${readOnlyWhy}`);
    return store;
  }
  const opened = openDbReadOnly(location);
  log(`${opened.note}; ${readOnlyWhy}`);
  return {
    sql: sqlOf(opened.db),
    close: async () => {
      opened.db.$client.close();
    },
  };
}

/** Why the store must be opened read-only (its folder or file is not writable), or null. */
function unwritable(dbFile: string): string | null {
  const dir = dirname(dbFile);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    // A missing folder is created by a writable open; only an existing, unwritable one counts.
    try {
      accessSync(dir, constants.F_OK);
    } catch {
      return null;
    }
    return `folder ${dir} is not writable`;
  }
  try {
    accessSync(dbFile, constants.W_OK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return `file ${dbFile} is not writable`;
  }
  return null;
}
