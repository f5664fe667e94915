/**
 * Values of the ranking step. Scores are 0–100 call scores; intervals are in score points.
 */

/** One scored call, already reduced to the scorecard version that counts for it. */
export interface ScoredCall {
  callId: string;
  agentId: string;
  /** 0–100 */
  score: number;
}

/** Who an agent is, as far as a ranking shows it (from the roster). */
export interface AgentInfo {
  agentId: string;
  name: string;
  team: string;
  site: string;
  coach?: string;
}

export type Tier = 'top' | 'middle' | 'bottom' | 'insufficient_data';

export const TIERS: readonly Tier[] = ['top', 'middle', 'bottom', 'insufficient_data'];

/** Options of `rankAgents`; every field has a documented default (see DEFAULT_RANK_OPTIONS). */
export interface RankOptions {
  /** Agents with fewer scored calls are not tiered ("insufficient_data"). */
  minCalls: number;
  /**
   * Weight of the center mean, in pseudo-calls, when adjusting an agent's mean for sample
   * size. `'auto'` estimates it from the data as within-agent variance / between-agent
   * variance, clamped to `shrinkageKBounds`.
   */
  shrinkageK: number | 'auto';
  shrinkageKBounds: [min: number, max: number];
  /** Two-sided coverage of the interval, e.g. 0.9. */
  intervalLevel: number;
  /** Smallest per-call score variance (points²) an interval may assume. */
  varianceFloor: number;
  /** Per-call score variance (points²) assumed when no agent has two scored calls. */
  fallbackVariance: number;
  /**
   * Adjusted-score thresholds for 2, 3, 4 and 5 stars (ascending); below the first is 1 star.
   */
  starThresholds: [number, number, number, number];
}

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  minCalls: 10,
  shrinkageK: 'auto',
  shrinkageKBounds: [1, 30],
  intervalLevel: 0.9,
  varianceFloor: 4,
  fallbackVariance: 225,
  starThresholds: [60, 70, 80, 90],
};

export interface ScoreInterval {
  /** 0–100 */
  low: number;
  /** 0–100 */
  high: number;
  /** Score points either side of the adjusted score (before clipping to 0–100). */
  halfWidth: number;
  level: number;
}

/** An agent's standing in the period before, for "change since last period". */
export interface PreviousStanding {
  scoredCalls: number;
  adjustedScore: number;
  tier: Tier;
  rank: number | null;
}

/** A check the agent fails most often: what to coach. */
export interface WeakCheck {
  checkId: string;
  label: string;
  section: string;
  /** Scorecard weight (points of 100). */
  weight: number;
  /** Calls where the check applied (pass + fail). */
  applicable: number;
  failed: number;
  /** 0–1 */
  passRate: number;
}

export interface AgentResult extends AgentInfo {
  scoredCalls: number;
  /** Plain mean of the agent's call scores; null with no scored call. */
  meanScore: number | null;
  /** Mean shrunk toward the center mean for small samples; what ranks and stars use. Null with no scored call. */
  adjustedScore: number | null;
  /** Null with no scored call. */
  interval: ScoreInterval | null;
  /** The shrinkage weight (pseudo-calls) this ranking used; the same for every agent. */
  shrinkageK: number;
  /** 1 = best among tiered agents; null when not tiered. */
  rank: number | null;
  /** 100 = best, 0 = worst among tiered agents; null when not tiered. */
  percentileRank: number | null;
  tier: Tier;
  /** 1–5; null when not tiered. */
  stars: number | null;
  previous: PreviousStanding | null;
  /** adjustedScore − previous.adjustedScore; null without a previous period result. */
  adjustedChange: number | null;
  weakestChecks: WeakCheck[];
}

/** The population the ranking was computed on. */
export interface RankingStats {
  /** Mean of all scored calls ranked (each call counts once). Null with no call. */
  centerMean: number | null;
  /** Pooled within-agent per-call variance (points²); null when no agent has two calls. */
  withinVariance: number | null;
  /** Method-of-moments between-agent variance of true means (points²), ≥ 0; null if not estimable. */
  betweenVariance: number | null;
  shrinkageK: number;
  scoredCalls: number;
  tieredAgents: number;
  tierCounts: Record<Tier, number>;
}

export interface Ranking {
  agents: AgentResult[];
  stats: RankingStats;
  options: RankOptions;
}
