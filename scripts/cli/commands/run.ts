/** `callqa run`: the nightly batch for one service date. */
import type { Command } from 'commander';
import { isPostgresLocation } from '../../../pipeline/db/index.ts';
import { INPUT_ENCODINGS, type InputEncoding } from '../../../pipeline/ingest/index.ts';
import { buildComponents, type Components, DEMO, demoHistoryDir, demoReviewLine, historyLine, runDemoHistory, NightInputError, runNight, runOptionsFromConfig, seedDemoReview } from '../../../pipeline/run/index.ts';
import { createProgress } from '../progress.ts';
import { DB_OPTION_HELP, DEFAULT_DB, findAndLoadConfig, openCommandStore } from '../locations.ts';
import { openCoordinatorQueue } from '../run-on-queue.ts';
import { formatSummary, interruptedLine } from '../format-summary.ts';
import { exitCodeForSignal, watchStopSignals } from '../stop-signals.ts';

export { DEMO };

/** Kept here too: other commands and tests import it from `callqa run`. */
export { DEFAULT_DB };

/** Yesterday's local date, YYYY-MM-DD: the nightly job reviews the day that just ended. */
export function yesterday(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface RunFlags {
  date?: string;
  recordings?: string;
  manifest?: string;
  roster?: string;
  db?: string;
  config?: string;
  seed?: string;
  concurrency?: string;
  encoding?: string;
  retryFailed?: boolean;
  resample?: boolean;
  wait?: boolean;
  demo?: boolean;
  json?: boolean;
}

export default function register(program: Command): void {
  program
    .command('run')
    .description('Run the nightly batch for one service date: ingest, sample, decode, transcribe, check, score.')
    .option('--date <YYYY-MM-DD>', 'service date to process (default: yesterday)')
    .option('--recordings <dir>', 'folder the manifest file paths are relative to')
    .option('--manifest <file>', 'manifest CSV (one row per call)')
    .option('--roster <file>', 'roster CSV (one row per agent)')
    .option('--db <location>', DB_OPTION_HELP)
    .option('--config <file>', 'configuration file, YAML or JSON (default: $CALLQA_CONFIG, else ./callqa.yaml, else built-in defaults)')
    .option('--seed <text>', 'sampling seed (default: derived from the date, so reruns pick the same calls)')
    .option('--concurrency <n>', 'calls processed at once (default: from config, else twice the CPU count)')
    .option('--encoding <utf-8|gb18030>', 'how the manifest and roster are decoded without a byte-order mark (default: config ingest.encoding, else utf-8)')
    .option('--retry-failed', 'also retry calls that failed in an earlier run of this date')
    .option('--resample', "redraw the date's sample over all its calls now stored (late manifest rows), keeping the calls sampled before")
    .option('--wait', 'when another run of this date is in progress, wait for it to end instead of refusing')
    .option('--no-wait', 'Postgres store: return once the sampled calls are queued, without waiting for the workers (see callqa status)')
    .option('--demo', 'run the demo month (history nights, then the shipped night fixtures/demo) into data/demo.sqlite')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: RunFlags) => {
      const f = flags.demo
        ? { ...flags, date: flags.date ?? DEMO.date, recordings: DEMO.recordings, manifest: DEMO.manifest, roster: DEMO.roster, config: flags.config ?? DEMO.config, db: flags.db ?? DEMO.db }
        : flags;
      const missing = (['recordings', 'manifest', 'roster'] as const).filter((k) => !f[k]);
      if (missing.length) program.error(`callqa run: missing --${missing.join(', --')} (or use --demo)`);
      const date = f.date ?? yesterday();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) program.error(`callqa run: --date must be YYYY-MM-DD, got "${date}"`);
      const config = findAndLoadConfig(f.config);
      const concurrency = f.concurrency ? Number(f.concurrency) : config.concurrency;
      if (!Number.isInteger(concurrency) || concurrency < 1) program.error(`callqa run: --concurrency must be a positive integer`);
      if (f.encoding !== undefined && !INPUT_ENCODINGS.includes(f.encoding as InputEncoding)) program.error(`callqa run: --encoding must be one of ${INPUT_ENCODINGS.join(', ')}, got "${f.encoding}"`);

      const store = await openCommandStore(f.db, DEFAULT_DB, f.config);
      // On Postgres the calls go to the job queue and `callqa worker`s process them (run-on-queue.ts).
      const onQueue = await openCoordinatorQueue(store, { db: f.db, config: f.config, date, wait: f.wait !== false, json: f.json }).catch(async (err: unknown) => {
        await store.close();
        throw err;
      });
      // Built only once the run holds its date: a refused run answers at once, without loading models.
      let components: Components | undefined;
      // First SIGTERM/SIGINT: start no more calls, finish those in flight. Second: abandon them.
      const stops = watchStopSignals((signal, second) =>
        console.error(
          second
            ? `callqa run: ${signal} again: abandoning the calls in flight (they stay pending for the next run)`
            : `callqa run: ${signal}: starting no more calls, finishing those in flight (send it again to abandon them)`,
        ),
      );
      try {
        // The demo is a month: the history nights before the shipped one, then the shipped night below.
        if (flags.demo && !flags.date) {
          // A demo into Postgres writes its history nights' inputs next to the demo's SQLite file.
          await runDemoHistory(store.sql, config, async () => (components ??= await buildComponents({ ...config, concurrency })), {
            historyDir: demoHistoryDir(isPostgresLocation(f.db ?? '') ? DEMO.db : (f.db ?? DEMO.db)), overrides: { concurrency, signal: stops.graceful, abandonSignal: stops.abandon },
            onNight: (s) => console.log(historyLine(s)),
          });
        }
        const summary = await runNight(
          store.sql,
          runOptionsFromConfig(
            config,
            { date, recordingsDir: f.recordings!, manifestPath: f.manifest!, rosterPath: f.roster! },
            { seed: f.seed, concurrency, encoding: f.encoding as InputEncoding | undefined, retryFailed: f.retryFailed, resample: f.resample, waitForLease: f.wait === true, signal: stops.graceful, abandonSignal: stops.abandon,
              dispatch: onQueue?.dispatch,
              onWaiting: (lease) => console.error(`callqa run: waiting for run #${lease.runId} (${lease.holder}, started ${lease.runStartedAt}) to end`) },
          ),
          // The VAD pool is sized to the calls in flight: --concurrency, not only the config's.
          async () => (components ??= await buildComponents({ ...config, concurrency })),
          f.json || onQueue ? undefined : createProgress(),
        );
        if (f.json) console.log(JSON.stringify(summary, null, 2));
        else if (onQueue && !onQueue.waits) console.log(onQueue.queuedLine(summary));
        else if (!summary.interrupted) console.log(formatSummary(summary));
        // The demo month ships human-review work (evaluations, a calibration session, disputes, surveys).
        if (flags.demo && !flags.date && !summary.interrupted) {
          const seeds = await seedDemoReview(store.sql, { date, officialRule: config.review.officialScore });
          if (!f.json) console.log(demoReviewLine(seeds));
        }
        if (summary.interrupted) {
          console.error(`callqa run: ${interruptedLine(summary)}`);
          // Calls abandoned in flight may hold ffmpeg children and workers: do not wait for them.
          if (summary.interrupted.abandoned) process.exit(exitCodeForSignal(stops.received()));
          process.exitCode = exitCodeForSignal(stops.received());
        }
      } catch (err) {
        // The CLI's error handler prints it: a refusal (date busy 75, inputs 66, stopped 130/143)
        // as one line with its exit code, anything else with its stack.
        if (err instanceof NightInputError) throw new NightInputError(`${date} not run: ${err.message}; no sample stored`, { cause: err });
        throw err;
      } finally {
        stops.dispose();
        await onQueue?.close();
        await components?.close?.();
        await store.close();
      }
    });
}
