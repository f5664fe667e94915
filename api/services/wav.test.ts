import { describe, expect, it } from 'vitest';
import { encodeWav } from './wav.ts';

describe('encodeWav', () => {
  it('writes a PCM header and interleaved, clipped 16-bit samples', () => {
    const wav = encodeWav([Float32Array.from([0, 1, -1]), Float32Array.from([0.5, 2, -2])], 16000);
    expect(wav.length).toBe(44 + 3 * 2 * 2);
    expect(wav.readUInt16LE(22)).toBe(2);
    expect(wav.readUInt32LE(24)).toBe(16000);
    expect(wav.readUInt32LE(28)).toBe(64000);
    expect(wav.readUInt32LE(40)).toBe(12);
    const samples = Array.from({ length: 6 }, (_, i) => wav.readInt16LE(44 + i * 2));
    expect(samples).toEqual([0, 16384, 32767, 32767, -32768, -32768]);
  });
});
