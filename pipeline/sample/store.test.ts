import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, schema } from '../db/client.ts';
import { samplingParamsSchema } from './draw.ts';
import { sampleDate } from './store.ts';

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
