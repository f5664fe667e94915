/**
 * analyseSpeech on calls up to 4 h: dead air, holds and overlaps obey their definitions, and a
 * conversation gives the same results wherever in the call it happens. The conversations are
 * built with gaps and overlaps of exactly the limits (3 s dead air, 10 s hold, 0.3 s overlap):
 * in float seconds, 5003.123 − 5000.123 < 3, so those were found early in a call and missed late.
 * Runs in a worker with a deadline, so an endless loop fails instead of hanging the test.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/dev/lib/random.ts';
import type { SpeechAnalysis, SpeechSegment, TimeSpan } from '../types.ts';
import { analyseSpeech, DEFAULT_ANALYSIS } from './analyse.ts';
import { callWithDeadline } from '../../fixtures/support/speech/with-deadline.ts';

const HOURS_4_MS = 4 * 3600 * 1000;
const ANALYSE = new URL('./analyse.ts', import.meta.url);
const ms = (s: number) => Math.round(s * 1000);
const limits = {
  deadAirMs: ms(DEFAULT_ANALYSIS.deadAirMinS),
  holdMs: ms(DEFAULT_ANALYSIS.holdMinS),
  holdCustomerMs: ms(DEFAULT_ANALYSIS.holdCustomerSpeechMaxS),
  overlapMs: ms(DEFAULT_ANALYSIS.overlapMinS),
};

/** Turns (in ms) of a conversation of about `lengthMs`, starting at 0: gaps and overlaps often exactly at the limits. */
function conversation(seed: number, lengthMs: number): { speaker: 'agent' | 'customer'; startMs: number; endMs: number }[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const turns: { speaker: 'agent' | 'customer'; startMs: number; endMs: number }[] = [];
  let speaker: 'agent' | 'customer' = 'agent';
  for (let t = 500; t < lengthMs; ) {
    const endMs = t + 300 + Math.floor(random() * 8000);
    turns.push({ speaker, startMs: t, endMs });
    const kind = random();
    if (kind < 0.15 && speaker === 'agent') {
      // A hold of exactly the limit (or a little more), the customer silent.
      t = endMs + pick([limits.holdMs, limits.holdMs + 1, limits.holdMs - 1, limits.holdMs + 5000]);
      continue; // the agent speaks again
    }
    if (kind < 0.3) t = endMs + pick([limits.deadAirMs, limits.deadAirMs - 1, limits.deadAirMs + 1, 5000]); // mutual silence
    else if (kind < 0.45) t = endMs - pick([limits.overlapMs, limits.overlapMs - 1, limits.overlapMs + 1, 1000]); // the other interrupts
    else t = endMs + Math.floor(random() * 1500);
    speaker = speaker === 'agent' ? 'customer' : 'agent';
  }
  return turns;
}

const analyse = (segments: SpeechSegment[], durationS: number) =>
  callWithDeadline<SpeechAnalysis>(ANALYSE, 'analyseSpeech', [segments, durationS], 120_000);

const asSegments = (turns: ReturnType<typeof conversation>, shiftMs: number): SpeechSegment[] =>
  turns.map((t) => ({ speaker: t.speaker, startS: (t.startMs + shiftMs) / 1000, endS: (t.endMs + shiftMs) / 1000 }));

/** Spans in ms relative to `shiftMs`. */
const relative = (spans: TimeSpan[], shiftMs: number) => spans.map((s) => [ms(s.startS) - shiftMs, ms(s.endS) - shiftMs]);

/** Milliseconds of `turns` by `who` inside [fromMs, toMs) (merging each speaker's turns first). */
function speechWithin(turns: ReturnType<typeof conversation>, who: 'agent' | 'customer' | 'anyone', fromMs: number, toMs: number): number {
  const merged: [number, number][] = [];
  for (const t of turns.filter((x) => who === 'anyone' || x.speaker === who).sort((x, y) => x.startMs - y.startMs)) {
    const last = merged[merged.length - 1];
    if (last && t.startMs <= last[1]) last[1] = Math.max(last[1], t.endMs);
    else merged.push([t.startMs, t.endMs]);
  }
  return merged.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(toMs, e) - Math.max(fromMs, s)), 0);
}

function definitionProblems(turns: ReturnType<typeof conversation>, a: SpeechAnalysis): string[] {
  const problems: string[] = [];
  const firstMs = Math.min(...turns.map((t) => t.startMs));
  const lastMs = Math.max(...turns.map((t) => t.endMs));
  for (const [s, e] of relative(a.silences, 0)) {
    if (e - s < limits.deadAirMs) problems.push(`dead air ${s}–${e} ms is under ${limits.deadAirMs} ms`);
    if (s < firstMs || e > lastMs) problems.push(`dead air ${s}–${e} ms outside the speech ${firstMs}–${lastMs}`);
    if (speechWithin(turns, 'anyone', s, e) > 0) problems.push(`dead air ${s}–${e} ms has speech in it`);
  }
  for (const [s, e] of relative(a.holds, 0)) {
    if (e - s < limits.holdMs) problems.push(`hold ${s}–${e} ms is under ${limits.holdMs} ms`);
    if (speechWithin(turns, 'agent', s, e) > 0) problems.push(`hold ${s}–${e} ms has agent speech in it`);
    if (speechWithin(turns, 'customer', s, e) > limits.holdCustomerMs) problems.push(`hold ${s}–${e} ms has customer speech in it`);
    if (!turns.some((t) => t.speaker === 'agent' && t.startMs === e)) problems.push(`hold ${s}–${e} ms does not end at an agent turn`);
    for (const [ds, de] of relative(a.silences, 0)) if (ds < e && s < de) problems.push(`dead air ${ds}–${de} ms inside hold ${s}–${e} ms`);
  }
  for (const [s, e] of relative(a.overlaps, 0)) {
    if (e - s < limits.overlapMs) problems.push(`overlap ${s}–${e} ms is under ${limits.overlapMs} ms`);
    if (speechWithin(turns, 'agent', s, e) !== e - s || speechWithin(turns, 'customer', s, e) !== e - s) problems.push(`overlap ${s}–${e} ms is not double-talk`);
  }
  return problems.slice(0, 20);
}

describe('analyseSpeech on long calls', () => {
  it('a 4 h conversation: every dead air, hold and overlap fits its definition, and the limit-length ones are all found', async () => {
    const turns = conversation(1, HOURS_4_MS - 60_000);
    const a = await analyse(asSegments(turns, 0), HOURS_4_MS / 1000);
    expect(a.holds.length).toBeGreaterThan(100);
    expect(a.silences.length).toBeGreaterThan(100);
    expect(a.overlaps.length).toBeGreaterThan(100);
    expect(definitionProblems(turns, a)).toEqual([]);
    // Exactly-the-limit stretches count, at hour 0 as at hour 4.
    const lengths = (spans: TimeSpan[]) => new Set(relative(spans, 0).map(([s, e]) => e - s));
    expect(lengths(a.silences).has(limits.deadAirMs)).toBe(true);
    expect(lengths(a.holds).has(limits.holdMs)).toBe(true);
    expect(lengths(a.overlaps).has(limits.overlapMs)).toBe(true);
    expect(a.talkTimeS.agent * 1000).toBe(speechWithin(turns, 'agent', 0, HOURS_4_MS));
  }, 300_000);

  it('the same 20 min conversation gives the same results shifted by any whole number of ms up to 4 h', async () => {
    const turns = conversation(2, 20 * 60_000);
    const random = mulberry32(3);
    // In this thread: the 4 h test above already runs the same code under a deadline.
    const base = analyseSpeech(asSegments(turns, 0), 4 * 3600);
    const expected = { holds: relative(base.holds, 0), silences: relative(base.silences, 0), overlaps: relative(base.overlaps, 0) };
    expect(expected.holds.length + expected.silences.length + expected.overlaps.length).toBeGreaterThan(20);
    for (const shiftMs of [64_032, 3_600_000 - 1, ...Array.from({ length: 20 }, () => Math.floor(random() * (HOURS_4_MS - 20 * 60_000)))]) {
      const shifted = analyseSpeech(asSegments(turns, shiftMs), 4 * 3600);
      expect({ holds: relative(shifted.holds, shiftMs), silences: relative(shifted.silences, shiftMs), overlaps: relative(shifted.overlaps, shiftMs) }, `shifted by ${shiftMs} ms`).toEqual(expected);
      expect(shifted.overlaps.map((o) => o.interrupter)).toEqual(base.overlaps.map((o) => o.interrupter));
    }
  }, 300_000);
});
