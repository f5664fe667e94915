import { describe, expect, it } from 'vitest';
import type { RedactedSpan } from '../types.ts';
import { silenceRedactedSpans } from './silence-audio.ts';

const RATE_HZ = 1000;
const tone = () => new Float32Array(RATE_HZ).fill(0.5); // 1 s
const span = (speaker: 'agent' | 'customer', start: number, end: number): RedactedSpan => ({ speaker, start, end, kind: 'phone' });

/** Indexes of samples that are exactly zero, as [first, last+1) ranges. */
function zeroRanges(samples: Float32Array): [number, number][] {
  const ranges: [number, number][] = [];
  samples.forEach((v, i) => {
    if (v !== 0) return;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else ranges.push([i, i + 1]);
  });
  return ranges;
}

describe('silenceRedactedSpans', () => {
  it('zeroes the span plus padding and leaves the rest untouched', () => {
    const input = tone();
    const out = silenceRedactedSpans(input, RATE_HZ, [span('agent', 0.4, 0.6)], 'agent', { padS: 0.1, fadeMs: 0 });
    expect(zeroRanges(out)).toEqual([[300, 700]]);
    expect(out[299]).toBe(0.5);
    expect(out[700]).toBe(0.5);
    expect(input.every((v) => v === 0.5)).toBe(true); // input not modified
  });

  it('fades in and out just outside the silenced stretch', () => {
    const out = silenceRedactedSpans(tone(), RATE_HZ, [span('agent', 0.5, 0.5)], 'agent', { padS: 0.1, fadeMs: 2 });
    expect(zeroRanges(out)).toEqual([[400, 600]]);
    expect(Array.from(out.slice(397, 400))).toEqual([0.5, Math.fround(0.5 * (2 / 3)), Math.fround(0.5 * (1 / 3))]);
    expect(Array.from(out.slice(600, 603))).toEqual([Math.fround(0.5 * (1 / 3)), Math.fround(0.5 * (2 / 3)), 0.5]);
  });

  it('only silences the given speaker, or both on a mono channel', () => {
    const spans = [span('agent', 0.1, 0.2), span('customer', 0.7, 0.8)];
    const opts = { padS: 0, fadeMs: 0 };
    expect(zeroRanges(silenceRedactedSpans(tone(), RATE_HZ, spans, 'customer', opts))).toEqual([[700, 800]]);
    expect(zeroRanges(silenceRedactedSpans(tone(), RATE_HZ, spans, 'both', opts))).toEqual([[100, 200], [700, 800]]);
  });

  it('clamps at the ends of the audio and pads 0.25 s by default', () => {
    const out = silenceRedactedSpans(tone(), RATE_HZ, [span('agent', 0.1, 0.3), span('agent', 0.9, 1.4)], 'agent', { fadeMs: 0 });
    expect(zeroRanges(out)).toEqual([[0, 550], [650, 1000]]);
  });

  it('rejects a sample rate that is not a positive number', () => {
    expect(() => silenceRedactedSpans(tone(), 0, [], 'agent')).toThrow(/sampleRateHz must be a positive number, got 0/);
    expect(() => silenceRedactedSpans(tone(), Number.NaN, [], 'agent')).toThrow(/got NaN/);
  });
});
