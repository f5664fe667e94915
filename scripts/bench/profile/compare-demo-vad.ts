/**
 * The demo night's speech segments from four VAD settings, compared: 16 kHz one channel at a time
 * (the reference, as before batching), 16 kHz both channels batched, 16 kHz batched with the silence
 * gate, and 8 kHz batched. Prints, per recording and setting, how many segments moved (of how many)
 * and the largest boundary move, and the CPU seconds each setting took. Evidence for PROFILE.md.
 *
 *   npx tsx scripts/bench/profile/compare-demo-vad.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createVad } from '../../../models/vad.ts';
import { DEFAULT_SILENCE_GATE } from '../../../models/vad-silence-gate.ts';
import { loadRecording } from '../../../pipeline/audio/index.ts';
import { fileURLToPath } from 'node:url';

/** The repository root (not via pipeline/config.ts, to keep these scripts' imports to the speech and audio code). */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
import { detectSpeech, detectSpeechOfChannels } from '../../../pipeline/speech/index.ts';
import type { SpeechSegment } from '../../../pipeline/types.ts';

const dir = join(repoRoot, 'fixtures/demo/recordings');
const files = readdirSync(dir).filter((f) => !f.endsWith('.json')).sort();
const v16 = await createVad();
const v8 = await createVad({ sampleRateHz: 8000 });
const vGate = await createVad({ silenceGate: DEFAULT_SILENCE_GATE });

function moves(ref: SpeechSegment[], other: SpeechSegment[]): { countDiff: number; maxMoveS: number; moved: number } {
  let maxMoveS = 0;
  let moved = 0;
  for (const s of ref) {
    const near = other.reduce((best, o) => Math.min(best, Math.max(Math.abs(o.startS - s.startS), Math.abs(o.endS - s.endS))), Infinity);
    if (near > 0) moved++;
    maxMoveS = Math.max(maxMoveS, near);
  }
  return { countDiff: other.length - ref.length, maxMoveS: +maxMoveS.toFixed(3), moved };
}

let cpuRef = 0;
let cpuBatch = 0;
let cpu8 = 0;
let cpuGate = 0;
const worst = { gate: 0, at8: 0 };
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
for (const file of files) {
  const loaded = await loadRecording(join(dir, file));
  if (!loaded.ok) continue;
  const { agent, customer, sampleRateHz } = loaded.audio;
  const sides = customer ? [{ samples: agent, speaker: 'agent' as const }, { samples: customer, speaker: 'customer' as const }] : [{ samples: agent, speaker: 'agent' as const }];
  let t = cpu();
  const ref: SpeechSegment[][] = [];
  for (const s of sides) ref.push(await detectSpeech(v16, s.samples, s.speaker, {}, sampleRateHz));
  cpuRef += cpu() - t;
  t = cpu();
  const batched = await detectSpeechOfChannels(v16, sides, {}, sampleRateHz);
  cpuBatch += cpu() - t;
  t = cpu();
  const gatedSegs = await detectSpeechOfChannels(vGate, sides, {}, sampleRateHz);
  cpuGate += cpu() - t;
  t = cpu();
  const at8 = await detectSpeechOfChannels(v8, sides, {}, sampleRateHz);
  cpu8 += cpu() - t;
  const same = JSON.stringify(ref) === JSON.stringify(batched);
  const m8 = sides.map((_, i) => moves(ref[i], at8[i]));
  const mGate = sides.map((_, i) => moves(ref[i], gatedSegs[i]));
  const show = (ms: ReturnType<typeof moves>[]) => ms.map((m, i) => `${m.moved}/${ref[i].length}${m.countDiff ? ` count${m.countDiff > 0 ? '+' : ''}${m.countDiff}` : ''} max ${m.maxMoveS}s`).join(' | ');
  for (const m of mGate) worst.gate = Math.max(worst.gate, m.maxMoveS);
  for (const m of m8) worst.at8 = Math.max(worst.at8, m.maxMoveS);
  console.log(`${file} ${customer ? 'stereo' : 'mono  '} batched ${same ? 'identical' : 'DIFFERENT'}; gate: ${show(mGate)}; 8 kHz: ${show(m8)}`);
}
console.log(`CPU s: 16 kHz one at a time ${cpuRef.toFixed(1)}, batched ${cpuBatch.toFixed(1)}, batched + gate ${cpuGate.toFixed(1)}, 8 kHz batched ${cpu8.toFixed(1)}`);
console.log(`largest boundary move: gate ${worst.gate} s, 8 kHz ${worst.at8} s`);
await v16.close();
await v8.close();
await vGate.close();
