import { beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../db/open-store.ts';
import type { Sql } from '../db/sql.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { addCall, type CallRow } from '../../fixtures/support/pipeline/rank-test-db.ts';
import { samplingParamsSchema, seedForDate } from './draw.ts';
import { NoCallsToSampleError, sampleDate } from './store.ts';

const addCalls = async (sql: Sql, rows: CallRow[]) => {
  for (const row of rows) await addCall(sql, row);
};
const sampledIds = async (sql: Sql) => (await sql.all<{ id: string }>('SELECT call_id AS id FROM calls WHERE sampled = 1 ORDER BY call_id')).map((r) => r.id);
const storedSample = async (sql: Sql) => {
  const row = (await sql.get<{ params: string; call_ids: string }>('SELECT params, call_ids FROM samples'))!;
  return { params: JSON.parse(row.params) as Record<string, unknown>, callIds: JSON.parse(row.call_ids) as string[] };
};

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(() => store().reset());

  describe('sampleDate', () => {
    it('stores the sample with its parameters, marks the calls, and reuses it on a rerun', async () => {
      const sql = store().sql;
      await addCalls(
        sql,
        Array.from({ length: 30 }, (_, i) => ({
          callId: `c${i}`, date: i < 25 ? '2026-11-20' : '2026-11-21', file: `/r/c${i}.ogg`, agentId: `a${i % 3}`,
          startedAt: '2026-11-20T09:00:00', durationS: 60,
        })),
      );
      const params = samplingParamsSchema.parse({ rate: 0.5, minPerAgent: 1, maxPerAgent: 3 });

      const first = await sampleDate(sql, '2026-11-20', params);
      expect(first.drawnNow).toBe(true);
      expect(first.callIds).toHaveLength(9);
      expect(first.callIds.every((id) => Number(id.slice(1)) < 25)).toBe(true);
      expect(await sampledIds(sql)).toEqual([...first.callIds].sort());

      // Another connection (another process's view of the store) reuses it.
      const reopened = await openStore(store().url);
      try {
        const again = await sampleDate(reopened.sql, '2026-11-20', samplingParamsSchema.parse({ rate: 1 }));
        expect(again.drawnNow).toBe(false);
        expect(again.callIds).toEqual(first.callIds);
        expect(again.params).toEqual(params);
      } finally {
        await reopened.close();
      }
    });
  });

  describe('a sample is frozen only when it holds the night', () => {
    const date = '2026-11-20';
    const params = samplingParamsSchema.parse({ rate: 0.5, minPerAgent: 1, maxPerAgent: 3, minDurationS: 0 });
    const makeCalls = (ids: number[]) =>
      ids.map((i) => ({ callId: `c${String(i).padStart(2, '0')}`, date, file: `/r/c${i}.ogg`, agentId: `a${i % 2}`, startedAt: `${date}T09:00:00`, durationS: 60 }));
    const fresh = () => store().sql;

    it('refuses to draw over a date without calls, and stores nothing', async () => {
      const sql = fresh();
      await expect(sampleDate(sql, date, params)).rejects.toThrow(NoCallsToSampleError);
      expect(await sql.all('SELECT * FROM samples')).toEqual([]);
    });

    it('draws again over a stored sample of zero calls once calls exist', async () => {
      const sql = fresh();
      // An empty sample frozen by an older version from an empty manifest.
      await sql.run('INSERT INTO samples (date, seed, params, call_ids) VALUES (?, ?, ?, ?)', [
        date, seedForDate(date), JSON.stringify({ sampling: params, perAgent: [], ineligible: [] }), '[]',
      ]);
      await addCalls(sql, makeCalls([1, 2, 3, 4]));
      const s = await sampleDate(sql, date, params);
      expect(s.drawnNow).toBe(true);
      expect(s.callIds).toHaveLength(2);
      expect((await storedSample(sql)).callIds).toEqual(s.callIds);
    });

    it('tells of late calls, and takes them in only with resample, keeping every call sampled before', async () => {
      const sql = fresh();
      await addCalls(sql, makeCalls([0, 1, 2, 3, 4, 5]));
      const first = await sampleDate(sql, date, params);
      expect(first.callIds).toHaveLength(4); // 3 calls per agent: ceil(0.5 × 3) = 2 each
      await addCalls(sql, makeCalls([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));

      const reused = await sampleDate(sql, date, params);
      expect(reused).toMatchObject({ drawnNow: false, addedSinceDraw: 10, callIds: first.callIds });

      const redrawn = await sampleDate(sql, date, params, { resample: true });
      expect(redrawn.drawnNow).toBe(true);
      expect(redrawn.callIds).toEqual(expect.arrayContaining(first.callIds));
      // 8 calls per agent now: ceil(0.5 × 8) = 4, capped at max 3: the 2 kept + 1 new each.
      expect(redrawn.perAgent.map((q) => q.picked)).toEqual([3, 3]);
      expect(redrawn.callIds).toHaveLength(6);
      expect(redrawn.resampled).toEqual({ before: first.callIds.length, added: redrawn.callIds.length - first.callIds.length });
      expect(await sampledIds(sql)).toEqual([...redrawn.callIds].sort());
      expect((await storedSample(sql)).params.resamples).toHaveLength(1);
      expect(await sampleDate(sql, date, params)).toMatchObject({ drawnNow: false, addedSinceDraw: 0 });
    });
  });
});
