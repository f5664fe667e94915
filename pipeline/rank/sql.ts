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

/** A piece of SQL and the values of its `?` placeholders, in order. */
export interface SqlPart {
  sql: string;
  params: string[];
}

/**
 * WHERE conditions on `calls c` (and `agents a`, left-joined) for a period and filters.
 * Team and site come from the roster; a call whose agent is not on the roster matches no
 * team or site filter.
 */
export function callWhere(period: Period, filters: AgentFilters = {}): SqlPart {
  const conditions = ['c.date BETWEEN ? AND ?'];
  const params = [period.startDate, period.endDate];
  if (filters.team !== undefined) {
    conditions.push('a.team = ?');
    params.push(filters.team);
  }
  if (filters.site !== undefined) {
    conditions.push('a.site = ?');
    params.push(filters.site);
  }
  return { sql: conditions.join(' AND '), params };
}

/**
 * SQL condition, true when score row `alias` is the one that counts for its call: the given
 * scorecard version, or else the newest score row of the call (by created_at, then version
 * text, so ties resolve the same way every time). Written as NOT EXISTS rather than a window
 * function: with one score per call (the usual case) it is a single index probe, ~5× cheaper.
 */
export function countedScoreCondition(alias: string, scorecardVersion?: string): SqlPart {
  if (scorecardVersion !== undefined) return { sql: `${alias}.scorecard_version = ?`, params: [scorecardVersion] };
  return {
    sql: `NOT EXISTS (SELECT 1 FROM scores newer WHERE newer.call_id = ${alias}.call_id
            AND newer.scorecard_version <> ${alias}.scorecard_version
            AND (newer.created_at > ${alias}.created_at
                 OR (newer.created_at = ${alias}.created_at AND newer.scorecard_version > ${alias}.scorecard_version)))`,
    params: [],
  };
}

/**
 * SELECT of the counted score of each scored call of the period (see countedScoreCondition).
 * Columns: call_id, agent_id, score, scorecard_version.
 */
export function chosenScoresSql(period: Period, filters: AgentFilters = {}, scorecardVersion?: string): SqlPart {
  const where = callWhere(period, filters);
  const counted = countedScoreCondition('s', scorecardVersion);
  return {
    sql: `SELECT c.call_id, c.agent_id, s.score, s.scorecard_version
      FROM calls c
      JOIN scores s ON s.call_id = c.call_id
      LEFT JOIN agents a ON a.agent_id = c.agent_id
      WHERE ${where.sql} AND ${counted.sql}`,
    params: [...where.params, ...counted.params],
  };
}
