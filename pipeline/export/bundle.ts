/** Everything one rankings export needs, read from the store in one call. */
import type { Sql } from '../db/index.ts';
import { computeCenterKpis, readKpiCalls, type KpiTargets } from '../kpi/index.ts';
import { type Period, agentResults, readCheckTallies, readScoredCalls, type AgentResultFilters, type AgentResultOptions } from '../rank/index.ts';
import { summarizeChecks } from './checks.ts';
import { readStamp } from './stamp.ts';
import type { RankingWorkbook } from './xlsx.ts';

export async function readRankingWorkbook(
  sql: Sql,
  period: Period,
  filters: AgentResultFilters = {},
  options: AgentResultOptions = {},
  targets: Partial<KpiTargets> = {},
  now: Date = new Date(),
): Promise<RankingWorkbook> {
  const rows = { team: filters.team, site: filters.site };
  const ranking = await agentResults(sql, period, filters, options);
  // Same numbers as centerKpis(), reusing this ranking's tier counts instead of ranking twice.
  const qaScores = (await readScoredCalls(sql, period, rows, filters.scorecardVersion, options.officialRule)).map((c) => c.score);
  const kpis = computeCenterKpis(period.label, await readKpiCalls(sql, period, rows), qaScores, ranking.stats.tierCounts, targets);
  const checks = summarizeChecks(await readCheckTallies(sql, period, rows, filters.scorecardVersion), ranking);
  return { ranking, kpis, checks, stamp: await readStamp(sql, period, rows, filters.scorecardVersion, now) };
}
