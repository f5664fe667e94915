/**
 * Reads what a ranking needs from the store and runs the pure steps: the entry point for the
 * API and the exports. Synchronous, like better-sqlite3.
 */
import type { Db } from '../db/index.ts';
import type { CheckOutcome } from '../types.ts';
import type { Period } from './period.ts';
import { previousPeriod } from './period.ts';
import { checkScore, keepAgents, rankTallies, withPrevious, withWeakestChecks, type AgentTally } from './rank-agents.ts';
import { callWhere, chosenScoresSql, countedScoreCondition, type AgentFilters } from './sql.ts';
import type { RankOptions, Ranking, ScoredCall } from './types.ts';
import { weakestChecks, type CheckTally, type WeakCheckOptions } from './weak-checks.ts';

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
  /** Options for each agent's weakest checks, or false to skip reading check results (faster; e.g. for sampling). */
  weakChecks?: WeakCheckOptions | false;
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

/**
 * Every agent who took a call in the period (roster details; the id when not on the roster)
 * with the count, sum and sum of squares of their counted scores, aggregated in SQL so a
 * month of calls never becomes one JS object per call. A stored score outside 0–100 throws,
 * naming the agent.
 */
export function readAgentTallies(db: Db, period: Period, filters: AgentFilters = {}, scorecardVersion?: string): AgentTally[] {
  const where = callWhere(period, filters);
  const counted = countedScoreCondition('s', scorecardVersion);
  return db.$client
    .prepare(
      `SELECT c.agent_id, MAX(a.name) AS name, MAX(a.team) AS team, MAX(a.site) AS site, MAX(a.coach) AS coach,
              COUNT(s.score) AS n, TOTAL(s.score) AS sum, TOTAL(s.score * s.score) AS sum_sq, MIN(s.score) AS lo, MAX(s.score) AS hi
       FROM calls c
       LEFT JOIN agents a ON a.agent_id = c.agent_id
       LEFT JOIN scores s ON s.call_id = c.call_id AND ${counted.sql}
       WHERE ${where.sql}
       GROUP BY c.agent_id ORDER BY c.agent_id`,
    )
    .all({ ...where.params, ...counted.params })
    .map((r) => {
      const row = r as { agent_id: string; name: string | null; team: string | null; site: string | null; coach: string | null; n: number; sum: number; sum_sq: number; lo: unknown; hi: unknown };
      if (row.n > 0) {
        checkScore(row.lo, `agent ${row.agent_id} (a stored score in ${period.label})`);
        checkScore(row.hi, `agent ${row.agent_id} (a stored score in ${period.label})`);
      }
      return {
        agent: { agentId: row.agent_id, name: row.name ?? row.agent_id, team: row.team ?? '', site: row.site ?? '', coach: row.coach ?? '' },
        tally: { n: row.n, sum: row.sum, sumSq: row.sum_sq },
      };
    });
}

/**
 * Check outcomes per agent and check over the period's counted scores. A coach's override
 * (newest per call, version and check) replaces the automatic outcome.
 */
export function readCheckTallies(db: Db, period: Period, filters: AgentFilters = {}, scorecardVersion?: string): CheckTally[] {
  const chosen = chosenScoresSql(period, filters, scorecardVersion);
  const rows = db.$client
    .prepare(
      // Plan notes: `counted` is materialized first so SQLite keeps the date-index plan (cost
      // grows with the period, not the history) instead of probing check_results before scores;
      // sorting it by call_id makes the check_results probes walk the index in key order.
      `WITH counted AS MATERIALIZED (${chosen.sql}),
            ch AS MATERIALIZED (SELECT * FROM counted ORDER BY call_id)
       SELECT ch.agent_id, cr.check_id, MAX(cr.label) AS label, MAX(cr.section) AS section, MAX(cr.weight) AS weight,
              SUM(cr.outcome = 'pass') AS passed, SUM(cr.outcome = 'fail') AS failed, SUM(cr.outcome = 'na') AS na
       FROM ch JOIN check_results cr ON cr.call_id = ch.call_id AND cr.scorecard_version = ch.scorecard_version
       GROUP BY ch.agent_id, cr.check_id ORDER BY ch.agent_id, cr.check_id`,
    )
    .all(chosen.params) as { agent_id: string; check_id: string; label: string; section: string; weight: number; passed: number; failed: number; na: number }[];
  const tallies = new Map<string, CheckTally>();
  for (const r of rows) {
    tallies.set(`${r.agent_id}\u0000${r.check_id}`, { agentId: r.agent_id, checkId: r.check_id, label: r.label, section: r.section, weight: r.weight, passed: r.passed, failed: r.failed, na: r.na });
  }
  // Overrides are few: move each corrected call from its automatic outcome to the coach's.
  // CROSS JOIN keeps the (small) overrides table as the outer loop.
  const corrections = db.$client
    .prepare(
      `SELECT ch.agent_id, o.check_id, cr.outcome AS original, o.outcome AS corrected
       FROM overrides o
       CROSS JOIN (${chosen.sql}) ch ON ch.call_id = o.call_id AND ch.scorecard_version = o.scorecard_version
       JOIN check_results cr ON cr.call_id = o.call_id AND cr.scorecard_version = o.scorecard_version AND cr.check_id = o.check_id
       WHERE NOT EXISTS (SELECT 1 FROM overrides later WHERE later.call_id = o.call_id AND later.scorecard_version = o.scorecard_version
               AND later.check_id = o.check_id AND (later.created_at > o.created_at OR (later.created_at = o.created_at AND later.id > o.id)))`,
    )
    .all(chosen.params) as { agent_id: string; check_id: string; original: CheckOutcome; corrected: CheckOutcome }[];
  const field = { pass: 'passed', fail: 'failed', na: 'na' } as const;
  for (const c of corrections) {
    const t = tallies.get(`${c.agent_id}\u0000${c.check_id}`);
    if (!t || c.original === c.corrected) continue;
    t[field[c.original]]--;
    t[field[c.corrected]]++;
  }
  return [...tallies.values()];
}

/**
 * Agent results for a period: ranking with tiers and stars, change since the previous period
 * (same kind and length, see previousPeriod) and each agent's weakest checks.
 */
export function agentResults(db: Db, period: Period, filters: AgentResultFilters = {}, options: AgentResultOptions = {}): Ranking {
  const { weakChecks: weakOptions, ...rankOverrides } = options;
  const population: AgentFilters = filters.rankWithinFilter ? { team: filters.team, site: filters.site } : {};
  const version = filters.scorecardVersion;
  const rankPeriod = (p: Period) => rankTallies(readAgentTallies(db, p, population, version), rankOverrides);

  let ranking = withPrevious(rankPeriod(period), rankPeriod(previousPeriod(period)));
  const rowFilter: AgentFilters = { team: filters.team, site: filters.site };
  if (weakOptions !== false) ranking = withWeakestChecks(ranking, weakestChecks(readCheckTallies(db, period, rowFilter, version), weakOptions));
  if (!filters.rankWithinFilter && (filters.team !== undefined || filters.site !== undefined)) {
    ranking = keepAgents(
      ranking,
      (a) => (filters.team === undefined || a.team === filters.team) && (filters.site === undefined || a.site === filters.site),
    );
  }
  return ranking;
}
