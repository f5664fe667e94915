import { describe, expect, it } from 'vitest';
import { leakageFrames, trimCrosstalk } from './crosstalk.ts';

const RATE = 16_000;
/** A 200 Hz tone at `dbfs` (RMS) for `seconds`. */
function tone(dbfs: number, seconds: number): Float32Array {
  const amp = Math.SQRT2 * 10 ** (dbfs / 20);
  return Float32Array.from({ length: Math.round(seconds * RATE) }, (_, i) => amp * Math.sin((2 * Math.PI * 200 * i) / RATE));
}
function concat(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

describe('crosstalk', () => {
  it('marks a faint copy of the other party as leakage, but not double-talk or a quiet speaker alone', () => {
    const frames = (own: Float32Array, other: Float32Array) => leakageFrames(own, other).slice(1, -1);
    expect(frames(tone(-55, 1), tone(-20, 1)).every(Boolean)).toBe(true);
    expect(frames(tone(-28, 1), tone(-20, 1)).some(Boolean)).toBe(false);
    expect(frames(tone(-50, 1), new Float32Array(RATE)).some(Boolean)).toBe(false);
  });

  it('trims leakage off a segment that runs into real speech, and drops a segment of leakage only', () => {
    // customer channel: 1 s of leaked agent voice, then 2 s of the customer's own speech
    const customer = concat(tone(-55, 1), tone(-20, 2));
    const agent = concat(tone(-20, 1), new Float32Array(2 * RATE));
    const leak = leakageFrames(customer, agent);
    const trimmed = trimCrosstalk(
      [
        { speaker: 'customer', startS: 0.2, endS: 0.8 },
        { speaker: 'customer', startS: 0.1, endS: 2.9 },
      ],
      leak,
      RATE,
    );
    expect(trimmed).toHaveLength(1);
    expect(trimmed[0].startS).toBeGreaterThanOrEqual(0.99);
    expect(trimmed[0].startS).toBeLessThanOrEqual(1.04);
    expect(trimmed[0].endS).toBe(2.9);
  });
});
