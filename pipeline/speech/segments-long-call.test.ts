/**
 * probabilitiesToSegments on 4-hour tracks (450,000 frames of 32 ms): it finishes, its segments
 * are sorted, disjoint and inside the audio, and the same speech gives the same segments wherever
 * in the call it happens — which float seconds could not promise for a pause or a turn of exactly
 * minSilenceS or minSpeechS (e.g. (i + 1) × 0.032 − p × 0.032 ≥ 0.512 is true or false by position).
 * Runs in a worker with a deadline, so an endless loop fails instead of hanging the test.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/dev/lib/random.ts';
import type { TimeSpan } from '../types.ts';
import type { FrameTrack, SegmentationOptions } from './segments.ts';
import { callWithDeadline } from '../../fixtures/support/speech/with-deadline.ts';

const RATE_HZ = 16_000;
const FRAME_SAMPLES = 512;
const FRAME_MS = 32;
const FRAMES_4H = (4 * 3600 * RATE_HZ) / FRAME_SAMPLES;
const SEGMENTS = new URL('./segments.ts', import.meta.url);

const segment = (probs: Float32Array, options: Partial<SegmentationOptions> = {}) => {
  const track: FrameTrack = { frameSamples: FRAME_SAMPLES, sampleRateHz: RATE_HZ, durationSamples: probs.length * FRAME_SAMPLES };
  return callWithDeadline<TimeSpan[]>(SEGMENTS, 'probabilitiesToSegments', [probs, track, options], 120_000);
};

/** Sorted, disjoint, inside [0, durationS], no shorter than `minS`, edges on the ms grid. */
function shapeProblems(spans: TimeSpan[], durationS: number, minS: number): string[] {
  const problems: string[] = [];
  spans.forEach((s, i) => {
    if (!(s.startS >= 0 && s.startS < s.endS && s.endS <= durationS)) problems.push(`#${i} ${s.startS}–${s.endS} outside 0–${durationS}`);
    if (i > 0 && s.startS <= spans[i - 1].endS) problems.push(`#${i} ${s.startS} not after #${i - 1} ending ${spans[i - 1].endS}`);
    if (s.endS - s.startS < minS - 1e-9) problems.push(`#${i} ${s.startS}–${s.endS} shorter than ${minS}`);
    for (const t of [s.startS, s.endS]) if (Math.abs(t * 1000 - Math.round(t * 1000)) > 1e-6) problems.push(`#${i} ${t} off the ms grid`);
  });
  return problems.slice(0, 20);
}

describe('probabilitiesToSegments on long calls', () => {
  it('a 4 h track of random speech and silence: finishes; segments sorted, disjoint, inside the call, on the ms grid', async () => {
    const random = mulberry32(4);
    const probs = new Float32Array(FRAMES_4H);
    for (let i = 0, speech = false; i < probs.length; speech = !speech) {
      const run = 1 + Math.floor(random() * 60);
      for (const end = Math.min(probs.length, i + run); i < end; i++) probs[i] = speech ? 0.5 + random() / 2 : random() * 0.4;
    }
    const spans = await segment(probs);
    expect(spans.length).toBeGreaterThan(1000);
    // Shortest possible: minSpeechS with its end moved back by endLagS to one frame, plus padding each side.
    expect(shapeProblems(spans, FRAMES_4H * 0.032, 0.032 + 2 * 0.03)).toEqual([]);
  }, 300_000);

  it('a turn and a pause of exactly minSpeechS and minSilenceS (whole frames) give the same segments at every position over 4 h', async () => {
    // 8 frames of speech (= minSpeechS 0.256 s), 16 frames of pause (= minSilenceS 0.512 s),
    // 8 frames of speech, then 16–79 frames of silence: repeated to 4 h, each period shifted by
    // a different number of frames so the pattern lands on every frame boundary mod its period.
    const options = { minSpeechS: 0.256, minSilenceS: 0.512, endLagS: 0.064, padS: 0.032 };
    const random = mulberry32(64032);
    const probs = new Float32Array(FRAMES_4H);
    const starts: number[] = [];
    for (let i = 32; i + 32 + 80 < FRAMES_4H; ) {
      starts.push(i);
      probs.fill(0.9, i, i + 8);
      probs.fill(0.9, i + 24, i + 32);
      i += 32 + 16 + Math.floor(random() * 64);
    }
    const spans = await segment(probs, options);
    expect(shapeProblems(spans, FRAMES_4H * 0.032, 0.032)).toEqual([]);
    // Each period: two separate segments (the pause reaches minSilenceS, each turn minSpeechS).
    // Turn at frames [a, a+8): start a×32 ms − pad (1 frame); end (a+8)×32 ms − endLag (2 frames) + pad = (a+7)×32 ms.
    const expected = starts.flatMap((a) => [
      { startS: ((a - 1) * FRAME_MS) / 1000, endS: ((a + 7) * FRAME_MS) / 1000 },
      { startS: ((a + 23) * FRAME_MS) / 1000, endS: ((a + 31) * FRAME_MS) / 1000 },
    ]);
    expect(spans.length).toBe(expected.length);
    const wrong = spans.flatMap((s, i) => (s.startS === expected[i].startS && s.endS === expected[i].endS ? [] : [{ got: s, expected: expected[i] }]));
    expect(wrong.slice(0, 5)).toEqual([]);
  }, 300_000);
});
