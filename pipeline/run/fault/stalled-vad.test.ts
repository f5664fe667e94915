/**
 * Fault: a VAD stage that never ends (issue 10: started from the API, a VAD loop spinning on the
 * main thread stopped the whole server). The VAD here is a test-only stand-in for that bug
 * (spinning-vad-worker.ts: an endless synchronous loop on calls over 25 s, instant otherwise),
 * run the way the real one runs: on the VAD worker pool. Everything else is real (ffmpeg decode,
 * SQLite, runNight). Had the loop run on the main thread, no timer could fire: this test would
 * hang instead of failing, which is what the watchdog and the pool exist to prevent.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, schema } from '../../db/client.ts';
import { sqlOf } from '../../db/sql.ts';
import { createVadPool, type VadPool } from '../../speech/vad-pool.ts';
import { createAudioStage } from '../audio-stage.ts';
import type { Components } from '../components.ts';
import { runNight } from '../run-night.ts';
import { addCall, everyCall, makeTestNight, type TestNight } from '../../../fixtures/support/pipeline/fault/fault-night.ts';

let night: TestNight;
let pool: VadPool;

beforeAll(async () => {
  night = await makeTestNight(mkdtempSync(join(tmpdir(), 'callqa-fault-vad-')), 4);
  // Sorts first, so the calls after it show the night going on past the stall.
  await addCall(night, 'a-spins', 30);
  pool = await createVadPool({ threads: 2, taskModule: new URL('../../../fixtures/support/pipeline/fault/spinning-vad-worker.ts', import.meta.url), stopGraceMs: 500 });
});
afterAll(() => pool?.close());

describe('a VAD stage that never ends', () => {
  it('fails its call with timeout at the budget; the main thread keeps ticking; the next calls are done', async () => {
    const components: Components = {
      audio: await createAudioStage({ minDurationS: 2, defaultAgentChannel: 'left' }),
      vad: pool,
      asr: { unavailable: 'no ASR model in this test' },
      redact: (t) => t,
      asrLanguage: (a) => a.language,
      defaultAgentChannel: 'left',
      // 1 s + 1 s per audio minute: 1.5 s for the 30 s call.
      budgets: { stageBaseS: 1, stagePerAudioMinuteS: 1 },
    };
    const threadsBefore = pool.workerThreadIds();

    // The main thread's heartbeat: the longest gap between ticks of a 20 ms interval.
    let last = performance.now();
    let longestGapMs = 0;
    const heartbeat = setInterval(() => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
    }, 20);
    const db = openDb(join(night.dir, 'night.sqlite'));
    let summary;
    try {
      summary = await runNight(sqlOf(db), everyCall(night), components);
    } finally {
      clearInterval(heartbeat);
    }

    const failures = db.select().from(schema.failures).all();
    const spun = failures.find((f) => f.callId === 'a-spins')!;
    expect(spun).toMatchObject({ stage: 'vad', reason: 'timeout' });
    expect(spun.detail).toBe('vad ran past its budget of 1.5 s (1 s + 1 s per audio minute × 0.5 min)');
    const status = Object.fromEntries(db.select().from(schema.calls).all().map((c) => [c.callId, c.status]));
    for (const id of night.good) expect(status[id]).toBe('done');
    expect(summary.calls.done).toBe(night.good.length);
    // Nothing is stored for the stage that timed out.
    expect(db.select().from(schema.stageResults).all().filter((r) => r.callId === 'a-spins' && r.stage === 'vad')).toEqual([]);
    // Ticks kept coming while a worker spun (a loaded 2-core CI machine may delay one, not stall).
    expect(longestGapMs).toBeLessThan(1000);

    // The spinning worker was terminated after its grace and replaced; the pool still answers.
    await new Promise((r) => setTimeout(r, 800));
    const threadsAfter = pool.workerThreadIds();
    expect(threadsAfter).toHaveLength(2);
    expect(threadsAfter.filter((id) => !threadsBefore.includes(id))).toHaveLength(1);
  });
});
