import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, schema } from '../db/client.ts';
import { samplingParamsSchema, seedForDate } from './draw.ts';
import { NoCallsToSampleError, sampleDate } from './store.ts';

describe('sampleDate', () => {
  it('stores the sample with its parameters, marks the calls, and reuses it on a rerun', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'callqa-sample-')), 'qa.sqlite');
    const db = openDb(file);
    const rows = Array.from({ length: 30 }, (_, i) => ({
      callId: `c${i}`, date: i < 25 ? '2026-11-20' : '2026-11-21', file: `/r/c${i}.ogg`, agentId: `a${i % 3}`,
      startedAt: '2026-11-20T09:00:00', durationS: 60,
    }));
    db.insert(schema.calls).values(rows).run();
    const params = samplingParamsSchema.parse({ rate: 0.5, minPerAgent: 1, maxPerAgent: 3 });

    const first = sampleDate(db, '2026-11-20', params);
    expect(first.drawnNow).toBe(true);
    expect(first.callIds).toHaveLength(9);
    expect(first.callIds.every((id) => Number(id.slice(1)) < 25)).toBe(true);
    const flagged = db.select().from(schema.calls).all().filter((c) => c.sampled).map((c) => c.callId).sort();
    expect(flagged).toEqual([...first.callIds].sort());
    db.$client.close();

    const reopened = openDb(file);
    const again = sampleDate(reopened, '2026-11-20', samplingParamsSchema.parse({ rate: 1 }));
    expect(again.drawnNow).toBe(false);
    expect(again.callIds).toEqual(first.callIds);
    expect(again.params).toEqual(params);
  });
});

describe('a sample is frozen only when it holds the night', () => {
  const date = '2026-11-20';
  const params = samplingParamsSchema.parse({ rate: 0.5, minPerAgent: 1, maxPerAgent: 3, minDurationS: 0 });
  const makeCalls = (ids: number[]) =>
    ids.map((i) => ({ callId: `c${String(i).padStart(2, '0')}`, date, file: `/r/c${i}.ogg`, agentId: `a${i % 2}`, startedAt: `${date}T09:00:00`, durationS: 60 }));
  const fresh = () => openDb(join(mkdtempSync(join(tmpdir(), 'callqa-sample-')), 'qa.sqlite'));

  it('refuses to draw over a date without calls, and stores nothing', () => {
    const db = fresh();
    expect(() => sampleDate(db, date, params)).toThrow(NoCallsToSampleError);
    expect(db.select().from(schema.samples).all()).toEqual([]);
  });

  it('draws again over a stored sample of zero calls once calls exist', () => {
    const db = fresh();
    // An empty sample frozen by an older version from an empty manifest.
    db.insert(schema.samples).values({ date, seed: seedForDate(date), params: { sampling: params, perAgent: [], ineligible: [] }, callIds: [] }).run();
    db.insert(schema.calls).values(makeCalls([1, 2, 3, 4])).run();
    const s = sampleDate(db, date, params);
    expect(s.drawnNow).toBe(true);
    expect(s.callIds).toHaveLength(2);
    expect(db.select().from(schema.samples).get()!.callIds).toEqual(s.callIds);
  });

  it('tells of late calls, and takes them in only with resample, keeping every call sampled before', () => {
    const db = fresh();
    db.insert(schema.calls).values(makeCalls([0, 1, 2, 3, 4, 5])).run();
    const first = sampleDate(db, date, params);
    expect(first.callIds).toHaveLength(4); // 3 calls per agent: ceil(0.5 × 3) = 2 each
    db.insert(schema.calls).values(makeCalls([6, 7, 8, 9, 10, 11, 12, 13, 14, 15])).run();

    const reused = sampleDate(db, date, params);
    expect(reused).toMatchObject({ drawnNow: false, addedSinceDraw: 10, callIds: first.callIds });

    const redrawn = sampleDate(db, date, params, { resample: true });
    expect(redrawn.drawnNow).toBe(true);
    expect(redrawn.callIds).toEqual(expect.arrayContaining(first.callIds));
    // 8 calls per agent now: ceil(0.5 × 8) = 4, capped at max 3: the 2 kept + 1 new each.
    expect(redrawn.perAgent.map((q) => q.picked)).toEqual([3, 3]);
    expect(redrawn.callIds).toHaveLength(6);
    expect(redrawn.resampled).toEqual({ before: first.callIds.length, added: redrawn.callIds.length - first.callIds.length });
    const flagged = db.select().from(schema.calls).all().filter((c) => c.sampled).map((c) => c.callId).sort();
    expect(flagged).toEqual(redrawn.callIds);
    const stored = db.select().from(schema.samples).get()!;
    expect((stored.params as { resamples: unknown[] }).resamples).toHaveLength(1);
    expect(sampleDate(db, date, params)).toMatchObject({ drawnNow: false, addedSinceDraw: 0 });
  });
});
