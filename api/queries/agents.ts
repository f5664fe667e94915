/** Agents from the roster, with their calls' score trend. */
import type { Db } from '../../pipeline/db/index.ts';
import type { Agent } from '../../pipeline/types.ts';
import { latestScoreRowid } from './latest.ts';
import { prepared } from './prepared.ts';

const COLUMNS = 'agent_id AS agentId, name, surname, team, site, coach, language';

/** Agents of the given teams (null = all), ordered by team then name. */
export function listAgents(db: Db, teams: string[] | null, filter: { team?: string; site?: string } = {}): Agent[] {
  return prepared(db, `SELECT ${COLUMNS} FROM agents
      WHERE (@teams IS NULL OR team IN (SELECT value FROM json_each(@teams)))
        AND (@team IS NULL OR team = @team) AND (@site IS NULL OR site = @site)
      ORDER BY team, name, agent_id`).all({ teams: teams ? JSON.stringify(teams) : null, team: filter.team ?? null, site: filter.site ?? null }) as Agent[];
}

export function getAgent(db: Db, agentId: string): Agent | null {
  return (prepared(db, `SELECT ${COLUMNS} FROM agents WHERE agent_id = ?`).get(agentId) as Agent | undefined) ?? null;
}

export interface TrendPoint {
  date: string;
  /** Mean of the day's current call scores, 0–100. */
  meanScore: number;
  scoredCalls: number;
}

/** The agent's mean current call score per service date in [from, to]. */
export function scoreTrend(db: Db, agentId: string, from: string, to: string): TrendPoint[] {
  return prepared(db, `SELECT c.date AS date, AVG(s.score) AS meanScore, COUNT(*) AS scoredCalls
      FROM calls c JOIN scores s ON s.rowid = ${latestScoreRowid('c.call_id')}
      WHERE c.agent_id = ? AND c.date BETWEEN ? AND ? GROUP BY c.date ORDER BY c.date`).all(agentId, from, to) as TrendPoint[];
}

/** The newest service date that has a scored call (null on an empty store): the default "today" of reports. */
export function latestScoredDate(db: Db): string | null {
  const row = prepared(db, `SELECT c.date AS d FROM calls c INDEXED BY calls_date_idx
      WHERE EXISTS (SELECT 1 FROM scores s WHERE s.call_id = c.call_id) ORDER BY c.date DESC LIMIT 1`).get() as { d: string } | undefined;
  return row?.d ?? null;
}
