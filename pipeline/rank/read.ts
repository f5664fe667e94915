/**
 * Reads what a ranking needs from the store and runs the pure steps: the entry point for the
 * API and the exports. Synchronous, like better-sqlite3.
 */
import type { Db } from '../db/client.ts';
import type { Period } from './period.ts';
import { previousPeriod } from './period.ts';
import { keepAgents, rankAgents, withPrevious, withWeakestChecks } from './rankAgents.ts';
import { callWhere, chosenScoresSql, type AgentFilters } from './sql.ts';
import type { AgentInfo, RankOptions, Ranking, ScoredCall } from './types.ts';
import { weakestChecks, type CheckTally, type WeakCheckOptions } from './weakChecks.ts';

export interface AgentResultFilters extends AgentFilters {
  /**
   * false (default): tiers, ranks and the center mean come from the whole center and the
   * filter only selects rows, so a team's "top" means top 25% of the center.
   * true: the filtered agents are ranked among themselves.
   */
  rankWithinFilter?: boolean;
  /** Use this scorecard version's scores only; default: each call's newest score. */
  scorecardVersion?: string;
}

export interface AgentResultOptions extends Partial<RankOptions> {
  weakChecks?: WeakCheckOptions;
}

/** Scored calls of the period (one score per call, see chosenScoresSql). */
export function readScoredCalls(
  db: Db,
  period: Period,
  filters: AgentFilters = {},
  scorecardVersion?: string,
): (ScoredCall & { scorecardVersion: string })[] {
  const q = chosenScoresSql(period, filters, scorecardVersion);
  return db.$client
    .prepare(q.sql)
    .all(q.params)
    .map((r) => {
      const row = r as { call_id: string; agent_id: string; score: number; scorecard_version: string };
      return { callId: row.call_id, agentId: row.agent_id, score: row.score, scorecardVersion: row.scorecard_version };
    });
}

/** Agents who took at least one call in the period (roster details; the id when not on the roster). */
export function readPeriodAgents(db: Db, period: Period, filters: AgentFilters = {}): AgentInfo[] {
  const where = callWhere(period, filters);
  return db.$client
    .prepare(
      `SELECT c.agent_id, a.name, a.team, a.site, a.coach
       FROM calls c LEFT JOIN agents a ON a.agent_id = c.agent_id
       WHERE ${where.sql} GROUP BY c.agent_id ORDER BY c.agent_id`,
    )
    .all(where.params)
    .map((r) => {
      const row = r as { agent_id: string; name: string | null; team: string | null; site: string | null; coach: string | null };
      return { agentId: row.agent_id, name: row.name ?? row.agent_id, team: row.team ?? '', site: row.site ?? '', coach: row.coach ?? '' };
    });
}

/**
 * Check outcomes per agent and check over the period's counted scores. A coach's override
 * (newest per call, version and check) replaces the automatic outcome.
 */
export function readCheckTallies(db: Db, period: Period, filters: AgentFilters = {}, scorecardVersion?: string): CheckTally[] {
  const chosen = chosenScoresSql(period, filters, scorecardVersion);
  return db.$client
    .prepare(
      `WITH chosen AS (${chosen.sql}),
       ov AS (
         SELECT call_id, scorecard_version, check_id, outcome FROM (
           SELECT o.call_id, o.scorecard_version, o.check_id, o.outcome,
                  ROW_NUMBER() OVER (PARTITION BY o.call_id, o.scorecard_version, o.check_id ORDER BY o.created_at DESC, o.id DESC) AS rn
           FROM overrides o JOIN chosen ch ON ch.call_id = o.call_id AND ch.scorecard_version = o.scorecard_version
         ) WHERE rn = 1
       ),
       outcomes AS (
         SELECT ch.agent_id, cr.check_id, cr.label, cr.section, COALESCE(ov.outcome, cr.outcome) AS outcome
         FROM chosen ch
         JOIN check_results cr ON cr.call_id = ch.call_id AND cr.scorecard_version = ch.scorecard_version
         LEFT JOIN ov ON ov.call_id = cr.call_id AND ov.scorecard_version = cr.scorecard_version AND ov.check_id = cr.check_id
       )
       SELECT agent_id, check_id, MAX(label) AS label, MAX(section) AS section,
              SUM(outcome = 'pass') AS passed, SUM(outcome = 'fail') AS failed, SUM(outcome = 'na') AS na
       FROM outcomes GROUP BY agent_id, check_id ORDER BY agent_id, check_id`,
    )
    .all(chosen.params)
    .map((r) => {
      const row = r as { agent_id: string; check_id: string; label: string; section: string; passed: number; failed: number; na: number };
      return { agentId: row.agent_id, checkId: row.check_id, label: row.label, section: row.section, passed: row.passed, failed: row.failed, na: row.na };
    });
}

/**
 * Agent results for a period: ranking with tiers and stars, change since the previous period
 * (same kind and length, see previousPeriod) and each agent's weakest checks.
 */
export function agentResults(db: Db, period: Period, filters: AgentResultFilters = {}, options: AgentResultOptions = {}): Ranking {
  const { weakChecks: weakOptions, ...rankOverrides } = options;
  const population: AgentFilters = filters.rankWithinFilter ? { team: filters.team, site: filters.site } : {};
  const version = filters.scorecardVersion;
  const rankPeriod = (p: Period) => rankAgents(readScoredCalls(db, p, population, version), readPeriodAgents(db, p, population), rankOverrides);

  let ranking = withPrevious(rankPeriod(period), rankPeriod(previousPeriod(period)));
  const rowFilter: AgentFilters = { team: filters.team, site: filters.site };
  ranking = withWeakestChecks(ranking, weakestChecks(readCheckTallies(db, period, rowFilter, version), weakOptions));
  if (!filters.rankWithinFilter && (filters.team !== undefined || filters.site !== undefined)) {
    ranking = keepAgents(
      ranking,
      (a) => (filters.team === undefined || a.team === filters.team) && (filters.site === undefined || a.site === filters.site),
    );
  }
  return ranking;
}
