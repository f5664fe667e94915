import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCallAudio } from './channels.ts';
import { decodeRecording } from './decode.ts';
import { ffmpegMake, monoTone, stereoTones, tempDir, zeroCrossingHz } from '../../fixtures/support/pipeline/test-audio.ts';
import type { DecodedAudio } from './types.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let stereo: DecodedAudio;
let telephony: DecodedAudio;
beforeAll(async () => {
  tmp = await tempDir();
  // 440 Hz on the left, 1000 Hz on the right: which tone lands on `agent` proves the mapping.
  await stereoTones(tmp.file('stereo.opus'), { leftHz: 440, rightHz: 1000, seconds: 3, codecArgs: ['-c:a', 'libopus'] });
  stereo = await decodeRecording(tmp.file('stereo.opus'), { channels: 2 });
  await stereoTones(tmp.file('stereo-mulaw.wav'), { leftHz: 440, rightHz: 1000, seconds: 3, codecArgs: ['-ar', '8000', '-c:a', 'pcm_mulaw'] });
  telephony = await decodeRecording(tmp.file('stereo-mulaw.wav'), { channels: 2 });
});
afterAll(() => tmp.cleanup());

const hz = (s: Float32Array) => zeroCrossingHz(s, 16000);

describe('toCallAudio', () => {
  for (const [label, decoded] of [['Opus', () => stereo], ['8 kHz μ-law WAV', () => telephony]] as const) {
    it(`${label}: agent_channel=left puts the left tone on the agent, the right on the customer`, () => {
      const call = toCallAudio(decoded(), 'left');
      expect(call.mono).toBe(false);
      expect(hz(call.agent)).toBeCloseTo(440, -1);
      expect(hz(call.customer!)).toBeCloseTo(1000, -1);
      expect(call.durationS).toBeCloseTo(3, 1);
    });

    it(`${label}: agent_channel=right swaps them`, () => {
      const call = toCallAudio(decoded(), 'right');
      expect(hz(call.agent)).toBeCloseTo(1000, -1);
      expect(hz(call.customer!)).toBeCloseTo(440, -1);
    });
  }

  it('defaults to the left channel for the agent', () => {
    expect(hz(toCallAudio(stereo).agent)).toBeCloseTo(440, -1);
  });

  it('agent_channel=mono on a stereo file mixes both sides into one shared channel', () => {
    const call = toCallAudio(stereo, 'mono');
    expect(call).toMatchObject({ mono: true, customer: null });
    // The mix holds both tones: its energy is the sum of the two sides' (uncorrelated tones).
    const energy = (s: Float32Array) => s.reduce((e, x) => e + x * x, 0) / s.length;
    const expected = (energy(stereo.channels[0]) + energy(stereo.channels[1])) / 4;
    expect(energy(call.agent)).toBeCloseTo(expected, 3);
  });

  it('a mono recording gives one shared channel whatever the manifest says', async () => {
    await monoTone(tmp.file('mono.mp3'), { hz: 440, seconds: 2, codecArgs: ['-c:a', 'libmp3lame'] });
    const decoded = await decodeRecording(tmp.file('mono.mp3'), { channels: 1 });
    const call = toCallAudio(decoded, 'right');
    expect(call).toMatchObject({ mono: true, customer: null });
    expect(hz(call.agent)).toBeCloseTo(440, -1);
  });

  it('a stereo file with the same signal on both sides counts as mono (no fake overlap)', async () => {
    await ffmpegMake(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-ac', '2', '-c:a', 'pcm_s16le', tmp.file('dual.wav')]);
    const decoded = await decodeRecording(tmp.file('dual.wav'), { channels: 2 });
    expect(decoded.channels).toHaveLength(2);
    expect(toCallAudio(decoded, 'left')).toMatchObject({ mono: true, customer: null });
  });

  it('Opus at 16 kb/s collapses stereo to one signal (libopus), so the parties cannot be separated', async () => {
    // Why the identical-channel check matters: a low-bit-rate stereo Opus recorder loses the split.
    const encode = (kbps: number) =>
      stereoTones(tmp.file(`voip${kbps}.ogg`), { seconds: 2, rate: 16000, codecArgs: ['-c:a', 'libopus', '-b:a', `${kbps}k`, '-application', 'voip'] });
    await encode(16);
    await encode(32);
    const low = toCallAudio(await decodeRecording(tmp.file('voip16.ogg'), { channels: 2 }), 'left');
    const high = toCallAudio(await decodeRecording(tmp.file('voip32.ogg'), { channels: 2 }), 'left');
    expect(low.mono).toBe(true);
    expect(high.mono).toBe(false);
    expect(hz(high.customer!)).toBeCloseTo(1000, -1);
  });
});
