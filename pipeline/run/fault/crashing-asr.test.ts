/**
 * Fault: an ASR worker that dies mid-clip (issue 12: the pool never replaced a crashed worker, so
 * once all had crashed the night's queued clips waited forever). Everything is real (ffmpeg decode,
 * SQLite, runNight, the piscina pool and its worker threads) but Whisper, which has no weights here:
 * a stand-in recognizer (fixtures/asr/stand-in-recognizer.ts) that calls process.exit(1) half-way
 * through any clip of 25 s or more — only the 30 s call has one (28 s); the others are 20 s.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODELS_LOADED, newCounters, type StandInOptions } from '../../../fixtures/asr/stand-in-recognizer.ts';
import { openDb, schema } from '../../db/client.ts';
import { sqlOf } from '../../db/sql.ts';
import { startAsrPool, type AsrPool } from '../../speech/asr-pool.ts';
import { asrStageOn } from '../../speech/stages.ts';
import { createAudioStage } from '../audio-stage.ts';
import type { Components } from '../components.ts';
import { runNight } from '../run-night.ts';
import { addCall, everyCall, makeTestNight, type TestNight } from '../../../fixtures/support/pipeline/fault/fault-night.ts';

let night: TestNight;
let pool: AsrPool;
const counters = newCounters(1000); // every long clip crashes, each time it is tried

beforeAll(async () => {
  night = await makeTestNight(mkdtempSync(join(tmpdir(), 'callqa-fault-asr-')), 4);
  await addCall(night, 'a-crashes', 30);
  // No sidecar transcripts: every call goes through the ASR pool.
  for (const id of [...night.good, 'a-crashes']) rmSync(join(night.recordings, `${id}.transcript.json`));
  const modelFile = join(night.dir, 'stand-in-model.json');
  writeFileSync(modelFile, '{}');
  const loaderOptions: StandInOptions = { modelFile, counters, clipMs: 200, crashClipsFromS: 25 };
  const started = await startAsrPool(
    { modelId: 'stand-in', dir: night.dir, intraOpThreads: 1, interOpThreads: 1, loaderModule: new URL('../../../fixtures/asr/stand-in-recognizer.ts', import.meta.url).href, loaderOptions },
    { workers: 2, intraOpThreads: 1 },
  );
  if ('unavailable' in started) throw new Error(started.unavailable);
  pool = started;
});
afterAll(() => pool?.close());

describe('an ASR worker that dies mid-clip', () => {
  it('fails its call with asr_worker_crashed naming the clip, after one retry; the other calls are done', { timeout: 120_000 }, async () => {
    const components: Components = {
      audio: await createAudioStage({ minDurationS: 2, defaultAgentChannel: 'left' }),
      asr: asrStageOn(pool),
      redact: (t) => t,
      asrLanguage: (a) => a.language,
      defaultAgentChannel: 'left',
    };
    const db = openDb(join(night.dir, 'night.sqlite'));
    const summary = await runNight(sqlOf(db), everyCall(night), components);

    const failure = db.select().from(schema.failures).all().find((f) => f.callId === 'a-crashes');
    expect(failure).toMatchObject({ stage: 'transcript', reason: 'asr_worker_crashed' });
    expect(failure!.detail).toMatch(/^asr_worker_crashed: clip a-crashes (agent|customer) 0\.0–28\.0 s killed its ASR worker twice \(last: worker exited with code: 1\)$/);
    const status = Object.fromEntries(db.select().from(schema.calls).all().map((c) => [c.callId, c.status]));
    for (const id of night.good) expect(status[id]).toBe('done');
    expect(summary.calls.done).toBeGreaterThanOrEqual(night.good.length);
    // Each crash was replaced by a fresh worker that loaded the model: 2 at the start, ≥ 2 more.
    expect(counters[MODELS_LOADED]).toBeGreaterThanOrEqual(4);
    expect(pool.workerThreadIds()).toHaveLength(2);
  });
});
