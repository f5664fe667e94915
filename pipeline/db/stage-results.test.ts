import { beforeEach, describe, expect, it } from 'vitest';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { getStage, putStage } from './stage-results.ts';

describe.each(storeKinds())('stage results on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(() => store().reset());

  it('round-trips a JSON result, replaces a stage and version stored again, and reads a given version', async () => {
    const { sql } = store();
    await putStage(sql, 'c1', 'vad', 'silero-v5', { segments: [{ start: 0.5, end: 2 }], note: 'ünïcode 你好' });
    expect(await getStage(sql, 'c1', 'vad')).toEqual({ version: 'silero-v5', result: { segments: [{ start: 0.5, end: 2 }], note: 'ünïcode 你好' } });
    await putStage(sql, 'c1', 'vad', 'silero-v5', { segments: [] });
    expect(await sql.all('SELECT version FROM stage_results')).toHaveLength(1);
    expect(await getStage(sql, 'c1', 'vad', 'silero-v5')).toEqual({ version: 'silero-v5', result: { segments: [] } });
    expect(await getStage(sql, 'c1', 'vad', 'other')).toBeUndefined();
    expect(await getStage(sql, 'c1', 'sentiment')).toBeUndefined();
  });

  it('reads the newest version: the later created_at, and the later insert on a same-millisecond tie', async () => {
    const { sql } = store();
    const at = '2026-11-20T01:00:00.000Z';
    for (const version of ['b-first', 'a-second', 'c-third']) {
      await sql.run('INSERT INTO stage_results (call_id, stage, version, result, created_at) VALUES (?, ?, ?, ?, ?)', ['c1', 'transcript', version, '{}', at]);
    }
    expect((await getStage(sql, 'c1', 'transcript'))?.version).toBe('c-third');
    await sql.run('INSERT INTO stage_results (call_id, stage, version, result, created_at) VALUES (?, ?, ?, ?, ?)', ['c1', 'transcript', 'old', '{}', '2026-11-19T01:00:00.000Z']);
    expect((await getStage(sql, 'c1', 'transcript'))?.version).toBe('c-third');
    await putStage(sql, 'c1', 'transcript', 'now', {});
    expect((await getStage(sql, 'c1', 'transcript'))?.version).toBe('now');
  });
});
