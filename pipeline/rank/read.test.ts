import { beforeEach, describe, expect, it } from 'vitest';
import type { Sql } from '../db/sql.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { parsePeriod } from './period.ts';
import { agentResults, readScoredCalls } from './read.ts';
import { addAgent, addCall, addCheck, addScore } from '../../fixtures/support/pipeline/rank-test-db.ts';

/** The store of the running test (set per test by the describe.each below). */
let current: Sql;

/**
 * Five agents in two teams. November: a1 scores 90×4, a2 80×4, a3 70×4, a4 60×4 (team T2:
 * a3, a4), a5 one call. October: a1 70×4. c-a1-0 was re-scored under v2 later (95).
 */
async function seed(): Promise<Sql> {
  const d = current;
  const people: [string, string, string][] = [['a1', '王芳', 'T1'], ['a2', '李娜', 'T1'], ['a3', '张伟', 'T2'], ['a4', 'Smith', 'T2'], ['a5', '陈静', 'T1']];
  for (const [id, name, team] of people) await addAgent(d, id, name, team);
  const scores: Record<string, number> = { a1: 90, a2: 80, a3: 70, a4: 60 };
  for (const [agentId, score] of Object.entries(scores)) {
    for (let j = 0; j < 4; j++) {
      const callId = `c-${agentId}-${j}`;
      await addCall(d, { callId, agentId, date: `2026-11-0${j + 1}` });
      await addScore(d, callId, score);
      await addCheck(d, callId, 'greeting', 'pass');
      await addCheck(d, callId, 'surname', agentId === 'a4' && j < 3 ? 'fail' : 'pass');
      await addCheck(d, callId, 'closing', j === 0 ? 'fail' : j === 1 ? 'na' : 'pass');
    }
  }
  await addCall(d, { callId: 'c-a5-0', agentId: 'a5', date: '2026-11-10' });
  await addScore(d, 'c-a5-0', 100);
  for (let j = 0; j < 4; j++) {
    await addCall(d, { callId: `o-a1-${j}`, agentId: 'a1', date: `2026-10-2${j}` });
    await addScore(d, `o-a1-${j}`, 70);
  }
  await addCall(d, { callId: 'd-a2-x', agentId: 'a2', date: '2026-12-01' }); // outside the period
  await addScore(d, 'd-a2-x', 0);
  await addScore(d, 'c-a1-0', 95, 'v2', '2026-12-01T00:00:00.000Z');
  return d;
}

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(async () => {
    await store().reset();
    current = store().sql;
  });

  describe('agentResults from the store', () => {
    it('counts each call once, with its newest score, inside the period only', async () => {
      const d = await seed();
      const calls = await readScoredCalls(d, parsePeriod('2026-11'));
      expect(calls).toHaveLength(17);
      expect(calls.find((c) => c.callId === 'c-a1-0')).toMatchObject({ score: 95, scorecardVersion: 'v2' });
      const v1 = await readScoredCalls(d, parsePeriod('2026-11'), {}, 'v1');
      expect(v1.find((c) => c.callId === 'c-a1-0')).toMatchObject({ score: 90 });
    });

    it('ranks, tiers, compares with last month and names weakest checks', async () => {
      const d = await seed();
      const r = await agentResults(d, parsePeriod('2026-11'), {}, { minCalls: 3, shrinkageK: 0 });
      expect(r.agents.map((a) => [a.agentId, a.rank, a.tier])).toEqual([
        ['a1', 1, 'top'], ['a2', 2, 'middle'], ['a3', 3, 'middle'], ['a4', 4, 'bottom'], ['a5', null, 'insufficient_data'],
      ]);
      const a1 = r.agents[0];
      expect(a1.name).toBe('王芳');
      expect(a1.meanScore).toBeCloseTo((95 + 90 * 3) / 4, 10);
      expect(a1.previous).toMatchObject({ adjustedScore: 70, scoredCalls: 4 });
      expect(a1.adjustedChange).toBeCloseTo(91.25 - 70, 10);
      // a4 fails "surname" 3 of 4 and "closing" 1 of 3 applicable: surname is first.
      const a4 = r.agents[3];
      expect(a4.weakestChecks.map((c) => [c.checkId, c.failed, c.applicable])).toEqual([['surname', 3, 4], ['closing', 1, 3]]);
      // c-a1-0 counts under v2, which has no check rows: a1's closing check has 2 applicable calls (< 3).
      expect(r.agents[0].weakestChecks).toEqual([]);
    });

    it('applies a coach override to the weakest checks', async () => {
      const d = await seed();
      await d.run(`INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES ('c-a4-0', 'v1', 'surname', 'pass', 'said 史', 'coach')`);
      const r = await agentResults(d, parsePeriod('2026-11'), {}, { minCalls: 3 });
      const a4 = r.agents.find((a) => a.agentId === 'a4')!;
      expect(a4.weakestChecks[0]).toMatchObject({ checkId: 'surname', failed: 2, applicable: 4 });
    });

    it('keeps center-wide tiers for a team filter, or ranks within the team when asked', async () => {
      const d = await seed();
      const team = await agentResults(d, parsePeriod('2026-11'), { team: 'T2' }, { minCalls: 3, shrinkageK: 0 });
      expect(team.agents.map((a) => [a.agentId, a.rank, a.tier])).toEqual([['a3', 3, 'middle'], ['a4', 4, 'bottom']]);
      expect(team.stats.tierCounts).toEqual({ top: 0, middle: 1, bottom: 1, insufficient_data: 0 });
      const within = await agentResults(d, parsePeriod('2026-11'), { team: 'T2', rankWithinFilter: true }, { minCalls: 3, shrinkageK: 0 });
      expect(within.agents.map((a) => [a.agentId, a.rank])).toEqual([['a3', 1], ['a4', 2]]);
      expect(within.stats.centerMean).toBe(65);
    });

    it('breaks a created_at tie between two versions by version text, and names an agent with a bad stored score', async () => {
      const d = await seed();
      await addScore(d, 'c-a2-0', 10, 'v0', '2026-11-30T00:00:00.000Z'); // same time as v1 (80): v1 > v0 wins
      await addScore(d, 'c-a3-0', 75, 'v9', '2026-11-30T00:00:00.000Z'); // v9 > v1 wins
      const calls = await readScoredCalls(d, parsePeriod('2026-11'));
      expect(calls.find((c) => c.callId === 'c-a2-0')).toMatchObject({ score: 80, scorecardVersion: 'v1' });
      expect(calls.find((c) => c.callId === 'c-a3-0')).toMatchObject({ score: 75, scorecardVersion: 'v9' });
      expect((await agentResults(d, parsePeriod('2026-11'), {}, { minCalls: 3, shrinkageK: 0 })).agents.find((a) => a.agentId === 'a3')!.meanScore).toBeCloseTo(71.25, 10);
      await addScore(d, 'c-a4-1', 130, 'v9');
      await expect(agentResults(d, parsePeriod('2026-11'))).rejects.toThrow(/agent a4 .*score must be a number 0–100, got 130/);
    });
  });
});
