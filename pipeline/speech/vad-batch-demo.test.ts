/**
 * Batching a stereo call's two channels through Silero (one model call per frame for both) must not
 * change what the VAD finds: on the demo night's recordings (real codecs, real speech), the segments
 * of every channel run in a batch equal, exactly, those of the channel run alone (as before
 * batching). Exact, not within a frame: the batch changes the model's probabilities only by float
 * rounding (≤ 2e-6, models/vad.test.ts), far below the gap between any probability and a threshold
 * on this audio; a difference here would mean the rows leak into each other.
 *
 * Same calls as vad-demo.test.ts (holds, dead air, non-Opus stereo; ≈ 20 calls). And with all of
 * them in flight at once through the VAD batcher (models/vad-batcher.ts: the channels of several
 * calls in one model call, as a VAD worker runs its calls), every call's segments are again the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVad, type Vad } from '../../models/vad.ts';
import { loadRecording } from '../audio/index.ts';
import { repoRoot } from '../config.ts';
import type { ChannelRole, SpeechSegment } from '../types.ts';
import { createVadBatcher } from '../../models/vad-batcher.ts';
import { detectSpeech, detectSpeechOfChannels, type SpeechChannel } from './detect-speech.ts';

const DEMO = join(repoRoot, 'fixtures/demo');
const LABELS = join(DEMO, 'labels.json');

interface LabelCall {
  callId: string;
  file: string;
  format: string | null;
  agentChannel: ChannelRole | null;
  expectedHealth: string | null;
  content: null | { holds: unknown[]; deadAir: unknown[] };
}
const labels: { calls: LabelCall[] } | null = existsSync(LABELS) ? JSON.parse(readFileSync(LABELS, 'utf8')) : null;
if (!labels) {
  if (process.env.CI) throw new Error(`VAD batch demo test cannot run: ${LABELS} does not exist`);
  console.log(`pipeline/speech/vad-batch-demo.test.ts SKIPPED: ${LABELS} does not exist (npm run fixtures makes it)`);
}

describe.skipIf(!labels)('batched VAD on the demo night', () => {
  let vad: Vad;
  /** Each stereo call's channels and its two-channel segments, from the first test. */
  const pairs: { callId: string; channels: SpeechChannel[]; sampleRateHz: number; together: SpeechSegment[][] }[] = [];
  beforeAll(async () => {
    vad = await createVad();
  });
  afterAll(() => vad?.close());

  it('finds, on every stereo channel, exactly the segments the channel gets alone', async () => {
    let stereoCalls = 0;
    let segments = 0;
    for (const call of labels!.calls) {
      const c = call.content;
      if (!c || !['ok', 'clipped'].includes(call.expectedHealth ?? '')) continue;
      const stereoCandidate = call.agentChannel !== 'mono' && call.format !== 'ogg';
      if (!(c.holds.length || c.deadAir.length || stereoCandidate)) continue;
      const loaded = await loadRecording(join(DEMO, 'recordings', call.file), { agentChannel: call.agentChannel ?? undefined });
      if (!loaded.ok) throw new Error(`${call.callId}: audio stage rejected ${call.file}: ${loaded.reason}`);
      const { agent, customer, sampleRateHz } = loaded.audio;
      if (!customer) continue;
      stereoCalls++;
      const alone = [await detectSpeech(vad, agent, 'agent', {}, sampleRateHz), await detectSpeech(vad, customer, 'customer', {}, sampleRateHz)];
      const channels = [{ samples: agent, speaker: 'agent' as const }, { samples: customer, speaker: 'customer' as const }];
      const together = await detectSpeechOfChannels(vad, channels, {}, sampleRateHz);
      expect(together, call.callId).toEqual(alone);
      segments += alone[0].length + alone[1].length;
      pairs.push({ callId: call.callId, channels, sampleRateHz, together });
    }
    expect(stereoCalls).toBeGreaterThan(10);
    expect(segments).toBeGreaterThan(100);
  }, 600_000); // two VAD passes over ≈ 20 calls: ~40 s on an idle core, minutes on a shared machine

  it('finds the same segments with every call in flight at once, their channels sharing model calls (the VAD batcher)', async () => {
    expect(pairs.length).toBeGreaterThan(10);
    const batcher = createVadBatcher(vad, { maxRows: 8 }); // 4 calls per model call; the others join as rows free
    const shared = await Promise.all(
      pairs.map((p) => detectSpeechOfChannels(vad, p.channels, {}, p.sampleRateHz, (inputs) => batcher.probabilities(inputs))),
    );
    shared.forEach((segments, i) => expect(segments, pairs[i].callId).toEqual(pairs[i].together));
  }, 300_000);
});
