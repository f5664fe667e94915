/** Deterministic synthetic scores for ranking tests and the bench (not a mock: plain numbers). */
import type { AgentInfo, ScoredCall } from './types.ts';

/** Park–Miller generator: same seed, same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 0.5) / 2147483647;
  };
}

/** Standard normal draws from a uniform generator (Box–Muller). */
export function normalDraws(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/**
 * `agentCount` agents with true means ~ N(center, betweenSd²) and calls ~ N(mean, withinSd²),
 * clipped 0–100, a share `autoFailRate` of them 0.
 */
export function syntheticCalls(opts: {
  agentCount: number;
  callsPerAgent: number;
  seed: number;
  center?: number;
  betweenSd?: number;
  withinSd?: number;
  /** Share of calls that auto-fail (score 0), as a critical check does in real scorecards. */
  autoFailRate?: number;
}): { agents: AgentInfo[]; calls: ScoredCall[] } {
  const { agentCount, callsPerAgent, seed, center = 80, betweenSd = 6, withinSd = 10, autoFailRate = 0 } = opts;
  const random = seededRandom(seed + 1);
  const normal = normalDraws(seededRandom(seed));
  const agents: AgentInfo[] = [];
  const calls: ScoredCall[] = [];
  for (let i = 0; i < agentCount; i++) {
    const agentId = `a${String(i).padStart(4, '0')}`;
    agents.push({ agentId, name: `Agent ${i}`, team: `t${i % 5}`, site: i % 2 ? 'SZ' : 'SH' });
    const trueMean = center + betweenSd * normal();
    for (let j = 0; j < callsPerAgent; j++) {
      const drawn = Math.min(100, Math.max(0, trueMean + withinSd * normal()));
      const score = random() < autoFailRate ? 0 : drawn;
      calls.push({ callId: `${agentId}-c${j}`, agentId, score });
    }
  }
  return { agents, calls };
}
