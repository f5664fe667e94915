import { describe, expect, it } from 'vitest';
import { rankAgents, withPrevious } from './rank-agents.ts';
import { syntheticCalls } from '../../fixtures/support/pipeline/rank-test-data.ts';
import type { AgentInfo, ScoredCall } from './types.ts';

/** `count` agents, agent i scoring 50 + i on each of `calls` calls (so a higher index is better). */
function ladder(count: number, calls = 10): { agents: AgentInfo[]; calls: ScoredCall[] } {
  const agents: AgentInfo[] = [];
  const scored: ScoredCall[] = [];
  for (let i = 0; i < count; i++) {
    const agentId = `ag${String(i).padStart(3, '0')}`;
    agents.push({ agentId, name: `坐席${i}`, team: 'T', site: 'S' });
    // A little spread inside each agent so variances are estimable.
    for (let j = 0; j < calls; j++) scored.push({ callId: `${agentId}-${j}`, agentId, score: Math.min(100, 30 + i * 0.5 + (j % 2 ? 2 : -2)) });
  }
  return { agents, calls: scored };
}

describe('tiers', () => {
  it.each([
    [4, 1, 2, 1],
    [5, 1, 3, 1],
    [8, 2, 4, 2],
    [101, 25, 51, 25],
  ])('%i agents → %i top, %i middle, %i bottom (top/bottom = floor(N/4))', (n, top, middle, bottom) => {
    const data = ladder(n);
    const r = rankAgents(data.calls, data.agents, { minCalls: 5 });
    expect(r.stats.tierCounts).toEqual({ top, middle, bottom, insufficient_data: 0 });
    // The best agents (highest index) are on top, the worst at the bottom.
    const topIds = r.agents.filter((a) => a.tier === 'top').map((a) => a.agentId);
    const expectedTop = data.agents.slice(n - top).map((a) => a.agentId).reverse();
    expect(topIds).toEqual(expectedTop);
    expect(r.agents.filter((a) => a.tier === 'bottom').map((a) => a.agentId)).toEqual(
      data.agents.slice(0, bottom).map((a) => a.agentId).reverse(),
    );
    expect(r.agents.map((a) => a.rank)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(r.agents[0].percentileRank).toBe(100);
    expect(r.agents[n - 1].percentileRank).toBe(0);
  });

  it('breaks ties by more scored calls, then by agent_id', () => {
    const calls: ScoredCall[] = [];
    const add = (agentId: string, n: number, score: number) => {
      for (let j = 0; j < n; j++) calls.push({ callId: `${agentId}-${j}`, agentId, score });
    };
    add('b', 10, 80);
    add('a', 10, 80);
    add('c', 12, 80);
    add('d', 10, 70);
    // k = 0: the adjusted score is the plain mean, so a, b, c tie exactly on score.
    const r = rankAgents(calls, [], { minCalls: 5, shrinkageK: 0 });
    expect(r.agents.map((a) => a.agentId)).toEqual(['c', 'a', 'b', 'd']);
    expect(r.agents.map((a) => a.tier)).toEqual(['top', 'middle', 'middle', 'bottom']);
    // Input order does not matter.
    const again = rankAgents([...calls].reverse(), [], { minCalls: 5, shrinkageK: 0 });
    expect(again.agents.map((a) => a.agentId)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('leaves agents below the minimum out of tiers, ranks, stars and the tier count', () => {
    const data = ladder(8);
    const few: ScoredCall[] = [0, 1, 2].map((j) => ({ callId: `new-${j}`, agentId: 'new', score: 99 }));
    const r = rankAgents([...data.calls, ...few], [...data.agents, { agentId: 'idle', name: '空闲', team: 'T', site: 'S' }], { minCalls: 5 });
    const byId = new Map(r.agents.map((a) => [a.agentId, a]));
    expect(byId.get('new')).toMatchObject({ tier: 'insufficient_data', rank: null, stars: null, percentileRank: null, scoredCalls: 3 });
    expect(byId.get('idle')).toMatchObject({ tier: 'insufficient_data', scoredCalls: 0, meanScore: null, adjustedScore: null, interval: null });
    expect(r.stats.tieredAgents).toBe(8);
    expect(r.stats.tierCounts).toEqual({ top: 2, middle: 4, bottom: 2, insufficient_data: 2 });
    // Untiered agents come after the tiered ones.
    expect(r.agents.slice(8).map((a) => a.agentId)).toEqual(['new', 'idle']);
  });
});

describe('small-sample adjustment', () => {
  it('keeps a 2-call agent with perfect scores out of the top tier, where the raw mean would put it first', () => {
    // A center like the seed documents': mean ~85, agents differ by a few points, ~4% of calls
    // auto-fail to 0 on a critical check.
    const data = syntheticCalls({ agentCount: 100, callsPerAgent: 30, seed: 7, center: 88, betweenSd: 4, withinSd: 6, autoFailRate: 0.04 });
    const lucky: ScoredCall[] = [{ callId: 'l1', agentId: 'lucky', score: 100 }, { callId: 'l2', agentId: 'lucky', score: 100 }];
    const calls = [...data.calls, ...lucky];

    const raw = rankAgents(calls, data.agents, { minCalls: 2, shrinkageK: 0 });
    expect(raw.agents[0].agentId).toBe('lucky');

    const adjusted = rankAgents(calls, data.agents, { minCalls: 2 });
    const agent = adjusted.agents.find((a) => a.agentId === 'lucky')!;
    expect(agent.meanScore).toBe(100);
    expect(adjusted.stats.shrinkageK).toBeGreaterThan(5);
    expect(agent.tier).not.toBe('top');
    const lastTop = adjusted.agents.filter((a) => a.tier === 'top').at(-1)!;
    expect(agent.adjustedScore!).toBeLessThan(lastTop.adjustedScore!);
    // Its interval is wide and still reaches into the top tier: it is a candidate for more calls.
    const best = adjusted.agents[0];
    expect(agent.interval!.halfWidth).toBeGreaterThan(2 * best.interval!.halfWidth);
  });

  it('shrinks toward the center mean with the documented formula', () => {
    const calls: ScoredCall[] = [];
    for (let j = 0; j < 4; j++) calls.push({ callId: `x${j}`, agentId: 'x', score: 90 });
    for (let j = 0; j < 4; j++) calls.push({ callId: `y${j}`, agentId: 'y', score: 70 });
    const r = rankAgents(calls, [], { minCalls: 1, shrinkageK: 2 });
    // center mean 80; (4·90 + 2·80) / 6
    expect(r.agents[0].adjustedScore).toBeCloseTo((4 * 90 + 2 * 80) / 6, 10);
    expect(r.stats.centerMean).toBe(80);
  });

  it('narrows the interval as calls accumulate', () => {
    const base = syntheticCalls({ agentCount: 20, callsPerAgent: 20, seed: 11 });
    const widths: number[] = [];
    for (const n of [1, 2, 5, 10, 30, 80]) {
      const extra: ScoredCall[] = Array.from({ length: n }, (_, j) => ({ callId: `z${j}`, agentId: 'z', score: j % 2 ? 70 : 90 }));
      const r = rankAgents([...base.calls, ...extra], base.agents, { minCalls: 1 });
      const z = r.agents.find((a) => a.agentId === 'z')!;
      expect(z.interval!.low).toBeLessThanOrEqual(z.adjustedScore!);
      expect(z.interval!.high).toBeGreaterThanOrEqual(z.adjustedScore!);
      widths.push(z.interval!.halfWidth);
    }
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThan(widths[i - 1]);
    expect(widths.at(-1)!).toBeLessThan(widths[0] / 3);
  });

  it('does not claim a zero-width interval for identical scores', () => {
    const calls: ScoredCall[] = [];
    for (const id of ['p', 'q', 'r', 's']) for (let j = 0; j < 3; j++) calls.push({ callId: `${id}${j}`, agentId: id, score: 100 });
    const r = rankAgents(calls, [], { minCalls: 1 });
    expect(r.agents[0].interval!.halfWidth).toBeGreaterThan(0.5);
  });
});

describe('stars and change', () => {
  it('gives stars from thresholds on the adjusted score', () => {
    const calls: ScoredCall[] = [];
    [55, 65, 75, 85, 95, 90].forEach((s, i) => {
      for (let j = 0; j < 10; j++) calls.push({ callId: `s${i}-${j}`, agentId: `s${i}`, score: s });
    });
    const r = rankAgents(calls, [], { minCalls: 5, shrinkageK: 0 });
    const stars = Object.fromEntries(r.agents.map((a) => [a.agentId, a.stars]));
    expect(stars).toEqual({ s0: 1, s1: 2, s2: 3, s3: 4, s4: 5, s5: 5 });
    expect(() => rankAgents(calls, [], { starThresholds: [60, 50, 70, 80] })).toThrow(/ascend/);
  });

  it('reports the change since the previous period', () => {
    const now = rankAgents([{ callId: '1', agentId: 'a', score: 90 }, { callId: '2', agentId: 'b', score: 60 }], [], { minCalls: 1, shrinkageK: 0 });
    const before = rankAgents([{ callId: '0', agentId: 'a', score: 80 }], [], { minCalls: 1, shrinkageK: 0 });
    const r = withPrevious(now, before);
    expect(r.agents.find((a) => a.agentId === 'a')).toMatchObject({ adjustedChange: 10, previous: { adjustedScore: 80, rank: 1 } });
    expect(r.agents.find((a) => a.agentId === 'b')).toMatchObject({ adjustedChange: null, previous: null });
  });

  it('names the call whose score is out of range', () => {
    expect(() => rankAgents([{ callId: 'c-9', agentId: 'a', score: 130 }], [])).toThrow(/call c-9: score must be a number 0–100, got 130/);
  });
});
