/**
 * Silero VAD on real audio: speech synthesized with text2wav at known times, written by ffmpeg as
 * 8 kHz µ-law stereo (what call recorders produce), loaded back through the audio stage, and run
 * through the real ONNX model. Speech boundaries must land within 0.2 s of where speech was placed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecording } from '../pipeline/audio/index.ts';
import { analyseSpeech } from '../pipeline/speech/analyse.ts';
import { EN_RIGHT_CHANNEL_CALL, ZH_HOLD_CALL, type Scenario } from '../fixtures/support/speech/scenarios.ts';
import { renderCall, writeRecording } from '../fixtures/support/speech/synth-call.ts';
import type { SpeechSegment } from '../pipeline/types.ts';
import { createVad, speechProbabilities, speechProbabilitiesBatch, type Vad } from './vad.ts';
import { DEFAULT_SILENCE_GATE, gatedFrames } from './vad-silence-gate.ts';
import { detectSpeech, detectSpeechOfChannels } from '../pipeline/speech/detect-speech.ts';

const TOLERANCE_S = 0.2;
let vad: Vad;
let dir: string;

beforeAll(async () => {
  vad = await createVad();
  dir = await mkdtemp(join(tmpdir(), 'callqa-vad-'));
});
afterAll(async () => {
  await vad?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Render a scenario to a real recording file, load it through the audio stage, run VAD on each side. */
async function runScenario(s: Scenario, agentChannel: 'left' | 'right', name: string) {
  const call = await renderCall(s.utterances, { durationS: s.durationS, agentChannel });
  const file = join(dir, `${name}.wav`);
  await writeRecording(file, call.channels);
  const loaded = await loadRecording(file, { agentChannel });
  if (!loaded.ok) throw new Error(`audio stage rejected ${file}: ${loaded.reason} ${loaded.detail}`);
  const { audio } = loaded;
  const found = [
    ...(await detectSpeech(vad, audio.agent, 'agent')),
    ...(await detectSpeech(vad, audio.customer!, 'customer')),
  ];
  return { truth: call.truth, found, durationS: audio.durationS };
}

function expectBoundariesMatch(truth: SpeechSegment[], found: SpeechSegment[]) {
  for (const speaker of ['agent', 'customer'] as const) {
    const t = truth.filter((x) => x.speaker === speaker);
    const f = found.filter((x) => x.speaker === speaker);
    expect(f.length, `${speaker}: found ${JSON.stringify(f)} vs truth ${JSON.stringify(t)}`).toBe(t.length);
    t.forEach((seg, i) => {
      expect(Math.abs(f[i].startS - seg.startS), `${speaker} #${i} start ${f[i].startS} vs ${seg.startS}`).toBeLessThanOrEqual(TOLERANCE_S);
      expect(Math.abs(f[i].endS - seg.endS), `${speaker} #${i} end ${f[i].endS} vs ${seg.endS}`).toBeLessThanOrEqual(TOLERANCE_S);
    });
  }
}

describe('Silero VAD on synthesized call recordings', () => {
  it('finds every utterance of a Mandarin stereo call within 0.2 s, and the hold, dead air and interruption', async () => {
    const { truth, found, durationS } = await runScenario(ZH_HOLD_CALL, 'left', 'zh-hold');
    expectBoundariesMatch(truth, found);

    const analysis = analyseSpeech(found, durationS);
    expect(analysis.holds).toHaveLength(1);
    const hold = analysis.holds[0];
    expect(Math.abs(hold.startS - truth[2].endS)).toBeLessThanOrEqual(TOLERANCE_S); // after "请您稍等"
    expect(Math.abs(hold.endS - ZH_HOLD_CALL.hold!.endS)).toBeLessThanOrEqual(TOLERANCE_S); // agent returns at 30 s

    expect(analysis.silences).toHaveLength(1);
    const dead = analysis.silences[0];
    expect(dead.startS).toBeGreaterThan(ZH_HOLD_CALL.deadAir!.startS - 1);
    expect(Math.abs(dead.endS - ZH_HOLD_CALL.deadAir!.endS)).toBeLessThanOrEqual(TOLERANCE_S);

    expect(analysis.overlaps).toHaveLength(1);
    expect(analysis.overlaps[0].interrupter).toBe('customer');
    expect(Math.abs(analysis.overlaps[0].startS - ZH_HOLD_CALL.customerInterruptsAt!)).toBeLessThanOrEqual(TOLERANCE_S);
  });

  it('keeps speakers apart when the agent is on the right channel (English call)', async () => {
    const { truth, found, durationS } = await runScenario(EN_RIGHT_CHANNEL_CALL, 'right', 'en-right');
    expectBoundariesMatch(truth, found);
    const analysis = analyseSpeech(found, durationS);
    expect(analysis.holds).toEqual([]);
    expect(analysis.overlaps).toEqual([]);
    const agentTruth = truth.filter((x) => x.speaker === 'agent').reduce((s, x) => s + x.endS - x.startS, 0);
    expect(Math.abs(analysis.talkTimeS.agent - agentTruth)).toBeLessThan(0.5);
  });

  it('reports (almost) no speech on line noise alone', async () => {
    const call = await renderCall([], { durationS: 10, agentChannel: 'left', noiseAmplitude: 0.01 });
    const probs = await speechProbabilities(vad, call.channels[0]);
    expect(Math.max(...probs)).toBeLessThan(0.5);
    expect(await detectSpeech(vad, call.channels[0], 'agent')).toEqual([]);
  });

  it('gives each channel a fresh model state: the same audio twice gives the same probabilities', async () => {
    const call = await renderCall(EN_RIGHT_CHANNEL_CALL.utterances.slice(0, 1), { durationS: 7, agentChannel: 'left' });
    const first = await speechProbabilities(vad, call.channels[0]);
    const second = await speechProbabilities(vad, call.channels[0]);
    expect(Array.from(second)).toEqual(Array.from(first));
    expect(first.some((p) => p > 0.9)).toBe(true);
  });

  it('a batch of channels gives each channel what it gets alone, to float rounding, and the same segments (also when lengths differ)', async () => {
    const call = await renderCall(ZH_HOLD_CALL.utterances.slice(0, 3), { durationS: 16, agentChannel: 'left' });
    const [left, right] = call.channels;
    const shorter = right.subarray(0, right.length - 5000); // ends mid-frame, ~10 frames before `left`
    const alone = [await speechProbabilities(vad, left), await speechProbabilities(vad, shorter)];
    const together = await speechProbabilitiesBatch(vad, [left, shorter]);
    expect(together.map((p) => p.length)).toEqual(alone.map((p) => p.length));
    // ONNX Runtime's matrix kernels sum in a different order for 2 rows than for 1 (measured: up to
    // 2e-6), so equal to float rounding, not bit for bit; a segment can move only if a probability
    // sits within that of a threshold.
    for (const b of [0, 1]) {
      const worst = Math.max(...Array.from(together[b], (p, i) => Math.abs(p - alone[b][i])));
      expect(worst, `channel ${b}`).toBeLessThan(1e-5);
    }
    expect(Math.max(...together[0]) - Math.min(...together[0])).toBeGreaterThan(0.9); // real speech and silence, not a flat track
    const batched = await detectSpeechOfChannels(vad, [{ samples: left, speaker: 'agent' }, { samples: shorter, speaker: 'customer' }]);
    expect(batched).toEqual([await detectSpeech(vad, left, 'agent'), await detectSpeech(vad, shorter, 'customer')]);
    expect(batched[0].length + batched[1].length).toBeGreaterThanOrEqual(3);
  });

  it('runs the model at 8 kHz on audio halved from 16 kHz, boundaries still within 0.2 s (English call)', async () => {
    const vad8 = await createVad({ sampleRateHz: 8000 });
    try {
      expect(vad8.frameSamples).toBe(256); // 32 ms, as 512 at 16 kHz
      const call = await renderCall(EN_RIGHT_CHANNEL_CALL.utterances, { durationS: EN_RIGHT_CHANNEL_CALL.durationS, agentChannel: 'right' });
      const [left, right] = call.channels;
      const [customer, agent] = await detectSpeechOfChannels(vad8, [{ samples: left, speaker: 'customer' }, { samples: right, speaker: 'agent' }], {}, 16_000);
      expectBoundariesMatch(call.truth, [...agent, ...customer]);
    } finally {
      await vad8.close();
    }
  });

  it('with the silence gate, skipped frames read 0 and every frame before the first skip is as without it', async () => {
    const call = await renderCall(ZH_HOLD_CALL.utterances.slice(0, 3), { durationS: 20, agentChannel: 'left' });
    // Digital silence from 7 s to 10.5 s on the agent's (left) channel, between its two utterances.
    const left = call.channels[0].slice();
    left.fill(0, 7 * 16_000, 10.5 * 16_000);
    const gatedVad = await createVad({ silenceGate: DEFAULT_SILENCE_GATE });
    try {
      const skipped = gatedFrames(left, gatedVad.frameSamples, DEFAULT_SILENCE_GATE);
      const firstSkip = skipped.indexOf(1);
      expect(firstSkip).toBeGreaterThan(0);
      const plain = await speechProbabilities(vad, left);
      const gated = await speechProbabilities(gatedVad, left);
      expect(Array.from(gated.subarray(0, firstSkip))).toEqual(Array.from(plain.subarray(0, firstSkip)));
      for (let f = 0; f < gated.length; f++) if (skipped[f]) expect(gated[f]).toBe(0);
      expect(gated.some((p, f) => f > firstSkip && p > 0.9)).toBe(true); // speech after the gap still found
    } finally {
      await gatedVad.close();
    }
  });

  it('refuses a frame size the model was not trained on at its rate', async () => {
    await expect(createVad({ sampleRateHz: 8000, frameSamples: 1536 })).rejects.toThrow(/256, 512, 768 at 8 kHz/);
  });

  it('names the file when the model cannot be loaded', async () => {
    await expect(createVad({ modelPath: join(dir, 'nope.onnx') })).rejects.toThrow(/Silero VAD model at .*nope\.onnx/);
  });
});
