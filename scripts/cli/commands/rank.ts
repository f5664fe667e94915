/**
 * `callqa rank --period P [--team T] [--site S] [--db FILE|URL] [--json]`: prints the agent ranking
 * of a period as a table (rank, tier, stars, calls, mean, adjusted score with its interval,
 * change since the previous period, weakest checks) and the population behind it.
 */
import type { Command } from 'commander';
import { openStore } from '../../../pipeline/db/index.ts';
import { parseReportFlags, type ReportFlags, round2, textTable } from '../../../pipeline/export/index.ts';
import { agentResults } from '../../../pipeline/rank/index.ts';
import { rankingOptions, reportSourceOptions } from '../report-options.ts';
import { configFile, storeLocation } from '../locations.ts';

interface RankFlags extends ReportFlags {
  json?: boolean;
  limit?: string;
}

export default function register(program: Command): void {
  const cmd = program
    .command('rank')
    .description('Print agent rankings for a period: tiers (top 25% / middle / bottom 25%), stars, adjusted scores, weakest checks.')
    .requiredOption('--period <period>', 'day 2026-11-20, ISO week 2026-W47, month 2026-11, or range 2026-11-01..2026-11-15');
  rankingOptions(reportSourceOptions(cmd))
    .option('--limit <n>', 'print at most n agents')
    .option('--json', 'print the ranking as JSON')
    .action(async (flags: RankFlags) => {
      const dbPath = storeLocation(flags.db, undefined, flags.config);
      const args = parseReportFlags({ ...flags, config: configFile(flags.config), db: dbPath }, dbPath);
      const store = await openStore(args.dbFile);
      try {
        const ranking = await agentResults(store.sql, args.period, args.filters, args.options);
        if (flags.json) {
          console.log(JSON.stringify(ranking, null, 2));
          return;
        }
        const limit = flags.limit === undefined ? Infinity : Number(flags.limit);
        const rows = ranking.agents.slice(0, limit).map((a) => [
          a.rank, a.agentId, a.name, a.team, a.tier, a.stars === null ? null : '★'.repeat(a.stars), a.scoredCalls, round2(a.meanScore),
          round2(a.adjustedScore), a.interval ? `${a.interval.low.toFixed(1)}–${a.interval.high.toFixed(1)}` : null,
          a.adjustedChange === null ? null : `${a.adjustedChange >= 0 ? '+' : ''}${a.adjustedChange.toFixed(1)}`,
          a.weakestChecks.map((c) => `${c.label} ${Math.round(100 * c.passRate)}%`).join('; ') || null,
        ]);
        const s = ranking.stats;
        console.log(`Agent ranking ${args.period.label} (${args.period.startDate}..${args.period.endDate})`);
        console.log(textTable(['Rank', 'Agent', 'Name', 'Team', 'Tier', 'Stars', 'Calls', 'Mean', 'Adjusted', `${Math.round(100 * ranking.options.intervalLevel)}% interval`, 'Change', 'Weakest checks'], rows));
        console.log(
          `\n${s.scoredCalls} scored calls; center mean ${s.centerMean === null ? '–' : s.centerMean.toFixed(1)}; ` +
            `shrinkage k ${s.shrinkageK.toFixed(1)} calls; tiered ${s.tieredAgents} (min ${ranking.options.minCalls} calls): ` +
            `top ${s.tierCounts.top}, middle ${s.tierCounts.middle}, bottom ${s.tierCounts.bottom}, insufficient data ${s.tierCounts.insufficient_data}`,
        );
      } finally {
        await store.close();
      }
    });
}
