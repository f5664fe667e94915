import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, schema, type Db } from '../db/client.ts';
import { sqlOf } from '../db/sql.ts';
import { samplingParamsSchema } from '../sample/draw.ts';
import { createAudioStage } from './audio-stage.ts';
import type { Components } from './components.ts';
import { LeaseHeldError, liveLease, RunAbortedError } from './lease.ts';
import { NightInputError } from './night-inputs.ts';
import { runNight, type RunOptions, type RunProgress } from './run-night.ts';
import { makeTestNight, type TestNight } from '../../fixtures/support/pipeline/test-night.ts';

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
    const summary = await runNight(sqlOf(db), options(), components);
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
    await runNight(sqlOf(db), options(), components);
    const count = (t: SQLiteTable) => db.select().from(t).all().length;
    const before = [count(schema.calls), count(schema.stageResults), count(schema.failures), count(schema.ingestRejects)];
    const second = await runNight(sqlOf(db), options(), components);
    // The waiting call is looked at again (its transcript may have arrived); nothing else is.
    expect(second.calls.processedNow).toBe(1);
    expect(second.sample.drawnNow).toBe(false);
    expect([count(schema.calls), count(schema.stageResults), count(schema.failures), count(schema.ingestRejects)]).toEqual(before);
    expect(db.select().from(schema.runs).all().map((r) => r.status)).toEqual(['finished', 'finished']);
  });

  it('retries failed calls only when asked', async () => {
    const db = openDb(join(night.dir, 'retry.sqlite'));
    await runNight(sqlOf(db), options(), components);
    const retried = await runNight(sqlOf(db), { ...options(), retryFailed: true }, components);
    expect(retried.calls.processedNow).toBe(3);
    expect(db.select().from(schema.failures).all().filter((f) => f.callId === 'bad-corrupt')).toHaveLength(2);
  });
});

const count = (db: Db, t: SQLiteTable) => db.select().from(t).all().length;

describe('inputs refused as a whole', () => {
  const refusedThenRightInputs = async (name: string, bad: Partial<RunOptions>, reason: RegExp) => {
    const db = openDb(join(night.dir, `${name}.sqlite`));
    const err = await runNight(sqlOf(db), { ...options(), ...bad }, components).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NightInputError);
    expect((err as Error).message).toMatch(reason);
    expect((err as Error).message).not.toContain('\n');
    expect(count(db, schema.samples)).toBe(0);
    expect(db.select().from(schema.runs).all().map((r) => r.status)).toEqual(['failed']);
    expect(await liveLease(sqlOf(db), night.date)).toBeNull();

    const rerun = await runNight(sqlOf(db), options(), components);
    expect(rerun.sample).toMatchObject({ drawnNow: true, sampled: night.good.length + 3 });
    expect(rerun.calls).toMatchObject({ done: night.good.length, pending: 0 });
  };

  it('a missing recordings folder: fails, stores no sample, and the rerun with the right folder processes the night', async () => {
    await refusedThenRightInputs('no-folder', { recordingsDir: join(night.dir, 'nowhere') }, /recordings folder .*nowhere does not exist/);
  });

  it('a manifest with no valid row (header only): fails, stores no sample; the rerun processes the night', async () => {
    const empty = join(night.dir, 'empty.csv');
    writeFileSync(empty, readFileSync(night.manifest, 'utf8').split('\n')[0] + '\n');
    await refusedThenRightInputs('empty-manifest', { manifestPath: empty }, /empty\.csv has no valid row \(it is empty\)/);
  });

  it('a manifest whose rows are all rejected, or that lacks a required column: fails with the reason', async () => {
    const wrongFolder = join(night.dir, 'elsewhere');
    mkdirSync(wrongFolder, { recursive: true });
    await refusedThenRightInputs('all-rejected', { recordingsDir: wrongFolder }, /has no valid row \(9 rejected, the first: .*recording file missing/);
    const headless = join(night.dir, 'headless.csv');
    writeFileSync(headless, 'call_id,file\nx,x.ogg\n');
    await refusedThenRightInputs('headless', { manifestPath: headless }, /header lacks required column\(s\) agent_id, started_at/);
  });
});

/** Progress that aborts `controller` once `after` calls are done. */
const abortAfter = (after: number, controller: AbortController): RunProgress => {
  let done = 0;
  return { start() {}, stop() {}, callDone: () => void (++done === after && controller.abort('SIGTERM')) };
};

describe('stopping and sharing a date', () => {
  it('a signal stops starting calls, lets the one in flight finish, ends interrupted and releases the date; the rerun finishes', async () => {
    const db = openDb(join(night.dir, 'signal.sqlite'));
    const stop = new AbortController();
    const summary = await runNight(sqlOf(db), { ...options(), concurrency: 1, signal: stop.signal }, components, abortAfter(2, stop));
    expect(summary.interrupted).toEqual({ reason: 'SIGTERM', notStarted: night.good.length + 3 - 2, abandoned: 0 });
    expect(summary.calls.processedNow).toBe(2);
    expect(summary.calls.pending).toBe(night.good.length + 3 - 2);
    expect(db.select().from(schema.runs).all().map((r) => r.status)).toEqual(['interrupted']);
    expect(await liveLease(sqlOf(db), night.date)).toBeNull();

    const rerun = await runNight(sqlOf(db), options(), components);
    expect(rerun.calls).toMatchObject({ processedNow: night.good.length + 1, pending: 0, done: night.good.length });
    expect(count(db, schema.failures)).toBe(2);
  });

  it('a second signal abandons the calls in flight: they stay pending', async () => {
    const db = openDb(join(night.dir, 'abandon.sqlite'));
    const stop = new AbortController();
    const abandon = new AbortController();
    // Both signals at once when the first call is done: the second call (started with it) is in flight.
    const progress: RunProgress = { start() {}, stop() {}, callDone: () => void (stop.abort('SIGINT'), abandon.abort('SIGINT')) };
    const summary = await runNight(sqlOf(db), { ...options(), concurrency: 2, signal: stop.signal, abandonSignal: abandon.signal }, components, progress);
    expect(summary.interrupted).toEqual({ reason: 'SIGINT', notStarted: night.good.length + 3 - 2, abandoned: 1 });
    expect(summary.calls.pending).toBe(night.good.length + 3 - 1);
    expect(await liveLease(sqlOf(db), night.date)).toBeNull();
  });

  it('a run signalled before it holds its date does not start', async () => {
    const db = openDb(join(night.dir, 'early-signal.sqlite'));
    const stop = new AbortController();
    stop.abort('SIGTERM');
    await expect(runNight(sqlOf(db), { ...options(), signal: stop.signal }, components)).rejects.toThrow(RunAbortedError);
    expect(count(db, schema.runs)).toBe(0);
  });

  it('a second run of the date is refused while the first holds it; with waitForLease it runs after, processing nothing twice', async () => {
    const db = openDb(join(night.dir, 'two.sqlite'));
    const first = runNight(sqlOf(db), options(), components);
    const refused = await runNight(sqlOf(db), options(), components).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LeaseHeldError);
    expect((refused as Error).message).toMatch(/already being run by run #1 \(\d+@/);

    const waited: number[] = [];
    const second = runNight(sqlOf(db), { ...options(), waitForLease: true, lease: { heartbeatMs: 50 }, onWaiting: (l) => waited.push(l.runId) }, components);
    const [a, b] = await Promise.all([first, second]);
    expect(waited).toEqual([1]);
    expect(a.calls.processedNow).toBe(night.good.length + 3);
    expect(b.calls.processedNow).toBe(1); // only the call waiting for a transcript is looked at again
    expect(count(db, schema.failures)).toBe(2);
    expect(db.select().from(schema.runs).all().map((r) => r.status)).toEqual(['finished', 'finished']);
  });
});

describe('late manifest rows', () => {
  it('are reported without --resample, and sampled and processed with it, keeping the calls done', async () => {
    const db = openDb(join(night.dir, 'late.sqlite'));
    const lines = readFileSync(night.manifest, 'utf8').trim().split('\n');
    const early = join(night.dir, 'early.csv');
    writeFileSync(early, lines.slice(0, 4).join('\n') + '\n'); // header + g000..g002
    const firstRun = await runNight(sqlOf(db), { ...options(), manifestPath: early }, components);
    expect(firstRun.sample.sampled).toBe(3);

    const plain = await runNight(sqlOf(db), options(), components);
    expect(plain.sample).toMatchObject({ drawnNow: false, sampled: 3, addedSinceDraw: lines.length - 4 });
    expect(plain.notes).toContain(`${lines.length - 4} calls added since the sample was drawn; rerun with --resample to include them`);
    expect(plain.calls.processedNow).toBe(0);

    const done = db.select().from(schema.calls).all().filter((c) => c.status === 'done');
    const resampled = await runNight(sqlOf(db), { ...options(), resample: true }, components);
    expect(resampled.sample.resampled).toEqual({ before: 3, added: lines.length - 4 });
    expect(resampled.notes.some((n) => n.startsWith('sample redrawn (--resample): 3 → 9 calls'))).toBe(true);
    expect(resampled.calls).toMatchObject({ processedNow: lines.length - 4, pending: 0, done: night.good.length });
    // Calls done before the redraw were not processed again.
    const after = new Map(db.select().from(schema.calls).all().map((c) => [c.callId, c]));
    for (const c of done) expect(after.get(c.callId)!.processedRunId).toBe(c.processedRunId);
    const params = db.select().from(schema.runs).all().at(-1)!.params as { resample?: boolean };
    expect(params.resample).toBe(true);
  });
});
