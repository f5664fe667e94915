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
 * What a call's official score is (config `review.officialScore`; the same rule as
 * pipeline/review/official-score.ts, restated here as SQL because rank sits below review):
 * `automatic` — the score row's own score and auto-fail (after coaches' corrections, which
 * rewrite that row); `human-replaces` — the newest ordinary evaluation (session_id = 0, by
 * updated_at then id) of the same call and scorecard version replaces both, where one exists.
 */
export type OfficialScoreRule = 'automatic' | 'human-replaces';

/**
 * The official score of score row `alias` as SQL: a JOIN to append after the scores join (empty
 * under `automatic`, so the default costs nothing) and the expressions of the score (0–100) and
 * auto-fail (0/1). Evaluations are found through their unique key (call, version, …): one index
 * probe per scored call. Every reader of scores (rankings, KPIs, exports, trend, calls list)
 * takes its score from here so they never disagree.
 */
export function officialScoreSql(alias: string, rule: OfficialScoreRule = 'automatic'): { join: string; score: string; autoFailed: string } {
  if (rule === 'automatic') return { join: '', score: `${alias}.score`, autoFailed: `${alias}.auto_failed` };
  const ev = `${alias}_ev`;
  return {
    join: `LEFT JOIN evaluations ${ev} ON ${ev}.call_id = ${alias}.call_id AND ${ev}.scorecard_version = ${alias}.scorecard_version AND ${ev}.session_id = 0
      AND NOT EXISTS (SELECT 1 FROM evaluations ${ev}_later WHERE ${ev}_later.call_id = ${ev}.call_id
            AND ${ev}_later.scorecard_version = ${ev}.scorecard_version AND ${ev}_later.session_id = 0
            AND (${ev}_later.updated_at > ${ev}.updated_at OR (${ev}_later.updated_at = ${ev}.updated_at AND ${ev}_later.id > ${ev}.id)))`,
    // CASE on the evaluation's id, not coalesce on its score: a found evaluation wins whole.
    score: `CASE WHEN ${ev}.id IS NULL THEN ${alias}.score ELSE ${ev}.score END`,
    autoFailed: `CASE WHEN ${ev}.id IS NULL THEN ${alias}.auto_failed ELSE ${ev}.auto_failed END`,
  };
}

/**
 * SELECT of the counted score of each scored call of the period (see countedScoreCondition),
 * its value the official score under `rule`.
 * Columns: call_id, agent_id, score, auto_failed, scorecard_version.
 */
export function chosenScoresSql(period: Period, filters: AgentFilters = {}, scorecardVersion?: string, rule: OfficialScoreRule = 'automatic'): SqlPart {
  const where = callWhere(period, filters);
  const counted = countedScoreCondition('s', scorecardVersion);
  const official = officialScoreSql('s', rule);
  return {
    sql: `SELECT c.call_id, c.agent_id, ${official.score} AS score, ${official.autoFailed} AS auto_failed, s.scorecard_version
      FROM calls c
      JOIN scores s ON s.call_id = c.call_id
      ${official.join}
      ${rosterJoin(filters)}
      WHERE ${where.sql} AND ${counted.sql}`,
    params: [...where.params, ...counted.params],
  };
}

/**
 * SELECT of the calls of the period that have a counted score (see countedScoreCondition) and
 * that score's version, without the score itself: what the weakest-checks tally joins
 * check_results on. The same rows as chosenScoresSql (its official-score join never adds or
 * drops a row); the score and auto-fail columns are left out so neither the score row nor an
 * evaluation is read (the covering index scores_call_latest_idx answers the rest).
 * Columns: call_id, agent_id, scorecard_version.
 */
export function countedCallsSql(period: Period, filters: AgentFilters = {}, scorecardVersion?: string): SqlPart {
  const where = callWhere(period, filters);
  const counted = countedScoreCondition('s', scorecardVersion);
  return {
    sql: `SELECT c.call_id, c.agent_id, s.scorecard_version
      FROM calls c
      JOIN scores s ON s.call_id = c.call_id
      ${rosterJoin(filters)}
      WHERE ${where.sql} AND ${counted.sql}`,
    params: [...where.params, ...counted.params],
  };
}

/**
 * The roster join a team or site filter reads (`agents a`), or nothing: without a filter it
 * cannot change the rows (agent_id is the roster's key) and cost a probe per call — a third
 * of the month's check read at 1,500 agents (issue 15).
 */
const rosterJoin = (filters: AgentFilters): string =>
  filters.team !== undefined || filters.site !== undefined ? 'LEFT JOIN agents a ON a.agent_id = c.agent_id' : '';

/**
 * The official score (or auto-fail) of the call `callRef` (an SQL expression of a call id) as
 * one scalar subquery: its newest score row (created_at, then version text — the row the call
 * list and the call page show) through officialScoreSql. For filters and sorts of call lists.
 */
export function officialScoreOfCall(callRef: string, column: 'score' | 'auto_failed', rule: OfficialScoreRule = 'automatic'): string {
  const official = officialScoreSql('cur', rule);
  return `(SELECT ${column === 'score' ? official.score : official.autoFailed} FROM scores cur ${official.join}
    WHERE cur.call_id = ${callRef} ORDER BY cur.created_at DESC, cur.scorecard_version DESC LIMIT 1)`;
}
