/**
 * gatedFrames: which frames the silence gate lets the VAD skip — only frames inside a silent
 * stretch, after its first `settleFrames` and before its last `leadFrames`.
 */
import { describe, expect, it } from 'vitest';
import { gatedFrames, type SilenceGate } from './vad-silence-gate.ts';

const FRAME = 4;
const gate: SilenceGate = { peakDbfs: -60, settleFrames: 2, leadFrames: 1, state: 'carry' };
/** Frames of a track: 'x' loud (0.1), '.' silent (1e-4 = -80 dBFS), '-' just above the gate (0.0011). */
const track = (pattern: string) => Float32Array.from(pattern.split('').flatMap((p) => Array(FRAME).fill(p === 'x' ? 0.1 : p === '-' ? -0.0011 : 1e-4)));
const flags = (g: Uint8Array) => Array.from(g).map((x) => (x ? 'G' : '_')).join('');

describe('gatedFrames', () => {
  it('skips a silent stretch after its settle frames and before its lead frames', () => {
    expect(flags(gatedFrames(track('xx.......xx'), FRAME, gate))).toBe('____GGGG___');
  });

  it('skips nothing in a stretch too short for settle + lead, or in frames above the level', () => {
    expect(flags(gatedFrames(track('x...x'), FRAME, gate))).toBe('_____');
    expect(flags(gatedFrames(track('x-------x'), FRAME, gate))).toBe('_________');
  });

  it('one loud sample makes its frame count as sound', () => {
    const samples = track('x........x');
    expect(flags(gatedFrames(samples, FRAME, gate))).toBe('___GGGGG__');
    samples[5 * FRAME + 2] = 0.05; // frame 5 now holds one loud sample
    expect(flags(gatedFrames(samples, FRAME, gate))).toBe('___G______');
  });

  it('a partial last frame is judged on the samples it has; silence to the end is gated up to the lead', () => {
    const samples = track('x.....').subarray(0, 5 * FRAME + 1);
    expect(flags(gatedFrames(samples, FRAME, gate))).toBe('___GG_');
  });
});
