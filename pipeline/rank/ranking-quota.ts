/**
 * Sampling that serves ranking: before drawing a date's sample, rank agents on the scored calls
 * of the preceding days and give extra calls to those whose interval is still too wide to place
 * them in a tier (pipeline/rank/quota.ts), within a daily budget.
 */
import { z } from 'zod';
import type { Sql } from '../db/index.ts';
import { addDays, parsePeriod } from './period.ts';
import { extraSampleQuota } from './quota.ts';
import { agentResults } from './read.ts';

export const rankingSamplingSchema = z.object({
  /** Extra calls per night for the whole center; 0 turns this off. */
  budget: z.number().int().min(0).default(50),
  /** Interval half-width (score points, 0–100 scale) at which an agent counts as placed. */
  targetHalfWidth: z.number().positive().default(5),
  /** Days before the run date whose scored calls the ranking looks at. */
  lookbackDays: z.number().int().min(1).default(30),
  /** Agents with fewer scored calls than this are not tiered (rank option minCalls). */
  minCalls: z.number().int().min(1).default(10),
});
export type RankingSampling = z.infer<typeof rankingSamplingSchema>;

/** agent_id → extra calls to sample on `date`. Empty when the budget is 0 or nothing was scored yet. */
export async function rankingQuota(sql: Sql, date: string, opts: RankingSampling): Promise<Map<string, number>> {
  if (opts.budget === 0) return new Map();
  const period = parsePeriod(`${addDays(date, -opts.lookbackDays)}..${addDays(date, -1)}`);
  const ranking = await agentResults(sql, period, {}, { weakChecks: false, minCalls: opts.minCalls });
  return extraSampleQuota(ranking.agents, { budget: opts.budget, targetHalfWidth: opts.targetHalfWidth, minCalls: opts.minCalls });
}
