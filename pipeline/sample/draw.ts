/**
 * Per-agent stratified sampling, reproducible: each call gets a rank from SHA-256(seed, call id),
 * and each agent's lowest-ranked eligible calls are picked. The result depends only on the seed
 * and the set of calls — not on manifest order — so a rerun with the same seed picks the same calls.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const samplingParamsSchema = z.object({
  /** Fraction of each agent's eligible calls to review, 0..1. */
  rate: z.number().min(0).max(1).default(0.1),
  /** At least this many per agent (when the agent has that many eligible calls). */
  minPerAgent: z.number().int().min(0).default(2),
  /** At most this many per agent, before extra calls for ranking. */
  maxPerAgent: z.number().int().min(1).default(20),
  /** Calls shorter than this (manifest duration_s) are not worth reviewing. */
  minDurationS: z.number().min(0).default(15),
  /** Abandoned calls have no conversation to review. */
  excludeAbandoned: z.boolean().default(true),
});
export type SamplingParams = z.infer<typeof samplingParamsSchema>;

export interface SampleCandidate {
  callId: string;
  agentId: string;
  durationS?: number | null;
  abandoned?: boolean | null;
}

export interface AgentQuota {
  agentId: string;
  eligible: number;
  picked: number;
  /**
   * Of `picked`, calls beyond the base quota: added so the agent can be placed in a tier, or
   * kept from an earlier draw of the date when it was redrawn (see `keep` in drawSample).
   */
  extra: number;
}

export interface Sample {
  seed: string;
  callIds: string[];
  perAgent: AgentQuota[];
  ineligible: { callId: string; reason: string }[];
}

/** The default seed for a service date, so a rerun of that date draws the same sample. */
export const seedForDate = (date: string): string => `callqa:${date}`;

export function ineligibleReason(call: SampleCandidate, params: SamplingParams): string | null {
  if (params.excludeAbandoned && call.abandoned) return 'abandoned';
  if (call.durationS != null && call.durationS < params.minDurationS) return `shorter than ${params.minDurationS} s`;
  return null;
}

/** Base quota for an agent with `eligible` calls: rate × eligible, clamped to [min, max] and to what exists. */
export function agentQuota(eligible: number, params: SamplingParams): number {
  const byRate = Math.ceil(params.rate * eligible);
  return Math.min(eligible, Math.min(params.maxPerAgent, Math.max(params.minPerAgent, byRate)));
}

const rankOf = (seed: string, callId: string): string => createHash('sha256').update(`${seed}\0${callId}`).digest('hex');

/**
 * Draws the sample. `extraPerAgent` adds calls for agents whose ranking interval is still too
 * wide (see pipeline/rank), on top of the base quota and not limited by maxPerAgent.
 *
 * `keep` (a redraw after late rows arrived) lists calls sampled before: they all stay in the
 * sample — their results may already be stored and reported — and each agent is topped up with
 * its lowest-ranked other eligible calls until it reaches its quota for the calls now known. So
 * the new sample is a superset of the old; an agent may end above its quota by the calls kept.
 */
export function drawSample(
  calls: readonly SampleCandidate[],
  params: SamplingParams,
  seed: string,
  extraPerAgent: ReadonlyMap<string, number> = new Map(),
  keep: ReadonlySet<string> = new Set(),
): Sample {
  const byAgent = new Map<string, SampleCandidate[]>();
  const ineligible: Sample['ineligible'] = [];
  for (const call of calls) {
    const reason = ineligibleReason(call, params);
    if (reason) ineligible.push({ callId: call.callId, reason });
    else byAgent.set(call.agentId, [...(byAgent.get(call.agentId) ?? []), call]);
  }
  const callIds: string[] = [];
  const perAgent: AgentQuota[] = [];
  for (const agentId of [...byAgent.keys()].sort()) {
    const eligible = byAgent.get(agentId)!;
    const base = agentQuota(eligible.length, params);
    const target = Math.min(eligible.length, base + (extraPerAgent.get(agentId) ?? 0));
    const ranked = eligible.map((c) => ({ id: c.callId, rank: rankOf(seed, c.callId) })).sort((a, b) => (a.rank < b.rank ? -1 : 1));
    const kept = ranked.filter((c) => keep.has(c.id)).map((c) => c.id);
    const added = ranked.filter((c) => !keep.has(c.id)).slice(0, Math.max(0, target - kept.length)).map((c) => c.id);
    const picked = kept.length + added.length;
    callIds.push(...kept, ...added);
    perAgent.push({ agentId, eligible: eligible.length, picked, extra: Math.max(0, picked - base) });
  }
  // Kept calls that are no longer eligible (the parameters changed) stay sampled all the same.
  const inSample = new Set(callIds);
  callIds.push(...[...keep].filter((id) => !inSample.has(id)));
  return { seed, callIds: callIds.sort(), perAgent, ineligible };
}
