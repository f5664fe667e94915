/**
 * How much of the demo night an energy gate could skip: per recording, the share of 32 ms frames
 * whose peak is below each level on every channel (only those spare a batched model call).
 *
 *   npx tsx scripts/bench/profile/silent-frames.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecording } from '../../../pipeline/audio/index.ts';
import { fileURLToPath } from 'node:url';

/** The repository root (not via pipeline/config.ts, to keep these scripts' imports to the speech and audio code). */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const FRAME = 512;
const LEVELS_DBFS = [-70, -60, -50, -40];
const dir = join(repoRoot, 'fixtures/demo/recordings');
const totals = LEVELS_DBFS.map(() => 0);
let frames = 0;
for (const file of readdirSync(dir).filter((f) => !f.endsWith('.json')).sort()) {
  const loaded = await loadRecording(join(dir, file));
  if (!loaded.ok) continue;
  const chans = [loaded.audio.agent, ...(loaded.audio.customer ? [loaded.audio.customer] : [])];
  const n = Math.ceil(chans[0].length / FRAME);
  for (let f = 0; f < n; f++) {
    let peak = 0;
    for (const ch of chans) for (let i = f * FRAME; i < Math.min(ch.length, (f + 1) * FRAME); i++) peak = Math.max(peak, Math.abs(ch[i]));
    const db = 20 * Math.log10(peak || 1e-12);
    LEVELS_DBFS.forEach((l, k) => { if (db < l) totals[k]++; });
  }
  frames += n;
}
console.log(`${frames} frames; silent on every channel: ${LEVELS_DBFS.map((l, k) => `< ${l} dBFS ${((100 * totals[k]) / frames).toFixed(1)}%`).join(', ')}`);
