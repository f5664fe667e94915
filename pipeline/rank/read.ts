/**
 * Reads what a ranking needs from the store and runs the pure steps: the entry point for the
 * API and the exports. The same SQL on SQLite and Postgres (counts come back as numbers or
 * numeric text, hence the Number()s).
 */
import type { Sql } from '../db/index.ts';
import type { CheckOutcome } from '../types.ts';
import type { Period } from './period.ts';
import { previousPeriod } from './period.ts';
import { checkScore, keepAgents, rankTallies, withPrevious, withWeakestChecks, type AgentTally } from './rank-agents.ts';
import { callWhere, chosenScoresSql, countedCallsSql, countedScoreCondition, officialScoreSql, type AgentFilters, type OfficialScoreRule } from './sql.ts';
import { withReadCache } from './sqlite-read-cache.ts';
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
  /** Config `review.officialScore`: which score of a call counts (see officialScoreSql); default `automatic`. */
  officialRule?: OfficialScoreRule;
}

/** Scored calls of the period (one score per call, see chosenScoresSql). */
export async function readScoredCalls(
  sql: Sql,
  period: Period,
  filters: AgentFilters = {},
  scorecardVersion?: string,
  rule: OfficialScoreRule = 'automatic',
): Promise<(ScoredCall & { scorecardVersion: string })[]> {
  const q = chosenScoresSql(period, filters, scorecardVersion, rule);
  const rows = await sql.all<{ call_id: string; agent_id: string; score: number; scorecard_version: string }>(q.sql, q.params);
  return rows.map((row) => ({ callId: row.call_id, agentId: row.agent_id, score: Number(row.score), scorecardVersion: row.scorecard_version }));
}

/**
 * Every agent who took a call in the period (roster details; the id when not on the roster)
 * with the count, sum and sum of squares of their counted scores, aggregated in SQL so a
 * month of calls never becomes one JS object per call. A stored score outside 0–100 throws,
 * naming the agent.
 */
export async function readAgentTallies(
  sql: Sql, period: Period, filters: AgentFilters = {}, scorecardVersion?: string, rule: OfficialScoreRule = 'automatic',
): Promise<AgentTally[]> {
  const where = callWhere(period, filters);
  const counted = countedScoreCondition('s', scorecardVersion);
  const official = officialScoreSql('s', rule);
  const score = official.score;
  const rows = await sql.all<{ agent_id: string; name: string | null; team: string | null; site: string | null; coach: string | null; n: unknown; sum: unknown; sum_sq: unknown; lo: unknown; hi: unknown }>(
    `SELECT c.agent_id, MAX(a.name) AS name, MAX(a.team) AS team, MAX(a.site) AS site, MAX(a.coach) AS coach,
            COUNT(s.score) AS n, COALESCE(SUM(${score}), 0) AS sum, COALESCE(SUM((${score}) * (${score})), 0) AS sum_sq, MIN(${score}) AS lo, MAX(${score}) AS hi
     FROM calls c
     LEFT JOIN agents a ON a.agent_id = c.agent_id
     LEFT JOIN scores s ON s.call_id = c.call_id AND ${counted.sql}
     ${official.join}
     WHERE ${where.sql}
     GROUP BY c.agent_id ORDER BY c.agent_id`,
    // Placeholders in text order: the JOIN's condition comes before the WHERE.
    [...counted.params, ...where.params],
  );
  return rows.map((raw) => {
    const row = { ...raw, n: Number(raw.n), sum: Number(raw.sum), sum_sq: Number(raw.sum_sq) };
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
export async function readCheckTallies(sql: Sql, period: Period, filters: AgentFilters = {}, scorecardVersion?: string): Promise<CheckTally[]> {
  return withReadCache(sql, () => readCheckTalliesNow(sql, period, filters, scorecardVersion));
}

async function readCheckTalliesNow(sql: Sql, period: Period, filters: AgentFilters, scorecardVersion: string | undefined): Promise<CheckTally[]> {
  // Which calls count and under which version; their scores are not needed here.
  const chosen = countedCallsSql(period, filters, scorecardVersion);
  const rows = await sql.all<{ agent_id: string; check_id: string; label: string; section: string; weight: number; passed: unknown; failed: unknown; na: unknown }>(
    // Plan notes: `counted` is materialized first so SQLite keeps the date-index plan (cost
    // grows with the period, not the history) instead of probing check_results before scores;
    // sorting it by call_id makes the check_results probes walk the index in key order, and
    // check_results_tally_idx covers every column read, so no table row is (EXPLAIN: "USING
    // COVERING INDEX check_results_tally_idx"; on Postgres an Index Only Scan).
    `WITH counted AS MATERIALIZED (${chosen.sql}),
          ch AS MATERIALIZED (SELECT * FROM counted ORDER BY call_id)
     SELECT ch.agent_id, cr.check_id, MAX(cr.label) AS label, MAX(cr.section) AS section, MAX(cr.weight) AS weight,
            SUM(CASE WHEN cr.outcome = 'pass' THEN 1 ELSE 0 END) AS passed, SUM(CASE WHEN cr.outcome = 'fail' THEN 1 ELSE 0 END) AS failed,
            SUM(CASE WHEN cr.outcome = 'na' THEN 1 ELSE 0 END) AS na
     FROM ch JOIN check_results cr ON cr.call_id = ch.call_id AND cr.scorecard_version = ch.scorecard_version
     GROUP BY ch.agent_id, cr.check_id ORDER BY ch.agent_id, cr.check_id`,
    chosen.params,
  );
  const tallies = new Map<string, CheckTally>();
  for (const r of rows) {
    tallies.set(`${r.agent_id}\u0000${r.check_id}`, {
      agentId: r.agent_id, checkId: r.check_id, label: r.label, section: r.section, weight: Number(r.weight), passed: Number(r.passed), failed: Number(r.failed), na: Number(r.na),
    });
  }
  // Overrides are few: move each corrected call from its automatic outcome to the coach's.
  // On SQLite, CROSS JOIN keeps the (small) overrides table as the outer loop; Postgres has no
  // CROSS JOIN … ON (its planner picks the order itself).
  const corrections = await sql.all<{ agent_id: string; check_id: string; original: CheckOutcome; corrected: CheckOutcome }>(
    `SELECT ch.agent_id, o.check_id, cr.outcome AS original, o.outcome AS corrected
     FROM overrides o
     ${sql.dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN'} (${chosen.sql}) ch ON ch.call_id = o.call_id AND ch.scorecard_version = o.scorecard_version
     JOIN check_results cr ON cr.call_id = o.call_id AND cr.scorecard_version = o.scorecard_version AND cr.check_id = o.check_id
     WHERE NOT EXISTS (SELECT 1 FROM overrides later WHERE later.call_id = o.call_id AND later.scorecard_version = o.scorecard_version
             AND later.check_id = o.check_id AND (later.created_at > o.created_at OR (later.created_at = o.created_at AND later.id > o.id)))`,
    chosen.params,
  );
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
export async function agentResults(sql: Sql, period: Period, filters: AgentResultFilters = {}, options: AgentResultOptions = {}): Promise<Ranking> {
  return withReadCache(sql, () => agentResultsNow(sql, period, filters, options));
}

async function agentResultsNow(sql: Sql, period: Period, filters: AgentResultFilters, options: AgentResultOptions): Promise<Ranking> {
  const { weakChecks: weakOptions, ...rankOverrides } = options;
  const population: AgentFilters = filters.rankWithinFilter ? { team: filters.team, site: filters.site } : {};
  const version = filters.scorecardVersion;
  const { officialRule, ...rankOnly } = rankOverrides;
  const rankPeriod = async (p: Period) => rankTallies(await readAgentTallies(sql, p, population, version, officialRule), rankOnly);

  let ranking = withPrevious(await rankPeriod(period), await rankPeriod(previousPeriod(period)));
  const rowFilter: AgentFilters = { team: filters.team, site: filters.site };
  if (weakOptions !== false) ranking = withWeakestChecks(ranking, weakestChecks(await readCheckTallies(sql, period, rowFilter, version), weakOptions));
  if (!filters.rankWithinFilter && (filters.team !== undefined || filters.site !== undefined)) {
    ranking = keepAgents(
      ranking,
      (a) => (filters.team === undefined || a.team === filters.team) && (filters.site === undefined || a.site === filters.site),
    );
  }
  return ranking;
}
