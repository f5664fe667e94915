/** `callqa run`: the nightly batch for one service date. */
import type { Command } from 'commander';
import { join } from 'node:path';
import { loadConfig, repoRoot } from '../../pipeline/config.ts';
import { openDb } from '../../pipeline/db/client.ts';
import { buildComponents } from '../../pipeline/run/build-components.ts';
import { DEMO } from '../../pipeline/run/demo-db.ts';
import { runNight } from '../../pipeline/run/run-night.ts';
import { samplingParamsSchema } from '../../pipeline/sample/draw.ts';
import { createProgress } from '../cli/progress.ts';
import { formatSummary } from '../cli/format-summary.ts';

export { DEMO };

export const DEFAULT_DB = join(repoRoot, 'data/callqa.sqlite');

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
  retryFailed?: boolean;
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
    .option('--db <file>', 'SQLite database file', undefined)
    .option('--config <file>', 'configuration file (YAML or JSON)')
    .option('--seed <text>', 'sampling seed (default: derived from the date, so reruns pick the same calls)')
    .option('--concurrency <n>', 'calls processed at once (default: from config, else CPU count)')
    .option('--retry-failed', 'also retry calls that failed in an earlier run of this date')
    .option('--demo', 'run the shipped demo night (fixtures/demo) into data/demo.sqlite')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: RunFlags) => {
      const f = flags.demo
        ? { ...flags, date: flags.date ?? DEMO.date, recordings: DEMO.recordings, manifest: DEMO.manifest, roster: DEMO.roster, config: flags.config ?? DEMO.config, db: flags.db ?? DEMO.db }
        : flags;
      const missing = (['recordings', 'manifest', 'roster'] as const).filter((k) => !f[k]);
      if (missing.length) program.error(`callqa run: missing --${missing.join(', --')} (or use --demo)`);
      const date = f.date ?? yesterday();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) program.error(`callqa run: --date must be YYYY-MM-DD, got "${date}"`);
      const config = loadConfig(f.config);
      const concurrency = f.concurrency ? Number(f.concurrency) : config.concurrency;
      if (!Number.isInteger(concurrency) || concurrency < 1) program.error(`callqa run: --concurrency must be a positive integer`);

      const db = openDb(f.db ?? DEFAULT_DB);
      const components = await buildComponents(config);
      const summary = await runNight(
        db,
        {
          date,
          recordingsDir: f.recordings!,
          manifestPath: f.manifest!,
          rosterPath: f.roster!,
          sampling: samplingParamsSchema.parse(config.sampling),
          seed: f.seed,
          concurrency,
          retryFailed: f.retryFailed,
          rankingSampling: config.rankingSampling,
        },
        components,
        f.json ? undefined : createProgress(),
      );
      await components.close?.();
      db.$client.close();
      console.log(f.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
    });
}
