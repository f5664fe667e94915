/**
 * halveSampleRate (16 → 8 kHz for the VAD's 8 kHz mode): tones below the new Nyquist frequency pass
 * at their level and in time, tones above it (which would alias) are removed.
 */
import { describe, expect, it } from 'vitest';
import { halveSampleRate } from './halve-rate.ts';

const RATE = 16_000;
const tone = (hz: number, seconds: number) => Float32Array.from({ length: seconds * RATE }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / RATE));
/** RMS over the middle of the signal (away from the zero-padded ends). */
const rms = (x: Float32Array) => {
  const mid = x.subarray(Math.floor(x.length / 4), Math.floor((3 * x.length) / 4));
  return Math.sqrt(mid.reduce((s, v) => s + v * v, 0) / mid.length);
};

describe('halveSampleRate', () => {
  it('keeps half the samples (rounded up)', () => {
    expect(halveSampleRate(new Float32Array(10)).length).toBe(5);
    expect(halveSampleRate(new Float32Array(11)).length).toBe(6);
    expect(halveSampleRate(new Float32Array(0)).length).toBe(0);
  });

  it('passes speech-band tones at their level, sample 2m landing on output m', () => {
    for (const hz of [300, 1000, 2500]) {
      const x = tone(hz, 1);
      const y = halveSampleRate(x);
      expect(rms(y) / rms(x), `${hz} Hz`).toBeGreaterThan(0.97);
      expect(rms(y) / rms(x), `${hz} Hz`).toBeLessThan(1.03);
      // No delay: the filter is centred on input sample 2m.
      const m = 4000;
      expect(Math.abs(y[m] - x[2 * m]), `${hz} Hz at ${m}`).toBeLessThan(0.03);
    }
  });

  it('removes tones above 5.5 kHz (past the transition band) instead of folding them into the speech band', () => {
    for (const hz of [5500, 6000, 7500]) {
      const y = halveSampleRate(tone(hz, 1));
      expect(rms(y), `${hz} Hz`).toBeLessThan(0.5 * 0.707 * 0.01); // below -40 dB of the input
    }
  });
});
