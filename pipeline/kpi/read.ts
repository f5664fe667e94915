/** Center KPIs for a period, read from the store (manifest calls, audio health, scores, tiers). */
import { jsonTextAt, type Sql } from '../db/index.ts';
import { type Period, agentResults, readScoredCalls, type AgentResultFilters, type AgentResultOptions, callWhere, type AgentFilters } from '../rank/index.ts';
import { computeCenterKpis } from './compute-kpis.ts';
import type { CenterKpis, KpiCall, KpiTargets } from './types.ts';

/** Manifest calls of the period with the newest audio health reason of each. */
export async function readKpiCalls(sql: Sql, period: Period, filters: AgentFilters = {}): Promise<KpiCall[]> {
  const where = callWhere(period, filters);
  const rows = await sql.all<{ call_id: string; wait_s: number | null; abandoned: number | null; resolved: number | null; duration_s: number | null; health: string | null }>(
    `SELECT c.call_id, c.wait_s, c.abandoned, c.resolved, c.duration_s,
       (SELECT COALESCE(${jsonTextAt(sql.dialect, 'sr.result', ['health', 'reason'])}, 'unknown')
          FROM stage_results sr WHERE sr.call_id = c.call_id AND sr.stage = 'audio'
          ORDER BY sr.created_at DESC, sr.version DESC LIMIT 1) AS health
     FROM calls c LEFT JOIN agents a ON a.agent_id = c.agent_id
     WHERE ${where.sql}`,
    where.params,
  );
  const num = (v: unknown) => (v === null ? null : Number(v));
  return rows.map((row) => ({
    callId: row.call_id,
    waitS: num(row.wait_s),
    abandoned: row.abandoned === null ? null : Number(row.abandoned) === 1,
    resolved: row.resolved === null ? null : Number(row.resolved) === 1,
    durationS: num(row.duration_s),
    recordingHealth: row.health,
  }));
}

/**
 * KPIs of the period against `targets` (defaults: the seed documents'). Tier counts come from
 * `agentResults` with the same filters and rank options; the mean QA score is of the official
 * scores under `rankOptions.officialRule`, like the ranking's.
 */
export async function centerKpis(
  sql: Sql,
  period: Period,
  targets: Partial<KpiTargets> = {},
  filters: AgentResultFilters = {},
  rankOptions: AgentResultOptions = {},
): Promise<CenterKpis> {
  const rowFilters: AgentFilters = { team: filters.team, site: filters.site };
  const calls = await readKpiCalls(sql, period, rowFilters);
  const scores = (await readScoredCalls(sql, period, rowFilters, filters.scorecardVersion, rankOptions.officialRule)).map((c) => c.score);
  const tiers = (await agentResults(sql, period, filters, rankOptions)).stats.tierCounts;
  return computeCenterKpis(period.label, calls, scores, tiers, targets);
}
