/**
 * Fault: a decoder that hangs (issue 10: "No timeout on ffmpeg/ffprobe: a hanging decoder stalls
 * the night"). Real child processes: stand-in ffprobe/ffmpeg scripts that hang on one call each
 * and run the real binaries for the others. The night finishes; those two calls fail with
 * `decode_timeout` (stage `audio`) within their budget, the others are done, and nothing the
 * stand-ins started is left running.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpegPath, ffprobePath } from '../../audio/binaries.ts';
import { liveChildCount } from '../../audio/child.ts';
import { startedPids, stillRunningAfter, writeHangingBinary, type HangingBinary } from '../../../fixtures/support/audio/hanging-binary.ts';
import { openDb, schema } from '../../db/client.ts';
import { sqlOf } from '../../db/sql.ts';
import { createAudioStage } from '../audio-stage.ts';
import { runNight } from '../run-night.ts';
import { addCall, everyCall, makeTestNight, type TestNight } from '../../../fixtures/support/pipeline/fault/fault-night.ts';

let night: TestNight;
let probe: HangingBinary;
let decoder: HangingBinary;
const saved = { FFMPEG_PATH: process.env.FFMPEG_PATH, FFPROBE_PATH: process.env.FFPROBE_PATH };

beforeAll(async () => {
  night = await makeTestNight(mkdtempSync(join(tmpdir(), 'callqa-fault-decoder-')), 4);
  await addCall(night, 'hang-probe');
  await addCall(night, 'hang-decode');
  probe = writeHangingBinary(night.dir, 'ffprobe', ffprobePath(), 'hang-probe');
  decoder = writeHangingBinary(night.dir, 'ffmpeg', ffmpegPath(), 'hang-decode');
  process.env.FFPROBE_PATH = probe.path;
  process.env.FFMPEG_PATH = decoder.path;
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('a hanging decoder', () => {
  it('costs its call (decode_timeout), not the night, and leaves no process behind', async () => {
    // 3 s for ffprobe, 3 s + 3 s/min × 1/3 min = 4 s for a 20 s decode.
    const timeouts = { decodeBaseS: 3, decodePerAudioMinuteS: 3 };
    const components = {
      audio: await createAudioStage({ minDurationS: 2, defaultAgentChannel: 'left', timeouts }),
      asr: { unavailable: 'no ASR model in this test' },
      redact: <T>(t: T) => t,
      asrLanguage: () => 'zh' as const,
      defaultAgentChannel: 'left' as const,
    };
    const db = openDb(join(night.dir, 'night.sqlite'));
    const startedMs = performance.now();
    const summary = await runNight(sqlOf(db), everyCall(night), components);
    const tookS = (performance.now() - startedMs) / 1000;

    const status = Object.fromEntries(db.select().from(schema.calls).all().map((c) => [c.callId, c.status]));
    for (const id of night.good) expect(status[id]).toBe('done');
    const failures = Object.fromEntries(db.select().from(schema.failures).all().map((f) => [f.callId, f]));
    expect(failures['hang-probe']).toMatchObject({ stage: 'audio', reason: 'decode_timeout' });
    expect(failures['hang-probe'].detail).toMatch(/ffprobe did not finish within its budget of 3 s/);
    expect(failures['hang-decode']).toMatchObject({ stage: 'audio', reason: 'decode_timeout' });
    expect(failures['hang-decode'].detail).toMatch(/ffmpeg did not finish .*hang-decode\.ogg within its budget of 4 s/);
    expect(summary.calls.done).toBe(night.good.length);
    expect(summary.failedByReason['audio:decode_timeout']).toBe(2);

    // Both hung at once (concurrency 2) and were cut at their budgets: far from a stalled night.
    expect(tookS).toBeLessThan(20);
    const pids = [...startedPids(probe), ...startedPids(decoder)];
    expect(pids).toHaveLength(4);
    expect(await stillRunningAfter(pids)).toEqual([]);
    expect(liveChildCount()).toBe(0);
  });
});
