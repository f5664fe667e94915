import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, schema, type Db } from '../db/client.ts';
import { samplingParamsSchema } from '../sample/draw.ts';
import { createAudioStage } from './audio-stage.ts';
import type { Components } from './components.ts';
import { runNight, type RunOptions } from './run-night.ts';
import { makeTestNight, type TestNight } from './test-night.ts';

let night: TestNight;
let components: Components;

beforeAll(async () => {
  night = await makeTestNight(mkdtempSync(join(tmpdir(), 'callqa-run-')));
  components = {
    audio: await createAudioStage({ minDurationS: 2, defaultAgentChannel: 'left' }),
    // No Whisper model can exist in CI: ASR is absent here, as on a machine that never fetched one.
    asr: { unavailable: 'no ASR model in this test' },
    redact: (t) => t,
    asrLanguage: (a) => a.language,
    defaultAgentChannel: 'left',
  };
});

const options = (): RunOptions => ({
  date: night.date,
  recordingsDir: night.recordings,
  manifestPath: night.manifest,
  rosterPath: night.roster,
  sampling: samplingParamsSchema.parse({ rate: 1, minPerAgent: 1, maxPerAgent: 100, minDurationS: 0 }),
  concurrency: 2,
});

const statusOf = (db: Db) => Object.fromEntries(db.select().from(schema.calls).all().map((c) => [c.callId, c.status]));

describe('runNight', () => {
  it('processes every sampled call, recording each failure as data, and the batch goes on', async () => {
    const db = openDb(join(night.dir, 'first.sqlite'));
    const summary = await runNight(db, options(), components);
    const status = statusOf(db);
    for (const id of night.good) expect(status[id]).toBe('done');
    expect(status['bad-corrupt']).toBe('failed');
    expect(status['bad-sidecar']).toBe('failed');
    expect(status['no-sidecar']).toBe('waiting_asr');

    const failures = db.select().from(schema.failures).all();
    const corrupt = failures.find((f) => f.callId === 'bad-corrupt')!;
    expect(corrupt.stage).toBe('audio');
    expect(['corrupt', 'not_audio']).toContain(corrupt.reason);
    const sidecar = failures.find((f) => f.callId === 'bad-sidecar')!;
    expect(sidecar).toMatchObject({ stage: 'transcript', reason: 'invalid_transcript' });
    expect(sidecar.detail).toContain('bad-sidecar.transcript.json');

    expect(summary.calls).toEqual({ processedNow: night.good.length + 3, done: night.good.length, failed: 2, waitingAsr: 1, pending: 0 });
    expect(summary.recordingSuccess.checked).toBe(night.good.length + 3);
    expect(summary.recordingSuccess.usable).toBe(night.good.length + 2);
    expect(summary.asrUnavailable).toBe('no ASR model in this test');

    const transcripts = db.select().from(schema.stageResults).all().filter((r) => r.stage === 'transcript');
    expect(transcripts.map((t) => t.callId).sort()).toEqual([...night.good].sort());
  });

  it('does nothing twice when the same date is run again', async () => {
    const db = openDb(join(night.dir, 'rerun.sqlite'));
    await runNight(db, options(), components);
    const count = (t: SQLiteTable) => db.select().from(t).all().length;
    const before = [count(schema.calls), count(schema.stageResults), count(schema.failures), count(schema.ingestRejects)];
    const second = await runNight(db, options(), components);
    // The waiting call is looked at again (its transcript may have arrived); nothing else is.
    expect(second.calls.processedNow).toBe(1);
    expect(second.sample.drawnNow).toBe(false);
    expect([count(schema.calls), count(schema.stageResults), count(schema.failures), count(schema.ingestRejects)]).toEqual(before);
    expect(db.select().from(schema.runs).all().map((r) => r.status)).toEqual(['finished', 'finished']);
  });

  it('retries failed calls only when asked', async () => {
    const db = openDb(join(night.dir, 'retry.sqlite'));
    await runNight(db, options(), components);
    const retried = await runNight(db, { ...options(), retryFailed: true }, components);
    expect(retried.calls.processedNow).toBe(3);
    expect(db.select().from(schema.failures).all().filter((f) => f.callId === 'bad-corrupt')).toHaveLength(2);
  });
});
