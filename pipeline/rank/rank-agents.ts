/**
 * Agent results for one period from scored calls: pure, no I/O. See shrinkage.ts for the
 * small-sample adjustment and interval, tiers.ts for order, tiers and tie-breaking.
 */
import { twoSidedZ } from './normal.ts';
import { rankOptions } from './options.ts';
import { adjustedScore, agentCallVariance, estimatePopulation, tallyMean, type ScoreTally } from './shrinkage.ts';
import { starLevel } from './stars.ts';
import { compareForRank, percentileForRank, tierForRank } from './tiers.ts';
import type { AgentInfo, AgentResult, RankOptions, Ranking, ScoredCall, Tier, WeakCheck } from './types.ts';

/** One agent with the running sums of its counted call scores. */
export interface AgentTally {
  agent: AgentInfo;
  tally: ScoreTally;
}

/**
 * Ranks `agents` (and any agent that appears only in `calls`) on their scored calls.
 * Agents listed without calls come out as insufficient_data with null scores.
 * Throws when a call's score is not a number in 0–100, naming the call.
 */
export function rankAgents(calls: readonly ScoredCall[], agents: readonly AgentInfo[], overrides: Partial<RankOptions> = {}): Ranking {
  const entries = new Map<string, AgentTally>();
  for (const agent of agents) entries.set(agent.agentId, { agent, tally: { n: 0, sum: 0, sumSq: 0 } });
  for (const c of calls) {
    checkScore(c.score, `call ${c.callId}`);
    let e = entries.get(c.agentId);
    if (!e) {
      e = { agent: { agentId: c.agentId, name: c.agentId, team: '', site: '' }, tally: { n: 0, sum: 0, sumSq: 0 } };
      entries.set(c.agentId, e);
    }
    e.tally.n++;
    e.tally.sum += c.score;
    e.tally.sumSq += c.score * c.score;
  }
  return rankTallies([...entries.values()], overrides);
}

/** Throws unless `score` is a number 0–100; `where` names the call or agent for the message. */
export function checkScore(score: unknown, where: string): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new Error(`${where}: score must be a number 0–100, got ${String(score)}`);
  }
}

/** Ranks agents from per-agent sums (what the store aggregates in SQL); see rankAgents. */
export function rankTallies(entries: readonly AgentTally[], overrides: Partial<RankOptions> = {}): Ranking {
  const options = rankOptions(overrides);
  const population = estimatePopulation(entries.map((e) => e.tally), options);
  const z = twoSidedZ(options.intervalLevel);
  const results: AgentResult[] = [];
  let scoredCalls = 0;
  for (const { agent, tally: t } of entries) {
    scoredCalls += t.n;
    const adjusted = t.n > 0 && population.centerMean !== null ? adjustedScore(t, population.centerMean, population.k) : null;
    let interval: AgentResult['interval'] = null;
    if (adjusted !== null) {
      const halfWidth = z * Math.sqrt(agentCallVariance(t, population, options.varianceFloor) / (t.n + population.k));
      interval = {
        low: Math.max(0, adjusted - halfWidth),
        high: Math.min(100, adjusted + halfWidth),
        halfWidth,
        level: options.intervalLevel,
      };
    }
    results.push({
      ...agent,
      scoredCalls: t.n,
      meanScore: t.n > 0 ? tallyMean(t) : null,
      adjustedScore: adjusted,
      interval,
      shrinkageK: population.k,
      rank: null,
      percentileRank: null,
      tier: 'insufficient_data',
      stars: null,
      previous: null,
      adjustedChange: null,
      weakestChecks: [],
    });
  }

  const tiered = results
    .filter((r): r is AgentResult & { adjustedScore: number } => r.adjustedScore !== null && r.scoredCalls >= options.minCalls)
    .sort(compareForRank);
  tiered.forEach((r, i) => {
    r.rank = i + 1;
    r.tier = tierForRank(r.rank, tiered.length);
    r.percentileRank = percentileForRank(r.rank, tiered.length);
    r.stars = starLevel(r.adjustedScore, options.starThresholds);
  });
  const untiered = results
    .filter((r) => r.rank === null)
    .sort((a, b) => b.scoredCalls - a.scoredCalls || (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));

  const tierCounts: Record<Tier, number> = { top: 0, middle: 0, bottom: 0, insufficient_data: 0 };
  for (const r of results) tierCounts[r.tier]++;
  return {
    agents: [...tiered, ...untiered],
    stats: {
      centerMean: population.centerMean,
      withinVariance: population.withinVariance,
      betweenVariance: population.betweenVariance,
      shrinkageK: population.k,
      scoredCalls,
      tieredAgents: tiered.length,
      tierCounts,
    },
    options,
  };
}

/** Fills `previous` and `adjustedChange` from the ranking of the period before. */
export function withPrevious(current: Ranking, previous: Ranking): Ranking {
  const before = new Map(previous.agents.map((a) => [a.agentId, a]));
  return {
    ...current,
    agents: current.agents.map((a) => {
      const p = before.get(a.agentId);
      if (!p || p.adjustedScore === null) return a;
      return {
        ...a,
        previous: { scoredCalls: p.scoredCalls, adjustedScore: p.adjustedScore, tier: p.tier, rank: p.rank },
        adjustedChange: a.adjustedScore === null ? null : a.adjustedScore - p.adjustedScore,
      };
    }),
  };
}

/** Attaches each agent's weakest checks (see weak-checks.ts). */
export function withWeakestChecks(ranking: Ranking, weakest: ReadonlyMap<string, WeakCheck[]>): Ranking {
  return { ...ranking, agents: ranking.agents.map((a) => ({ ...a, weakestChecks: weakest.get(a.agentId) ?? [] })) };
}

/** Keeps only some agents' rows (e.g. one team) without re-ranking; tier counts follow the rows kept. */
export function keepAgents(ranking: Ranking, keep: (a: AgentResult) => boolean): Ranking {
  const agents = ranking.agents.filter(keep);
  const tierCounts: Record<Tier, number> = { top: 0, middle: 0, bottom: 0, insufficient_data: 0 };
  for (const a of agents) tierCounts[a.tier]++;
  return { ...ranking, agents, stats: { ...ranking.stats, tierCounts } };
}
