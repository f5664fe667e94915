/**
 * Agents as the pages and the API show them: roster rows joined with their standing for a
 * period from pipeline/rank (tier, stars, adjusted score; tiers relative to the whole center,
 * even when a coach sees only their teams), and one agent's trend and recent calls.
 */
import type { Sql } from '../../pipeline/db/index.ts';
import { addDays, type Period, agentResults, type AgentResultOptions, type AgentResult } from '../../pipeline/rank/index.ts';
import type { Agent } from '../../pipeline/types.ts';
import { getAgent, listAgents, scoreTrend, type TrendPoint } from '../queries/agents.ts';
import { newestCalls, type CallListItem } from '../queries/calls.ts';

export type AgentStanding = Pick<
  AgentResult,
  'scoredCalls' | 'meanScore' | 'adjustedScore' | 'interval' | 'rank' | 'percentileRank' | 'tier' | 'stars' | 'adjustedChange' | 'weakestChecks'
>;

export interface AgentRow extends Agent, AgentStanding {}

const NO_STANDING: AgentStanding = {
  scoredCalls: 0, meanScore: null, adjustedScore: null, interval: null, rank: null, percentileRank: null,
  tier: 'insufficient_data', stars: null, adjustedChange: null, weakestChecks: [],
};

function standingOf(r: AgentResult | undefined): AgentStanding {
  if (!r) return NO_STANDING;
  const { scoredCalls, meanScore, adjustedScore, interval, rank, percentileRank, tier, stars, adjustedChange, weakestChecks } = r;
  return { scoredCalls, meanScore, adjustedScore, interval, rank, percentileRank, tier, stars, adjustedChange, weakestChecks };
}

/** Roster agents of `teams` (null = all) with their standing in `period`; ranked agents first, by rank. */
export async function agentsWithStanding(sql: Sql, period: Period, teams: string[] | null, filter: { team?: string; site?: string }, rankOptions?: AgentResultOptions): Promise<AgentRow[]> {
  const [ranking, agents] = await Promise.all([agentResults(sql, period, {}, rankOptions), listAgents(sql, teams, filter)]);
  const byId = new Map(ranking.agents.map((a) => [a.agentId, a]));
  const rows = agents.map((a) => ({ ...a, ...standingOf(byId.get(a.agentId)) }));
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.scoredCalls - a.scoredCalls || a.agentId.localeCompare(b.agentId));
}

export interface AgentDetail {
  agent: Agent;
  period: Period;
  standing: AgentStanding;
  /** Daily mean score over the 90 days ending with the period. */
  trend: TrendPoint[];
  recentCalls: CallListItem[];
}

export async function agentDetail(sql: Sql, agentId: string, period: Period, rankOptions?: AgentResultOptions): Promise<AgentDetail | null> {
  const agent = await getAgent(sql, agentId);
  if (!agent) return null;
  const [ranking, trend, recent] = await Promise.all([
    agentResults(sql, period, {}, rankOptions),
    scoreTrend(sql, agentId, addDays(period.endDate, -89), period.endDate, rankOptions?.officialRule),
    newestCalls(sql, { agentId, to: period.endDate, officialRule: rankOptions?.officialRule }, { page: 1, pageSize: 20 }),
  ]);
  const standing = standingOf(ranking.agents.find((a) => a.agentId === agentId));
  const recentCalls = recent.items;
  return { agent, period, standing, trend, recentCalls };
}
