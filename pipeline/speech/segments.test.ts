import { describe, expect, it } from 'vitest';
import { padAndMerge, probabilitiesToSegments } from './segments.ts';

const RATE_HZ = 16_000;
/** 0.1 s frames (1600 samples at 16 kHz). */
const FRAME_SAMPLES = 1600;
/** The frame layout of an audio of `durationS` seconds. */
const track = (durationS: number) => ({ frameSamples: FRAME_SAMPLES, sampleRateHz: RATE_HZ, durationSamples: Math.round(durationS * RATE_HZ) });
/** Build a probability track from [value, frames] runs. */
function runs(...spans: [number, number][]): number[] {
  return spans.flatMap(([p, n]) => Array<number>(n).fill(p));
}
/** Exact frame times: no padding, no lag correction. */
const noPad = { padS: 0, endLagS: 0 };

describe('probabilitiesToSegments', () => {
  it('finds one segment with start and end at the threshold crossings', () => {
    const probs = runs([0.1, 10], [0.9, 20], [0.1, 10]);
    expect(probabilitiesToSegments(probs, track(4), noPad)).toEqual([{ startS: 1, endS: 3 }]);
  });

  it('keeps speech going between the two thresholds (hysteresis)', () => {
    // 0.4 is below onset 0.45 but above offset 0.35: it must neither start nor end speech.
    const probs = runs([0.1, 5], [0.9, 5], [0.4, 10], [0.9, 5], [0.1, 10]);
    expect(probabilitiesToSegments(probs, track(3.5), noPad)).toEqual([{ startS: 0.5, endS: 2.5 }]);
    expect(probabilitiesToSegments(runs([0.4, 10], [0.1, 5]), track(1.5), noPad)).toEqual([]);
  });

  it('starts speech where the probability rose past the offset threshold (soft onsets)', () => {
    const probs = runs([0.1, 5], [0.38, 3], [0.9, 5], [0.1, 10]);
    expect(probabilitiesToSegments(probs, track(2.3), noPad)).toEqual([{ startS: 0.5, endS: 1.3 }]);
  });

  it('moves ends back by endLagS (model lag), but not an end that is the end of the audio', () => {
    const probs = runs([0.1, 5], [0.9, 10], [0.1, 10], [0.9, 5]);
    expect(probabilitiesToSegments(probs, track(3), { padS: 0, endLagS: 0.2 })).toEqual([
      { startS: 0.5, endS: 1.3 },
      { startS: 2.5, endS: 3 },
    ]);
  });

  it('bridges pauses shorter than minSilenceS and splits on longer ones', () => {
    const shortPause = runs([0.9, 10], [0.1, 3], [0.9, 10], [0.1, 10]);
    expect(probabilitiesToSegments(shortPause, track(3.3), { ...noPad, minSilenceS: 0.5 })).toEqual([{ startS: 0, endS: 2.3 }]);
    const longPause = runs([0.9, 10], [0.1, 6], [0.9, 10], [0.1, 10]);
    expect(probabilitiesToSegments(longPause, track(3.6), { ...noPad, minSilenceS: 0.5 })).toEqual([
      { startS: 0, endS: 1 },
      { startS: 1.6, endS: 2.6 },
    ]);
  });

  it('drops blips shorter than minSpeechS', () => {
    const probs = runs([0.1, 10], [0.9, 2], [0.1, 10], [0.9, 5], [0.1, 10]);
    expect(probabilitiesToSegments(probs, track(3.7), { ...noPad, minSpeechS: 0.25 })).toEqual([{ startS: 2.2, endS: 2.7 }]);
  });

  it('closes speech still running at the end of the audio', () => {
    const probs = runs([0.1, 5], [0.9, 10]);
    expect(probabilitiesToSegments(probs, track(1.5), noPad)).toEqual([{ startS: 0.5, endS: 1.5 }]);
  });

  it('pads, clamps to the audio and merges segments the padding joins', () => {
    // samples at 16 kHz: 0.05–1 s, 1.15–2 s, 3–3.98 s, padded by 0.1 s, clamped to 4 s
    expect(padAndMerge([{ start: 800, end: 16_000 }, { start: 18_400, end: 32_000 }, { start: 48_000, end: 63_680 }], 1600, 64_000)).toEqual([
      { start: 0, end: 33_600 },
      { start: 46_400, end: 64_000 },
    ]);
  });

  it('rejects an offset threshold above the onset threshold', () => {
    expect(() => probabilitiesToSegments([0.5], track(0.1), { onsetThreshold: 0.4, offsetThreshold: 0.6 })).toThrow(/offsetThreshold/);
  });
});
