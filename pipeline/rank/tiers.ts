/**
 * Tiers and order. Tiered agents (at least `minCalls` scored calls) are ordered by
 *
 *   1. adjusted score, higher first (scores equal to 1e-9 points count as tied),
 *   2. then more scored calls first (the better-measured agent wins a tie),
 *   3. then agent_id in code-point order (stable across runs and locales).
 *
 * With N tiered agents the top tier is ranks 1..⌊N/4⌋ and the bottom tier the last ⌊N/4⌋
 * ranks; everyone else is middle. Rounding down means "top 25%" never holds more than 25%
 * of agents: 4 → 1/2/1, 5 → 1/3/1, 8 → 2/4/2, 101 → 25/51/25, and under 4 agents nobody is
 * top or bottom.
 */
import type { Tier } from './types.ts';

const SCORE_EPSILON = 1e-9;

export interface Rankable {
  agentId: string;
  adjustedScore: number;
  scoredCalls: number;
}

/** Comparator for Array.sort: best first, fully deterministic. */
export function compareForRank(a: Rankable, b: Rankable): number {
  const diff = b.adjustedScore - a.adjustedScore;
  if (Math.abs(diff) > SCORE_EPSILON) return diff;
  if (a.scoredCalls !== b.scoredCalls) return b.scoredCalls - a.scoredCalls;
  return a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0;
}

/** Size of the top tier, and of the bottom tier, for N tiered agents. */
export function tierSize(tieredAgents: number): number {
  return Math.floor(tieredAgents / 4);
}

/** Tier of the agent at 1-based `rank` among `tieredAgents`. */
export function tierForRank(rank: number, tieredAgents: number): Exclude<Tier, 'insufficient_data'> {
  if (!Number.isInteger(rank) || rank < 1 || rank > tieredAgents) {
    throw new RangeError(`rank ${rank} is outside 1..${tieredAgents}`);
  }
  const size = tierSize(tieredAgents);
  if (rank <= size) return 'top';
  if (rank > tieredAgents - size) return 'bottom';
  return 'middle';
}

/** 100 for the best tiered agent, 0 for the worst, linear in rank; 100 when alone. */
export function percentileForRank(rank: number, tieredAgents: number): number {
  if (tieredAgents <= 1) return 100;
  return (100 * (tieredAgents - rank)) / (tieredAgents - 1);
}
