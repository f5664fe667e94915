import { describe, expect, it } from 'vitest';
import { extraSampleQuota, tierCuts } from './quota.ts';
import { rankAgents } from './rank-agents.ts';
import { syntheticCalls } from '../../fixtures/support/pipeline/rank-test-data.ts';
import type { ScoredCall } from './types.ts';

function population() {
  const data = syntheticCalls({ agentCount: 40, callsPerAgent: 25, seed: 3, center: 85, betweenSd: 5, withinSd: 8 });
  const extra: ScoredCall[] = [];
  // 'few': 3 calls, close to the center (ambiguous); 'none': on the roster, no scored call yet.
  for (let j = 0; j < 3; j++) extra.push({ callId: `few-${j}`, agentId: 'few', score: 85 + j });
  return rankAgents([...data.calls, ...extra], [...data.agents, { agentId: 'none', name: '新人', team: 't0', site: 'SH' }], { minCalls: 10 });
}

describe('extraSampleQuota', () => {
  it('spends at most the budget, on untiered agents first, then on the widest intervals near a tier cut', () => {
    const ranking = population();
    const quota = extraSampleQuota(ranking.agents, { budget: 30, targetHalfWidth: 2, minCalls: 10 });
    const total = [...quota.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(30);
    expect(quota.get('none')).toBeGreaterThanOrEqual(7);
    expect(quota.get('few')).toBeGreaterThanOrEqual(7);

    const cuts = tierCuts(ranking.agents);
    expect(cuts).toHaveLength(2);
    for (const [agentId, extra] of quota) {
      const a = ranking.agents.find((r) => r.agentId === agentId)!;
      if (a.scoredCalls >= 10) {
        expect(extra).toBeGreaterThan(0);
        // Only agents whose interval reaches across a cut are sampled more.
        expect(cuts.some((c) => Math.abs(a.adjustedScore! - c) < a.interval!.halfWidth)).toBe(true);
      }
    }
  });

  it('gives nothing to tiered agents far from every cut, unless asked to ignore cuts', () => {
    const ranking = population();
    const cuts = tierCuts(ranking.agents);
    const far = ranking.agents.find((a) => a.rank !== null && cuts.every((c) => Math.abs(a.adjustedScore! - c) > a.interval!.halfWidth))!;
    expect(far).toBeDefined();
    const nearOnly = extraSampleQuota(ranking.agents, { budget: 10_000, targetHalfWidth: 0.5 });
    expect(nearOnly.has(far.agentId)).toBe(false);
    const everyone = extraSampleQuota(ranking.agents, { budget: 10_000, targetHalfWidth: 0.5, onlyNearCuts: false });
    expect(everyone.get(far.agentId)).toBeGreaterThan(0);
  });

  it('asks for enough calls to bring a wide interval down to the target, and stops there', () => {
    const ranking = population();
    const quota = extraSampleQuota(ranking.agents, { budget: 100_000, targetHalfWidth: 1.5, onlyNearCuts: false });
    for (const a of ranking.agents) {
      if (!a.interval) continue;
      const extra = quota.get(a.agentId) ?? 0;
      const projected = (m: number) => a.interval!.halfWidth * Math.sqrt((a.scoredCalls + a.shrinkageK) / (a.scoredCalls + m + a.shrinkageK));
      if (a.scoredCalls + extra >= 10) expect(projected(extra)).toBeLessThanOrEqual(1.5);
      if (extra > 0 && a.scoredCalls + extra - 1 >= 10) expect(projected(extra - 1)).toBeGreaterThan(1.5);
    }
  });

  it('respects a per-agent cap, returns nothing for a zero budget, and is deterministic', () => {
    const ranking = population();
    const capped = extraSampleQuota(ranking.agents, { budget: 500, targetHalfWidth: 1, maxPerAgent: 4 });
    expect(Math.max(...capped.values())).toBe(4);
    expect(extraSampleQuota(ranking.agents, { budget: 0, targetHalfWidth: 1 }).size).toBe(0);
    const a = extraSampleQuota(ranking.agents, { budget: 25, targetHalfWidth: 1 });
    const b = extraSampleQuota([...ranking.agents].reverse(), { budget: 25, targetHalfWidth: 1 });
    expect([...a]).toEqual([...b]);
    expect(() => extraSampleQuota(ranking.agents, { budget: -1, targetHalfWidth: 1 })).toThrow(/budget/);
  });
});
