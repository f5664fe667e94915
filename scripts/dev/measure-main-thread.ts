/**
 * Measurement (not a test): how long the main thread goes without a timer tick while the VAD
 * stage analyses one long stereo call, in-process (createVadStage) versus on the worker pool
 * (createVadPool). Run: `npx tsx scripts/dev/measure-main-thread.ts [minutes]`.
 */
import { createVadStage, createVadPool } from '../../pipeline/speech/index.ts';
import type { CallAudio } from '../../pipeline/audio/index.ts';

const minutes = Number(process.argv[2] ?? 5);
const n = Math.round(minutes * 60 * 16_000);
// Bursts of noise (speech-like energy for the crosstalk and VAD loops) alternating per side.
const side = (phase: number) => {
  const x = new Float32Array(n);
  let seed = 12345 + phase;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const on = Math.floor(i / 48_000) % 2 === phase;
    x[i] = on ? ((seed / 2 ** 32) * 2 - 1) * 0.3 : 0;
  }
  return x;
};
const audio: CallAudio = { sampleRateHz: 16_000, agent: side(0), customer: side(1), mono: false, durationS: n / 16_000 };

async function longestGapDuring(work: () => Promise<unknown>): Promise<{ gapMs: number; tookS: number }> {
  let last = performance.now();
  let gapMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }, 10);
  const startedMs = performance.now();
  await work();
  const tookS = (performance.now() - startedMs) / 1000;
  clearInterval(tick);
  return { gapMs: Math.round(gapMs), tookS: Math.round(tookS * 10) / 10 };
}

const local = await createVadStage();
console.log(`in-process, ${minutes} min call:`, await longestGapDuring(() => local.analyse(audio)));
await local.close();
const pool = await createVadPool({ threads: 1 });
console.log(`worker pool, ${minutes} min call:`, await longestGapDuring(() => pool.analyse(audio)));
await pool.close();
