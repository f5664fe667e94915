import { describe, expect, it } from 'vitest';
import { padAndMerge, probabilitiesToSegments } from './segments.ts';

const FRAME_S = 0.1;
/** Build a probability track from [value, frames] runs. */
function track(...runs: [number, number][]): number[] {
  return runs.flatMap(([p, n]) => Array<number>(n).fill(p));
}
/** Exact frame times: no padding, no lag correction. */
const noPad = { padS: 0, endLagS: 0 };

describe('probabilitiesToSegments', () => {
  it('finds one segment with start and end at the threshold crossings', () => {
    const probs = track([0.1, 10], [0.9, 20], [0.1, 10]);
    expect(probabilitiesToSegments(probs, FRAME_S, 4, noPad)).toEqual([{ startS: 1, endS: 3 }]);
  });

  it('keeps speech going between the two thresholds (hysteresis)', () => {
    // 0.4 is below onset 0.45 but above offset 0.35: it must neither start nor end speech.
    const probs = track([0.1, 5], [0.9, 5], [0.4, 10], [0.9, 5], [0.1, 10]);
    expect(probabilitiesToSegments(probs, FRAME_S, 3.5, noPad)).toEqual([{ startS: 0.5, endS: 2.5 }]);
    expect(probabilitiesToSegments(track([0.4, 10], [0.1, 5]), FRAME_S, 1.5, noPad)).toEqual([]);
  });

  it('starts speech where the probability rose past the offset threshold (soft onsets)', () => {
    const probs = track([0.1, 5], [0.38, 3], [0.9, 5], [0.1, 10]);
    expect(probabilitiesToSegments(probs, FRAME_S, 2.3, noPad)).toEqual([{ startS: 0.5, endS: 1.3 }]);
  });

  it('moves ends back by endLagS (model lag), but not an end that is the end of the audio', () => {
    const probs = track([0.1, 5], [0.9, 10], [0.1, 10], [0.9, 5]);
    expect(probabilitiesToSegments(probs, FRAME_S, 3, { padS: 0, endLagS: 0.2 })).toEqual([
      { startS: 0.5, endS: 1.3 },
      { startS: 2.5, endS: 3 },
    ]);
  });

  it('bridges pauses shorter than minSilenceS and splits on longer ones', () => {
    const shortPause = track([0.9, 10], [0.1, 3], [0.9, 10], [0.1, 10]);
    expect(probabilitiesToSegments(shortPause, FRAME_S, 3.3, { ...noPad, minSilenceS: 0.5 })).toEqual([{ startS: 0, endS: 2.3 }]);
    const longPause = track([0.9, 10], [0.1, 6], [0.9, 10], [0.1, 10]);
    expect(probabilitiesToSegments(longPause, FRAME_S, 3.6, { ...noPad, minSilenceS: 0.5 })).toEqual([
      { startS: 0, endS: 1 },
      { startS: 1.6, endS: 2.6 },
    ]);
  });

  it('drops blips shorter than minSpeechS', () => {
    const probs = track([0.1, 10], [0.9, 2], [0.1, 10], [0.9, 5], [0.1, 10]);
    expect(probabilitiesToSegments(probs, FRAME_S, 3.7, { ...noPad, minSpeechS: 0.25 })).toEqual([{ startS: 2.2, endS: 2.7 }]);
  });

  it('closes speech still running at the end of the audio', () => {
    const probs = track([0.1, 5], [0.9, 10]);
    expect(probabilitiesToSegments(probs, FRAME_S, 1.5, noPad)).toEqual([{ startS: 0.5, endS: 1.5 }]);
  });

  it('pads, clamps to the audio and merges segments the padding joins', () => {
    expect(padAndMerge([{ startS: 0.05, endS: 1 }, { startS: 1.15, endS: 2 }, { startS: 3, endS: 3.98 }], 0.1, 4)).toEqual([
      { startS: 0, endS: 2.1 },
      { startS: 2.9, endS: 4 },
    ]);
  });

  it('rejects an offset threshold above the onset threshold', () => {
    expect(() => probabilitiesToSegments([0.5], FRAME_S, 0.1, { onsetThreshold: 0.4, offsetThreshold: 0.6 })).toThrow(/offsetThreshold/);
  });
});
