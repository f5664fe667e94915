/**
 * `callqa rescore --scorecard FILE --from DATE --to DATE [--db FILE|URL] [--config FILE]`:
 * re-scores the stored transcripts of a date range with a scorecard — no audio, no models —
 * and stores the results under the scorecard's version next to the earlier ones.
 * The brand that fills `{brand}` comes from the configuration file (`brand:`).
 */
import type { Command } from 'commander';
import { brandFor } from '../../../pipeline/run/index.ts';
import { rescoreRange, type RescoreSummary } from '../../../pipeline/score/index.ts';
import { loadScorecard } from '../../../pipeline/scorecard/index.ts';
import { DB_OPTION_HELP, findAndLoadConfig, openCommandStore } from '../locations.ts';

interface RescoreFlags {
  scorecard: string;
  from: string;
  to: string;
  db?: string;
  config?: string;
  json?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default function register(program: Command): void {
  program
    .command('rescore')
    .description('Re-score stored transcripts with a scorecard (no audio, no models); earlier scorecard versions stay queryable.')
    .requiredOption('--scorecard <file>', 'scorecard file (YAML or JSON)')
    .requiredOption('--from <YYYY-MM-DD>', 'first service date (inclusive)')
    .requiredOption('--to <YYYY-MM-DD>', 'last service date (inclusive)')
    .option('--db <location>', DB_OPTION_HELP)
    .option('--config <file>', 'configuration file with the brand (YAML or JSON)')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: RescoreFlags) => {
      for (const k of ['from', 'to'] as const) {
        if (!DATE.test(flags[k])) program.error(`callqa rescore: --${k} must be YYYY-MM-DD, got "${flags[k]}"`);
      }
      if (flags.from > flags.to) program.error(`callqa rescore: --from ${flags.from} is after --to ${flags.to}`);
      // A bad scorecard is a ScorecardError: a user error, printed as one line by the CLI's handler.
      const scorecard = loadScorecard(flags.scorecard);
      const config = findAndLoadConfig(flags.config);
      const store = await openCommandStore(flags.db, undefined, flags.config);
      const summary = await rescoreRange(store.sql, { scorecard, brand: brandFor(config.brand, [scorecard]), from: flags.from, to: flags.to })
        .finally(() => store.close());
      console.log(flags.json ? JSON.stringify(summary) : formatRescore(summary));
      if (summary.scored === 0 && summary.failures.length > 0) process.exitCode = 1;
    });
}

export function formatRescore(s: RescoreSummary): string {
  const lines = [
    `Re-scored ${s.scored} call(s) from ${s.from} to ${s.to} with ${s.scorecardId} (version ${s.scorecardVersion}) in ${(s.elapsedMs / 1000).toFixed(1)} s.`,
    `Mean score ${s.meanScore ?? 'n/a'}; ${s.autoFailed} auto-failed by a critical check.`,
  ];
  if (s.skippedOtherLanguage) lines.push(`Skipped ${s.skippedOtherLanguage} call(s) whose transcript is not in the scorecard's language (${s.scorecardLanguage}).`);
  if (s.failures.length) {
    lines.push(`${s.failures.length} call(s) could not be scored:`);
    for (const f of s.failures.slice(0, 20)) lines.push(`  ${f.callId}: ${f.reason}${f.detail ? ` (${f.detail})` : ''}`);
    if (s.failures.length > 20) lines.push(`  … and ${s.failures.length - 20} more (use --json for all)`);
  }
  return lines.join('\n');
}
