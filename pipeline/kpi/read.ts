/** Center KPIs for a period, read from the store (manifest calls, audio health, scores, tiers). */
import type { Db } from '../db/index.ts';
import { type Period, agentResults, readScoredCalls, type AgentResultFilters, type AgentResultOptions, callWhere, type AgentFilters } from '../rank/index.ts';
import { computeCenterKpis } from './compute-kpis.ts';
import type { CenterKpis, KpiCall, KpiTargets } from './types.ts';

/** Manifest calls of the period with the newest audio health reason of each. */
export function readKpiCalls(db: Db, period: Period, filters: AgentFilters = {}): KpiCall[] {
  const where = callWhere(period, filters);
  return db.$client
    .prepare(
      `SELECT c.call_id, c.wait_s, c.abandoned, c.resolved, c.duration_s,
         (SELECT COALESCE(json_extract(sr.result, '$.health.reason'), 'unknown')
            FROM stage_results sr WHERE sr.call_id = c.call_id AND sr.stage = 'audio'
            ORDER BY sr.created_at DESC, sr.version DESC LIMIT 1) AS health
       FROM calls c LEFT JOIN agents a ON a.agent_id = c.agent_id
       WHERE ${where.sql}`,
    )
    .all(where.params)
    .map((r) => {
      const row = r as { call_id: string; wait_s: number | null; abandoned: number | null; resolved: number | null; duration_s: number | null; health: string | null };
      return {
        callId: row.call_id,
        waitS: row.wait_s,
        abandoned: row.abandoned === null ? null : row.abandoned === 1,
        resolved: row.resolved === null ? null : row.resolved === 1,
        durationS: row.duration_s,
        recordingHealth: row.health,
      };
    });
}

/**
 * KPIs of the period against `targets` (defaults: the seed documents'). Tier counts come from
 * `agentResults` with the same filters and rank options.
 */
export function centerKpis(
  db: Db,
  period: Period,
  targets: Partial<KpiTargets> = {},
  filters: AgentResultFilters = {},
  rankOptions: AgentResultOptions = {},
): CenterKpis {
  const rowFilters: AgentFilters = { team: filters.team, site: filters.site };
  const calls = readKpiCalls(db, period, rowFilters);
  const scores = readScoredCalls(db, period, rowFilters, filters.scorecardVersion).map((c) => c.score);
  const tiers = agentResults(db, period, filters, rankOptions).stats.tierCounts;
  return computeCenterKpis(period.label, calls, scores, tiers, targets);
}
