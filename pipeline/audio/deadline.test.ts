/**
 * Decoder deadlines, with real child processes: a stand-in ffprobe or ffmpeg that hangs (a shell
 * script that sleeps, with a sleeping child of its own) is killed at its budget, the recording
 * fails with `decode_timeout`, and nothing it started is left running.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ffmpegPath, ffprobePath } from './binaries.ts';
import { liveChildCount } from './child.ts';
import { decodeBudgetS } from './deadline.ts';
import { startedPids, stillRunningAfter, writeHangingBinary } from '../../fixtures/support/audio/hanging-binary.ts';
import { loadRecording } from './load.ts';
import { stereoTones, tempDir } from '../../fixtures/support/pipeline/test-audio.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
const saved = { FFMPEG_PATH: process.env.FFMPEG_PATH, FFPROBE_PATH: process.env.FFPROBE_PATH };
beforeAll(async () => {
  tmp = await tempDir();
  await stereoTones(tmp.file('ok.wav'), { seconds: 6 });
  copyFileSync(tmp.file('ok.wav'), tmp.file('hang-me.wav'));
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
afterAll(() => tmp.cleanup());

const timeouts = { decodeBaseS: 1, decodePerAudioMinuteS: 6 };

describe('decoder deadlines', () => {
  it('budget: base plus per audio minute; unknown length gets the base', () => {
    expect(decodeBudgetS({ decodeBaseS: 30, decodePerAudioMinuteS: 5 }, 600)).toBe(80);
    expect(decodeBudgetS({ decodeBaseS: 30, decodePerAudioMinuteS: 5 }, null)).toBe(30);
  });

  it('a hanging ffprobe is killed at decodeBaseS, with the child it started: decode_timeout', async () => {
    const fake = writeHangingBinary(tmp.dir, 'ffprobe', ffprobePath(), 'hang-me');
    process.env.FFPROBE_PATH = fake.path;
    const startedMs = performance.now();
    const r = await loadRecording(tmp.file('hang-me.wav'), { timeouts });
    const tookS = (performance.now() - startedMs) / 1000;
    expect(r).toMatchObject({ ok: false, reason: 'decode_timeout' });
    expect(!r.ok && r.detail).toMatch(/ffprobe did not finish within its budget of 1 s/);
    expect(tookS).toBeGreaterThanOrEqual(0.9);
    expect(tookS).toBeLessThan(5);
    const pids = startedPids(fake);
    expect(pids).toHaveLength(2); // the script and its sleeping child both ran…
    expect(await stillRunningAfter(pids)).toEqual([]); // …and neither is left (the kill lands within 3 s)
    expect(liveChildCount()).toBe(0);
    // The same stand-in passes other files to the real ffprobe: only the hanging one failed.
    expect(await loadRecording(tmp.file('ok.wav'), { timeouts })).toMatchObject({ ok: true });
  });

  it('a hanging ffmpeg is killed at its budget scaled to the probed length: decode_timeout', async () => {
    const fake = writeHangingBinary(tmp.dir, 'ffmpeg', ffmpegPath(), 'hang-me');
    process.env.FFMPEG_PATH = fake.path;
    const budgetS = decodeBudgetS(timeouts, 6); // 1 s + 6 s/min × 0.1 min = 1.6 s
    const startedMs = performance.now();
    const r = await loadRecording(tmp.file('hang-me.wav'), { timeouts });
    const tookS = (performance.now() - startedMs) / 1000;
    expect(r).toMatchObject({ ok: false, reason: 'decode_timeout', probe: { channels: 2 } });
    expect(!r.ok && r.detail).toMatch(/ffmpeg did not finish .*hang-me\.wav within its budget of 1\.6 s and was killed/);
    expect(tookS).toBeGreaterThanOrEqual(budgetS - 0.1);
    expect(tookS).toBeLessThan(budgetS + 4);
    const pids = startedPids(fake);
    expect(pids).toHaveLength(2);
    expect(await stillRunningAfter(pids)).toEqual([]);
    expect(liveChildCount()).toBe(0);
    expect(await loadRecording(tmp.file('ok.wav'), { timeouts })).toMatchObject({ ok: true });
  });

  it('a decoder still running when this process exits is killed with it (exit hook), not orphaned', async () => {
    const fake = writeHangingBinary(mkdtempSync(join(tmp.dir, 'exit-')), 'ffmpeg', ffmpegPath(), 'hang-me');
    // A separate node process starts a long-deadline run of the hanging stand-in, then exits.
    const script = tmp.file('exits-mid-decode.mts');
    writeFileSync(
      script,
      `import { runWithDeadline } from ${JSON.stringify(pathToFileURL(new URL('./child.ts', import.meta.url).pathname).href)};
void runWithDeadline(${JSON.stringify(fake.path)}, ['hang-me'], { timeoutMs: 600_000 });
setTimeout(() => process.exit(0), 1500);
`,
    );
    const exited = new Promise<number | null>((resolve) => {
      spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'ignore' }).once('exit', resolve);
    });
    expect(await exited).toBe(0);
    const pids = startedPids(fake);
    expect(pids).toHaveLength(2);
    expect(await stillRunningAfter(pids)).toEqual([]);
  });
});
