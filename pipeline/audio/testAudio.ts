/**
 * Build small recordings (tests, benchmarks) with the real ffmpeg (lavfi sources), and measure a
 * decoded signal's dominant frequency, so tests can prove which tone ended up on which side.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ffmpegPath } from './binaries.ts';

const run = promisify(execFile);

/** A temp folder for one test file's recordings; `cleanup()` removes it. */
export async function tempDir(): Promise<{ dir: string; file: (name: string) => string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'callqa-audio-'));
  return { dir, file: (name) => join(dir, name), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Run ffmpeg quietly with the given arguments (overwrites the output). */
export async function ffmpegMake(args: string[]): Promise<void> {
  await run(ffmpegPath(), ['-v', 'error', '-nostdin', '-y', ...args]);
}

/** A stereo recording: `leftHz` tone on the left, `rightHz` on the right. */
export function stereoTones(out: string, { leftHz = 440, rightHz = 1000, seconds = 3, rate = 44100, codecArgs = [] as string[] } = {}) {
  return ffmpegMake([
    '-f', 'lavfi', '-i', `sine=frequency=${leftHz}:duration=${seconds}:sample_rate=${rate}`,
    '-f', 'lavfi', '-i', `sine=frequency=${rightHz}:duration=${seconds}:sample_rate=${rate}`,
    '-filter_complex', '[0:a][1:a]amerge=inputs=2[a]', '-map', '[a]', '-ac', '2',
    ...codecArgs, out,
  ]);
}

/** A mono recording of one tone (with an optional gain filter, e.g. `volume=20` to clip). */
export function monoTone(out: string, { hz = 440, seconds = 3, rate = 16000, filter = '', codecArgs = [] as string[] } = {}) {
  return ffmpegMake([
    '-f', 'lavfi', '-i', `sine=frequency=${hz}:duration=${seconds}:sample_rate=${rate}`,
    ...(filter ? ['-af', filter] : []),
    ...codecArgs, out,
  ]);
}

/** Dominant frequency of a pure tone, in Hz, from its zero-crossing rate. */
export function zeroCrossingHz(samples: Float32Array, sampleRateHz: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1] < 0 !== samples[i] < 0) crossings++;
  return crossings / 2 / (samples.length / sampleRateHz);
}
