/**
 * SQL fragments shared by the readers of rank, kpi, voc and export: which calls a period
 * and filters select, and which score of each call counts.
 */
import type { Period } from './period.ts';

/** Narrow a report to one team and/or site (roster values; exact match). */
export interface AgentFilters {
  team?: string;
  site?: string;
}

export interface SqlPart {
  sql: string;
  params: Record<string, string>;
}

/**
 * WHERE conditions on `calls c` (and `agents a`, left-joined) for a period and filters.
 * Team and site come from the roster; a call whose agent is not on the roster matches no
 * team or site filter.
 */
export function callWhere(period: Period, filters: AgentFilters = {}): SqlPart {
  const conditions = ['c.date BETWEEN @startDate AND @endDate'];
  const params: Record<string, string> = { startDate: period.startDate, endDate: period.endDate };
  if (filters.team !== undefined) {
    conditions.push('a.team = @team');
    params.team = filters.team;
  }
  if (filters.site !== undefined) {
    conditions.push('a.site = @site');
    params.site = filters.site;
  }
  return { sql: conditions.join(' AND '), params };
}

/**
 * SELECT of the score that counts for each call of the period: the given scorecard version, or
 * else the newest score row of the call (by created_at, then version text, so ties resolve
 * the same way every time). Columns: call_id, agent_id, score, scorecard_version.
 */
export function chosenScoresSql(period: Period, filters: AgentFilters = {}, scorecardVersion?: string): SqlPart {
  const where = callWhere(period, filters);
  const params = { ...where.params };
  let versionCondition = '';
  if (scorecardVersion !== undefined) {
    versionCondition = ' AND s.scorecard_version = @scorecardVersion';
    params.scorecardVersion = scorecardVersion;
  }
  return {
    sql: `SELECT call_id, agent_id, score, scorecard_version FROM (
        SELECT c.call_id, c.agent_id, s.score, s.scorecard_version,
               ROW_NUMBER() OVER (PARTITION BY s.call_id ORDER BY s.created_at DESC, s.scorecard_version DESC) AS rn
        FROM calls c
        JOIN scores s ON s.call_id = c.call_id
        LEFT JOIN agents a ON a.agent_id = c.agent_id
        WHERE ${where.sql}${versionCondition}
      ) WHERE rn = 1`,
    params,
  };
}
