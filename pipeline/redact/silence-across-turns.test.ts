/**
 * End to end on a real recording: a stereo WAV made by ffmpeg (agent 440 Hz left, customer
 * 1000 Hz right), decoded by the pipeline's decoder, and a transcript in which the customer
 * reads a card over two turns with the agent's 「嗯」 between. Both parts of the number must
 * be silent on the customer's side of the served audio; the pause between them, and the
 * agent's side, must not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecording } from '../audio/decode.ts';
import { stereoTones, tempDir } from '../../fixtures/support/pipeline/test-audio.ts';
import type { DecodedAudio } from '../audio/types.ts';
import type { Transcript } from '../types.ts';
import { redactTranscript } from './redact-transcript.ts';
import { silenceRedactedSpans } from './silence-audio.ts';

const SECONDS = 7;

/** Root-mean-square level of samples [fromS, toS). */
function rms(samples: Float32Array, rateHz: number, fromS: number, toS: number): number {
  const from = Math.round(fromS * rateHz);
  const to = Math.round(toS * rateHz);
  let sum = 0;
  for (let i = from; i < to; i++) sum += samples[i] * samples[i];
  return Math.sqrt(sum / Math.max(1, to - from));
}

describe('served audio of a number read over two turns (real ffmpeg decode)', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let audio: DecodedAudio;

  beforeAll(async () => {
    tmp = await tempDir();
    const path = tmp.file('call.wav');
    await stereoTones(path, { leftHz: 440, rightHz: 1000, seconds: SECONDS, rate: 8000 });
    audio = await decodeRecording(path, { channels: 2, expectedDurationS: SECONDS });
  });
  afterAll(() => tmp?.cleanup());

  it('silences both parts on the customer channel only', () => {
    const transcript: Transcript = {
      callId: 'c-0001',
      language: 'zh',
      segments: [
        { speaker: 'customer', start: 0, end: 3, text: '我的卡号是六二二五 八八零二' },
        { speaker: 'agent', start: 3.1, end: 3.4, text: '嗯' },
        { speaker: 'customer', start: 4, end: 6, text: '幺二三四 五六七三' },
      ],
    };
    const { redactions } = redactTranscript(transcript);
    expect(redactions).toEqual([
      { speaker: 'customer', start: 1.153, end: 3, kind: 'card' },
      { speaker: 'customer', start: 4, end: 6, kind: 'card' },
    ]);
    const rate = audio.sampleRateHz;
    const [agentSide, customerSide] = audio.channels;
    const customer = silenceRedactedSpans(customerSide, rate, redactions!, 'customer');
    const agent = silenceRedactedSpans(agentSide, rate, redactions!, 'agent');

    const tone = rms(customerSide, rate, 0, SECONDS);
    expect(tone).toBeGreaterThan(0.05); // lavfi sine: amplitude 1/8, RMS ≈ 0.088
    // Each part, padded 0.25 s: nothing left.
    expect(rms(customer, rate, 0.91, 3.24)).toBe(0);
    expect(rms(customer, rate, 3.76, 6.24)).toBe(0);
    // Before the number, the pause between the parts (3.25–3.75 s) and after: untouched.
    expect(rms(customer, rate, 0.1, 0.85)).toBeCloseTo(tone, 2);
    expect(rms(customer, rate, 3.3, 3.7)).toBeCloseTo(tone, 2);
    expect(rms(customer, rate, 6.3, 6.9)).toBeCloseTo(tone, 2);
    // The agent's side has no redaction of its own.
    expect(agent).toEqual(agentSide);
  });
});
