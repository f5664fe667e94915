import { beforeEach, describe, expect, it } from 'vitest';
import type { Sql } from '../db/sql.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { parsePeriod } from '../rank/period.ts';
import { addAgent, addCall, addScore, addStage } from '../../fixtures/support/pipeline/rank-test-db.ts';
import { centerKpis } from './read.ts';
import type { Kpi } from './types.ts';

/** The store of the running test (set per test by the describe.each below). */
let current: Sql;

type Row = [n: number, waitS: number | null, abandoned: boolean | null, resolved: boolean | null, durationS: number | null, health: string | null];
// Twelve manifest calls on 2026-11-20, hand-worked below.
const rows: Row[] = [
  [1, 3, false, true, 300, 'ok'],
  [2, 5, false, true, 200, 'ok'],
  [3, 8, false, false, 400, 'ok'],
  [4, 12, false, true, 100, 'silent'], // an older 'ok' result is superseded
  [5, 15, false, true, null, 'ok'],
  [6, 16, false, null, 250, 'ok'],
  [7, 30, false, true, 350, null],
  [8, null, false, true, 150, 'missing'],
  [9, 60, true, null, null, null],
  [10, 45, true, false, 20, null],
  [11, 4, null, true, 500, 'ok'],
  [12, null, null, null, null, null],
];

async function seed(): Promise<Sql> {
  const d = current;
  await addAgent(d, 'a', '王芳', 'T1');
  await addAgent(d, 'b', 'Smith', 'T2');
  for (const [n, waitS, abandoned, resolved, durationS, health] of rows) {
    const callId = `c${n}`;
    await addCall(d, { callId, agentId: n === 12 ? 'b' : 'a', date: '2026-11-20', waitS, abandoned, resolved, durationS });
    if (n === 4) await addStage(d, callId, 'audio', { health: { reason: 'ok' } }, 'ffmpeg-old', '2026-11-20T01:00:00.000Z');
    if (health) await addStage(d, callId, 'audio', { health: { reason: health }, durationS }, 'ffmpeg-7', '2026-11-21T01:00:00.000Z');
  }
  await addScore(d, 'c1', 90);
  await addScore(d, 'c2', 80);
  await addScore(d, 'c3', 70);
  // The next day must not count.
  await addCall(d, { callId: 'next', agentId: 'a', date: '2026-11-21', waitS: 100, abandoned: true, resolved: false, durationS: 9999 });
  await addStage(d, 'next', 'audio', { health: { reason: 'corrupt' } });
  await addScore(d, 'next', 0);
  return d;
}

const byId = (kpis: Kpi[]) => Object.fromEntries(kpis.map((k) => [k.id, k]));

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(async () => {
    await store().reset();
    current = store().sql;
  });

  describe('centerKpis on a real store', () => {
    it('matches hand-computed values, denominators and exclusions', async () => {
      const k = await centerKpis(await seed(), parsePeriod('2026-11-20'));
      expect(k.calls).toBe(12);
      const kpi = byId(k.kpis);
      // Answered = not flagged abandoned: calls 1–8, 11, 12. Wait known: 1–7, 11 (8); ≤ 15 s: 1,2,3,4,5,11 (6).
      expect(kpi.service_level).toMatchObject({ numerator: 6, denominator: 8, excluded: 2, value: 75, met: false });
      // Abandoned given for 1–10; abandoned: 9, 10.
      expect(kpi.abandon_rate).toMatchObject({ numerator: 2, denominator: 10, excluded: 2, value: 20, met: false });
      // Answered with resolved given: 1,2,3,4,5,7,8,11; resolved: all but 3.
      expect(kpi.first_call_resolution).toMatchObject({ numerator: 7, denominator: 8, excluded: 2, value: 87.5, met: false });
      // Audio ran for 1–6, 8, 11; ok: 1,2,3,5,6,11 (call 4's newest result is silent).
      expect(kpi.recording_success).toMatchObject({ numerator: 6, denominator: 8, excluded: 4, value: 75, met: false });
      expect(kpi.recording_success.breakdown).toEqual({ ok: 6, silent: 1, missing: 1 });
      // Answered with duration: 300+200+400+100+250+350+150+500 = 2250 over 8.
      expect(kpi.average_handle_time).toMatchObject({ numerator: 2250, denominator: 8, excluded: 2, value: 281.25, met: null, target: null });
      expect(kpi.mean_qa_score).toMatchObject({ denominator: 3, value: 80, excluded: 9 });
      expect(k.tierCounts).toEqual({ top: 0, middle: 0, bottom: 0, insufficient_data: 2 });
    });

    it('uses configured targets; a value equal to its target meets it', async () => {
      const k = await centerKpis(await seed(), parsePeriod('2026-11-20'), { serviceLevelPct: 75, abandonRatePct: 20, averageHandleTimeS: 280, meanQaScore: 80, serviceLevelThresholdS: 8 });
      const kpi = byId(k.kpis);
      // With 8 s: 1, 2, 3, 11 of 8 → 50%.
      expect(kpi.service_level).toMatchObject({ numerator: 4, value: 50, met: false, target: { comparison: 'atLeast', value: 75 } });
      expect(kpi.abandon_rate.met).toBe(true);
      expect(kpi.average_handle_time.met).toBe(false);
      expect(kpi.mean_qa_score.met).toBe(true);
    });

    it('filters by team and rejects a bad target', async () => {
      const k = await centerKpis(await seed(), parsePeriod('2026-11-20'), {}, { team: 'T2' });
      expect(k.calls).toBe(1);
      expect(byId(k.kpis).service_level).toMatchObject({ denominator: 0, value: null, met: null, excluded: 1 });
      await expect(centerKpis(current, parsePeriod('2026-11-20'), { serviceLevelPct: Number.NaN })).rejects.toThrow(/serviceLevelPct/);
    });
  });
});
