import { describe, expect, it } from 'vitest';
import type { SpeechSegment } from '../types.ts';
import { analyseSpeech } from './analyse.ts';

const a = (startS: number, endS: number): SpeechSegment => ({ speaker: 'agent', startS, endS });
const c = (startS: number, endS: number): SpeechSegment => ({ speaker: 'customer', startS, endS });

describe('analyseSpeech', () => {
  it('sums talk time per speaker without double-counting overlapping segments', () => {
    const r = analyseSpeech([a(0, 4), a(3, 5), c(6, 8.5)], 10);
    expect(r.talkTimeS).toEqual({ agent: 5, customer: 2.5 });
    expect(r.durationS).toBe(10);
  });

  it('finds a hold: agent silent ≥ holdMinS after speaking, customer silent', () => {
    const r = analyseSpeech([a(0, 5), c(5.5, 8), a(9, 11), a(40, 45), c(46, 48)], 50);
    expect(r.holds).toEqual([{ startS: 11, endS: 40 }]);
    // The hold is not also reported as dead air.
    expect(r.silences).toEqual([]);
  });

  it('starts a hold once the customer has answered the agent\'s last words ("好的")', () => {
    const r = analyseSpeech([a(0, 5), c(6, 7), a(30, 35)], 40);
    expect(r.holds).toEqual([{ startS: 7, endS: 30 }]);
  });

  it('keeps a hold whole when the customer only says a short "hello?" in the middle of it', () => {
    const r = analyseSpeech([a(0, 5), c(18, 19), a(30, 35)], 40);
    expect(r.holds).toEqual([{ startS: 5, endS: 30 }]);
  });

  it('is not a hold when the customer talks during the agent silence (agent listening)', () => {
    const r = analyseSpeech([a(0, 5), c(6, 25), a(26, 30)], 35);
    expect(r.holds).toEqual([]);
  });

  it('never calls the tail after the agent\'s last turn a hold', () => {
    const r = analyseSpeech([a(0, 5), c(6, 7)], 60);
    expect(r.holds).toEqual([]);
    expect(r.silences).toEqual([]);
  });

  it('reports dead air between speech, not before the first word unless asked', () => {
    const segs = [a(4, 8), c(8.5, 10), a(15, 18)];
    const r = analyseSpeech(segs, 20);
    expect(r.silences).toEqual([{ startS: 10, endS: 15 }]);
    expect(analyseSpeech(segs, 20, { countLeadingSilence: true }).silences).toEqual([
      { startS: 0, endS: 4 },
      { startS: 10, endS: 15 },
    ]);
  });

  it('ignores mutual silences shorter than deadAirMinS', () => {
    const segs = [a(0, 3), c(4.5, 7), a(9.5, 12)];
    expect(analyseSpeech(segs, 12, { deadAirMinS: 3 }).silences).toEqual([]);
    expect(analyseSpeech(segs, 12, { deadAirMinS: 2 }).silences).toEqual([
      { startS: 7, endS: 9.5 },
    ]);
  });

  it('reports overlaps with the side that started talking second as the interrupter', () => {
    const r = analyseSpeech([a(0, 6), c(5, 8), c(10, 14), a(13, 16)], 20);
    expect(r.overlaps).toEqual([
      { startS: 5, endS: 6, interrupter: 'customer' },
      { startS: 13, endS: 14, interrupter: 'agent' },
    ]);
  });

  it('leaves out overlaps shorter than overlapMinS (VAD tail at quick turn-taking)', () => {
    const r = analyseSpeech([a(0, 5.1), c(5, 8)], 10);
    expect(r.overlaps).toEqual([]);
  });

  it('returns segments sorted by time and empty results for a call with no speech', () => {
    const r = analyseSpeech([c(5, 6), a(1, 2)], 10);
    expect(r.segments.map((s) => s.startS)).toEqual([1, 5]);
    const empty = analyseSpeech([], 30);
    expect(empty).toMatchObject({ silences: [], holds: [], overlaps: [], talkTimeS: { agent: 0, customer: 0 } });
  });

  it('on a shared (mono) channel: a hold is any long silence of both, whatever the guessed roles; no overlaps', () => {
    // Roles as alternation guessed them, wrongly: the silence follows a "customer" segment.
    const segs = [a(0, 5), c(5.6, 8), a(25, 28), c(27, 30)];
    const r = analyseSpeech(segs, 35, { sharedChannel: true });
    expect(r.holds).toEqual([{ startS: 8, endS: 25 }]);
    expect(r.overlaps).toEqual([]);
    expect(analyseSpeech(segs, 35).holds).toEqual([]); // the per-party rule finds none here
  });
});
