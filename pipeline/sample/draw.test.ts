import { describe, expect, it } from 'vitest';
import { agentQuota, drawSample, samplingParamsSchema, seedForDate, type SampleCandidate } from './draw.ts';

const params = samplingParamsSchema.parse({ rate: 0.25, minPerAgent: 2, maxPerAgent: 5, minDurationS: 15 });

/** agents a0..a{n-1}, with `perAgent[i]` calls of 60 s each. */
function makeCalls(perAgent: number[]): SampleCandidate[] {
  return perAgent.flatMap((n, a) => Array.from({ length: n }, (_, i) => ({ callId: `a${a}-c${i}`, agentId: `a${a}`, durationS: 60 })));
}

describe('drawSample', () => {
  it('picks the same calls for the same seed whatever the input order', () => {
    const calls = makeCalls([12, 7, 30]);
    const first = drawSample(calls, params, seedForDate('2026-11-20'));
    const shuffled = [...calls].reverse();
    expect(drawSample(shuffled, params, seedForDate('2026-11-20')).callIds).toEqual(first.callIds);
    expect(drawSample(calls, params, seedForDate('2026-11-21')).callIds).not.toEqual(first.callIds);
  });

  it('keeps every agent within [min, max] and never more than the agent has', () => {
    const calls = makeCalls([1, 2, 8, 40, 400]);
    const sample = drawSample(calls, params, 's');
    const picked = Object.fromEntries(sample.perAgent.map((q) => [q.agentId, q.picked]));
    expect(picked).toEqual({ a0: 1, a1: 2, a2: 2, a3: 5, a4: 5 });
    for (const q of sample.perAgent) {
      const ids = sample.callIds.filter((id) => id.startsWith(`${q.agentId}-`));
      expect(ids).toHaveLength(q.picked);
    }
  });

  it('takes the rate when it lies between min and max', () => {
    expect(agentQuota(12, params)).toBe(3);
    expect(agentQuota(16, params)).toBe(4);
  });

  it('leaves out abandoned and too-short calls, with the reason', () => {
    const calls: SampleCandidate[] = [
      { callId: 'x1', agentId: 'a', durationS: 60 },
      { callId: 'x2', agentId: 'a', durationS: 5 },
      { callId: 'x3', agentId: 'a', durationS: 60, abandoned: true },
      { callId: 'x4', agentId: 'a', durationS: null },
    ];
    const sample = drawSample(calls, params, 's');
    expect(sample.callIds).toEqual(['x1', 'x4']);
    expect(sample.ineligible).toEqual([
      { callId: 'x2', reason: 'shorter than 15 s' },
      { callId: 'x3', reason: 'abandoned' },
    ]);
  });

  it('adds extra calls for agents the ranking cannot yet place, beyond the max', () => {
    const calls = makeCalls([40, 40]);
    const sample = drawSample(calls, params, 's', new Map([['a1', 3]]));
    expect(sample.perAgent).toEqual([
      { agentId: 'a0', eligible: 40, picked: 5, extra: 0 },
      { agentId: 'a1', eligible: 40, picked: 8, extra: 3 },
    ]);
  });

  it('keeps the calls of an earlier draw when redrawn over more calls, and tops each agent up to its quota', () => {
    const before = makeCalls([8]);
    const first = drawSample(before, params, 's');
    const after = makeCalls([40]);
    const fresh = drawSample(after, params, 's');
    // Without `keep`, new calls outrank some earlier picks (ranks are per call): not a superset.
    expect(first.callIds.every((id) => fresh.callIds.includes(id))).toBe(false);
    const redrawn = drawSample(after, params, 's', new Map(), new Set(first.callIds));
    expect(redrawn.callIds).toEqual(expect.arrayContaining(first.callIds));
    expect(redrawn.callIds).toHaveLength(5); // ceil(0.25 × 40) = 10, capped at max 5: 2 kept + 3 new
    expect(redrawn.perAgent).toEqual([{ agentId: 'a0', eligible: 40, picked: 5, extra: 0 }]);
  });
});
