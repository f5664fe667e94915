import { describe, expect, it } from 'vitest';
import { clipToCallS, extractClip, pieceIndexAt, planClips } from './clips.ts';

const span = (startS: number, endS: number) => ({ startS, endS });

describe('planClips', () => {
  it('packs consecutive speech into one clip with gaps between pieces', () => {
    const [clip, ...rest] = planClips([span(1, 4), span(10, 12)], { gapS: 0.5 });
    expect(rest).toEqual([]);
    expect(clip.pieces).toEqual([
      { callStartS: 1, callEndS: 4, clipStartS: 0, clipEndS: 3, callStartSample: 16_000, callEndSample: 64_000, clipStartSample: 0, clipEndSample: 48_000 },
      { callStartS: 10, callEndS: 12, clipStartS: 3.5, clipEndS: 5.5, callStartSample: 160_000, callEndSample: 192_000, clipStartSample: 56_000, clipEndSample: 88_000 },
    ]);
    expect(clip.durationS).toBe(5.5);
    expect(clip.durationSamples).toBe(88_000);
  });

  it('starts a new clip when the next piece would pass maxClipS', () => {
    const clips = planClips([span(0, 15), span(20, 30), span(40, 45)], { maxClipS: 28, gapS: 0.4 });
    expect(clips.map((c) => c.pieces.map((p) => p.callStartS))).toEqual([[0, 20], [40]]);
    expect(clips.every((c) => c.durationS <= 28)).toBe(true);
  });

  it('cuts a segment longer than one clip into clip-sized parts', () => {
    const clips = planClips([span(5, 65)], { maxClipS: 28 });
    expect(clips.map((c) => [c.pieces[0].callStartS, c.pieces[0].callEndS])).toEqual([[5, 33], [33, 61], [61, 65]]);
  });

  it('refuses a clip length of no samples (the cutting loop would never advance)', () => {
    expect(() => planClips([span(0, 2)], { maxClipS: 0 })).toThrow(/maxClipS/);
    expect(() => planClips([span(0, 2)], { maxClipS: 0.00001 })).toThrow(/maxClipS/);
  });

  it('gives every segment its own clip when packing is off', () => {
    expect(planClips([span(0, 2), span(3, 5)], { pack: false }).length).toBe(2);
  });
});

describe('extractClip and clipToCallS', () => {
  it('copies each piece of speech to its clip position, silence in between', () => {
    const sr = 10;
    const samples = Float32Array.from({ length: 200 }, (_, i) => i); // sample value = its index
    const [clip] = planClips([span(2, 3), span(10, 11)], { gapS: 0.5, sampleRateHz: sr });
    const audio = extractClip(samples, clip, sr);
    expect(Array.from(audio)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 0, 0, 0, 0, 0, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
  });

  it('refuses a channel at another sample rate than the clip was planned for', () => {
    const [clip] = planClips([span(2, 3)], { sampleRateHz: 16_000 });
    expect(() => extractClip(new Float32Array(100_000), clip, 8_000)).toThrow(/16000 Hz.*8000 Hz/);
  });

  it('maps clip time back to call time, snapping times in inserted gaps to real speech edges', () => {
    const [clip] = planClips([span(2, 3), span(10, 11)], { gapS: 0.5 });
    expect(clipToCallS(clip, 0.25, 'start')).toBeCloseTo(2.25);
    expect(clipToCallS(clip, 1.75, 'start')).toBeCloseTo(10.25);
    expect(clipToCallS(clip, 1.2, 'start')).toBe(10); // in the gap: next speech start
    expect(clipToCallS(clip, 1.2, 'end')).toBe(3); // in the gap: previous speech end
    expect(clipToCallS(clip, 9, 'end')).toBe(11); // past the clip: last speech end
    expect(pieceIndexAt(clip, 0.5)).toBe(0);
    expect(pieceIndexAt(clip, 1.2)).toBe(1);
    expect(pieceIndexAt(clip, 2)).toBe(1);
  });
});
