/** Agents from the roster, with their calls' score trend. */
import type { Sql, SqlValue } from '../../pipeline/db/index.ts';
import type { Agent } from '../../pipeline/types.ts';
import { officialScoreSql, type OfficialScoreRule } from '../../pipeline/rank/index.ts';
import { latestScoreVersion } from './latest.ts';

// Quoted aliases: Postgres folds unquoted identifiers to lower case.
const COLUMNS = 'agent_id AS "agentId", name, surname, team, site, coach, language';

/** Agents of the given teams (null = all), ordered by team then name. */
export function listAgents(sql: Sql, teams: string[] | null, filter: { team?: string; site?: string } = {}): Promise<Agent[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (condition: string, ...values: SqlValue[]) => {
    where.push(condition);
    params.push(...values);
  };
  // An empty team list sees nothing (IN () is not valid SQL).
  if (teams) add(teams.length ? `team IN (${teams.map(() => '?').join(', ')})` : '1 = 0', ...teams);
  if (filter.team !== undefined) add('team = ?', filter.team);
  if (filter.site !== undefined) add('site = ?', filter.site);
  return sql.all<Agent>(`SELECT ${COLUMNS} FROM agents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY team, name, agent_id`, params);
}

export async function getAgent(sql: Sql, agentId: string): Promise<Agent | null> {
  return (await sql.get<Agent>(`SELECT ${COLUMNS} FROM agents WHERE agent_id = ?`, [agentId])) ?? null;
}

export interface TrendPoint {
  date: string;
  /** Mean of the day's current call scores, 0–100. */
  meanScore: number;
  scoredCalls: number;
}

/** The agent's mean current call score (the official one under `rule`) per service date in [from, to]. */
export function scoreTrend(sql: Sql, agentId: string, from: string, to: string, rule: OfficialScoreRule = 'automatic'): Promise<TrendPoint[]> {
  const official = officialScoreSql('s', rule);
  return sql.all<TrendPoint>(`SELECT c.date AS date, AVG(${official.score}) AS "meanScore", COUNT(*) AS "scoredCalls"
      FROM calls c JOIN scores s ON s.call_id = c.call_id AND s.scorecard_version = ${latestScoreVersion('c.call_id')}
      ${official.join}
      WHERE c.agent_id = ? AND c.date BETWEEN ? AND ? GROUP BY c.date ORDER BY c.date`, [agentId, from, to]);
}

/** The newest service date that has a scored call (null on an empty store): the default "today" of reports. */
export async function latestScoredDate(sql: Sql): Promise<string | null> {
  // SQLite's planner needs telling to walk calls by date (newest first) and stop at the first
  // scored one; Postgres picks that plan from calls_date_idx by itself.
  const calls = sql.dialect === 'sqlite' ? 'calls c INDEXED BY calls_date_idx' : 'calls c';
  const row = await sql.get<{ d: string }>(`SELECT c.date AS d FROM ${calls}
      WHERE EXISTS (SELECT 1 FROM scores s WHERE s.call_id = c.call_id) ORDER BY c.date DESC LIMIT 1`);
  return row?.d ?? null;
}
