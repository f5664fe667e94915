/**
 * Small-sample adjustment of agent means (empirical Bayes, normal–normal model).
 *
 * Each call score of agent i is modelled as the agent's true mean μᵢ plus noise of variance
 * σ² (the within-agent variance); true means vary around the center mean m with variance τ²
 * (the between-agent variance). The posterior mean of μᵢ given nᵢ calls with mean x̄ᵢ is
 *
 *     adjusted = (nᵢ·x̄ᵢ + k·m) / (nᵢ + k),   k = σ² / τ²
 *
 * i.e. the center mean counts as k extra calls. m is the mean of all ranked calls; σ² is
 * pooled from agents with ≥ 2 calls; τ² is the one-way random-effects ANOVA (method of
 * moments) estimate (MSB − σ²) / n₀, floored at 0. Auto-failed calls (score 0) make σ² large,
 * so in real centers k is typically 5–30: a handful of perfect calls is weak evidence. With no measurable spread between agents k takes its upper bound,
 * so tiny samples are pulled almost all the way to the center; the lower bound keeps a single
 * perfect call from ever counting as a perfect agent.
 *
 * The interval is the normal approximation to the posterior: adjusted ± z·√(vᵢ / (nᵢ + k)),
 * where vᵢ is the agent's own call variance blended with σ² as if σ² were worth
 * PRIOR_VARIANCE_CALLS calls (so 2 identical scores do not claim zero spread), floored at
 * `varianceFloor`. It narrows as calls accumulate, like 1/√(n + k).
 */
import type { RankOptions } from './types.ts';

/** How many calls' worth of weight the pooled variance gets in an agent's own variance. */
export const PRIOR_VARIANCE_CALLS = 4;

/** Running sums of one agent's call scores. */
export interface ScoreTally {
  n: number;
  sum: number;
  /** Σ (score − first score)² is numerically safer, but scores are 0–100 so plain Σ score² is exact enough. */
  sumSq: number;
}

export interface PopulationEstimate {
  centerMean: number | null;
  withinVariance: number | null;
  betweenVariance: number | null;
  /** σ² actually used for intervals: withinVariance or the fallback, at least the floor. */
  callVariance: number;
  k: number;
}

export function tallyMean(t: ScoreTally): number {
  return t.sum / t.n;
}

/** Unbiased sample variance of one agent's scores; null under two calls. */
export function tallyVariance(t: ScoreTally): number | null {
  if (t.n < 2) return null;
  return Math.max(0, (t.sumSq - (t.sum * t.sum) / t.n) / (t.n - 1));
}

/** Estimates m, σ², τ² and k from every agent's tally. */
export function estimatePopulation(tallies: ScoreTally[], options: RankOptions): PopulationEstimate {
  let calls = 0;
  let total = 0;
  let withinSs = 0;
  let withinDf = 0;
  for (const t of tallies) {
    calls += t.n;
    total += t.sum;
    const v = tallyVariance(t);
    if (v !== null) {
      withinSs += v * (t.n - 1);
      withinDf += t.n - 1;
    }
  }
  const centerMean = calls > 0 ? total / calls : null;
  const withinVariance = withinDf > 0 ? withinSs / withinDf : null;
  const callVariance = Math.max(options.varianceFloor, withinVariance ?? options.fallbackVariance);

  // τ² by the one-way random-effects ANOVA estimator for unequal group sizes, which weighs each
  // agent's mean by its calls, so a 2-call agent barely moves the estimate.
  const withCalls = tallies.filter((t) => t.n > 0);
  let betweenVariance: number | null = null;
  if (withCalls.length >= 2 && centerMean !== null) {
    const ssb = withCalls.reduce((a, t) => a + t.n * (tallyMean(t) - centerMean) ** 2, 0);
    const msb = ssb / (withCalls.length - 1);
    const n0 = (calls - withCalls.reduce((a, t) => a + t.n * t.n, 0) / calls) / (withCalls.length - 1);
    if (n0 > 0) betweenVariance = Math.max(0, (msb - callVariance) / n0);
  }

  const [kMin, kMax] = options.shrinkageKBounds;
  let k: number;
  if (options.shrinkageK !== 'auto') k = options.shrinkageK;
  else if (betweenVariance === null || betweenVariance <= 0) k = kMax;
  else k = Math.min(kMax, Math.max(kMin, callVariance / betweenVariance));
  return { centerMean, withinVariance, betweenVariance, callVariance, k };
}

/** The agent's adjusted score; `centerMean` must be non-null when the agent has calls. */
export function adjustedScore(t: ScoreTally, centerMean: number, k: number): number {
  return (t.sum + k * centerMean) / (t.n + k);
}

/** Per-call variance assumed for one agent's interval. */
export function agentCallVariance(t: ScoreTally, population: PopulationEstimate, varianceFloor: number): number {
  const own = tallyVariance(t);
  const df = own === null ? 0 : t.n - 1;
  const blended = (df * (own ?? 0) + PRIOR_VARIANCE_CALLS * population.callVariance) / (df + PRIOR_VARIANCE_CALLS);
  return Math.max(varianceFloor, blended);
}
