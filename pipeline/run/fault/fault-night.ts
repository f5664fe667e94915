/**
 * Test support for the fault tests: the small test night (test-night.ts) plus extra calls that
 * carry a fault in their name or length, with a sidecar transcript each, appended to its manifest.
 */
import { appendFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ffmpegMake } from '../../audio/testAudio.ts';
import { samplingParamsSchema } from '../../sample/draw.ts';
import type { RunOptions } from '../run-night.ts';
import { makeTestNight, type TestNight } from '../test-night.ts';

/**
 * Adds call `id` (agent a1) to `night`: a copy of the first good call, or, with `durationS`, a
 * fresh stereo recording of that length (the template's tones, agent left).
 */
export async function addCall(night: TestNight, id: string, durationS?: number): Promise<void> {
  const template = night.good[0];
  const file = join(night.recordings, `${id}.ogg`);
  if (durationS) {
    await ffmpegMake([
      '-f', 'lavfi', '-i', `sine=frequency=300:duration=${durationS}:sample_rate=48000`,
      '-f', 'lavfi', '-i', `sine=frequency=700:duration=${durationS}:sample_rate=48000`,
      '-filter_complex', '[0:a][1:a]amerge=inputs=2,volume=0.5[a]', '-map', '[a]', '-ac', '2', '-c:a', 'libopus', '-b:a', '24k', file,
    ]);
  } else {
    copyFileSync(join(night.recordings, `${template}.ogg`), file);
  }
  copyFileSync(join(night.recordings, `${template}.transcript.json`), join(night.recordings, `${id}.transcript.json`));
  appendFileSync(night.manifest, `${id},${id}.ogg,a1,${night.date}T10:00:00+08:00,${durationS ?? 20},inbound,card,5,false,true,left\n`);
}

export { makeTestNight, type TestNight };

/** Run options that sample every call of the night. */
export function everyCall(night: TestNight, concurrency = 2): RunOptions {
  return {
    date: night.date,
    recordingsDir: night.recordings,
    manifestPath: night.manifest,
    rosterPath: night.roster,
    sampling: samplingParamsSchema.parse({ rate: 1, minPerAgent: 1, maxPerAgent: 100, minDurationS: 0 }),
    concurrency,
  };
}
