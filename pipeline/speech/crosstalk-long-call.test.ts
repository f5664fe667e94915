/**
 * trimCrosstalk on long calls: it must finish on every frame boundary of a 4-hour channel.
 * Float seconds once made an edge on a 0.032 s frame boundary step back onto the frame it had
 * just left (first at 64.032 s = frame 2001), and the night spun at 100% CPU forever.
 * The trimming runs in a worker thread with a deadline (callWithDeadline): an endless loop fails
 * the test instead of blocking the test's own thread.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/dev/lib/random.ts';
import type { SpeechSegment } from '../types.ts';
import { DEFAULT_CROSSTALK } from './crosstalk.ts';
import { callWithDeadline } from '../../fixtures/support/speech/with-deadline.ts';

const RATE_HZ = 16_000;
const FRAME_SAMPLES = DEFAULT_CROSSTALK.frameSamples; // 512 = 32 ms
const FRAME_MS = (FRAME_SAMPLES * 1000) / RATE_HZ;
/** 4 h of 32 ms frames. */
const FRAMES_4H = (4 * 3600 * RATE_HZ) / FRAME_SAMPLES;
const MIN_SPEECH_SAMPLES = DEFAULT_CROSSTALK.minSpeechS * RATE_HZ;
/**
 * Generous: 450,000 segments take ~1 s on an idle core but tens of seconds on a 2-core machine
 * running the whole suite; an endless loop never ends, so any finite deadline catches it.
 */
const DEADLINE_MS = 120_000;
/** vitest's own limit per test: above the deadline, so the deadline's message is what fails. */
const TEST_TIMEOUT_MS = 300_000;
const CROSSTALK = new URL('./crosstalk.ts', import.meta.url);

type Tagged = SpeechSegment & { id: number };
const trim = (segments: SpeechSegment[], leakage: boolean[], deadlineMs = DEADLINE_MS) =>
  callWithDeadline<Tagged[]>(CROSSTALK, 'trimCrosstalk', [segments, leakage, RATE_HZ], deadlineMs);

const sampleOf = (s: number) => Math.round(s * RATE_HZ);
const frameOf = (s: number) => Math.floor(sampleOf(s) / FRAME_SAMPLES);
const onFrameBoundary = (s: number) => Math.abs(s * 1000 - Math.round((s * 1000) / FRAME_MS) * FRAME_MS) < 1e-6;
/** A boundary `frame` frames into the call, in seconds on the 1 ms grid (as VAD reports it). */
const boundaryS = (frame: number) => (frame * FRAME_MS) / 1000;

/** Alternating runs of leakage and speech, 1–12 frames each, over 4 h. */
function leakageRuns(seed: number): boolean[] {
  const random = mulberry32(seed);
  const leak: boolean[] = [];
  let state = random() < 0.5;
  while (leak.length < FRAMES_4H + 64) {
    const run = 1 + Math.floor(random() * 12);
    for (let i = 0; i < run; i++) leak.push(state);
    state = !state;
  }
  return leak;
}

/** Every trimmed segment against its original, and every dropped one. */
function checkTrims(input: Tagged[], output: Tagged[], leak: boolean[]): string[] {
  const problems: string[] = [];
  const byId = new Map(output.map((s) => [s.id, s]));
  for (const s of input) {
    const t = byId.get(s.id);
    const firstFrame = frameOf(s.startS);
    const lastFrame = Math.floor((sampleOf(s.endS) - 1) / FRAME_SAMPLES);
    if (!t) {
      // Dropped: what is left between the first and last non-leaking frames is under minSpeechS.
      let f = firstFrame;
      while (f <= lastFrame && leak[f]) f++;
      let l = lastFrame;
      while (l >= f && leak[l]) l--;
      const kept = f > l ? 0 : Math.min(sampleOf(s.endS), (l + 1) * FRAME_SAMPLES) - Math.max(sampleOf(s.startS), f * FRAME_SAMPLES);
      if (kept >= MIN_SPEECH_SAMPLES) problems.push(`#${s.id} ${s.startS}–${s.endS} dropped with ${kept} samples of speech`);
      continue;
    }
    if (!(s.startS <= t.startS && t.startS < t.endS && t.endS <= s.endS)) problems.push(`#${s.id} ${s.startS}–${s.endS} became ${t.startS}–${t.endS}`);
    if (t.startS !== s.startS && !onFrameBoundary(t.startS)) problems.push(`#${s.id} start ${t.startS} is neither ${s.startS} nor a frame boundary`);
    if (t.endS !== s.endS && !onFrameBoundary(t.endS)) problems.push(`#${s.id} end ${t.endS} is neither ${s.endS} nor a frame boundary`);
    if (sampleOf(t.endS) - sampleOf(t.startS) < MIN_SPEECH_SAMPLES) problems.push(`#${s.id} kept ${t.startS}–${t.endS}, under minSpeechS`);
    // Only leakage was cut, and the kept edges are not leakage.
    for (let f = firstFrame; f < frameOf(t.startS); f++) if (!leak[f]) problems.push(`#${s.id} start trimmed over speech frame ${f}`);
    for (let f = Math.floor((sampleOf(t.endS) - 1) / FRAME_SAMPLES) + 1; f <= lastFrame; f++) if (!leak[f]) problems.push(`#${s.id} end trimmed over speech frame ${f}`);
    if (leak[frameOf(t.startS)]) problems.push(`#${s.id} kept start ${t.startS} is in a leaking frame`);
    if (leak[Math.floor((sampleOf(t.endS) - 1) / FRAME_SAMPLES)]) problems.push(`#${s.id} kept end ${t.endS} is in a leaking frame`);
    if (problems.length > 20) break;
  }
  return problems;
}

describe('trimCrosstalk on long calls', () => {
  it('finishes a segment whose leakage runs across 64.032 s (frame 2001 × 0.032 s): the hang of the probe', async () => {
    const leak = Array<boolean>(3000).fill(false);
    leak[2000] = leak[2001] = true;
    const segments: SpeechSegment[] = [
      { speaker: 'customer', startS: 64.0, endS: 70 },
      { speaker: 'agent', startS: 64.032, endS: 70 },
      { speaker: 'agent', startS: 60, endS: 64.064 }, // ends in the leaking frames: trimmed back to 64.0
    ];
    const out = await trim(segments, leak, 30_000);
    expect(out.map((s) => [s.startS, s.endS])).toEqual([
      [64.064, 70],
      [64.064, 70],
      [60, 64],
    ]);
  });

  it.each([4, 16])(
    'segments of %i frames starting at every one of the 450,000 frame boundaries of 4 h: finish, stay inside, trim only leakage, move monotonically',
    async (lengthFrames) => {
      const leak = leakageRuns(lengthFrames);
      const input: Tagged[] = Array.from({ length: FRAMES_4H }, (_, k) => ({
        id: k,
        speaker: 'agent',
        startS: boundaryS(k),
        endS: boundaryS(k + lengthFrames),
      }));
      const output = await trim(input, leak);
      expect(checkTrims(input, output, leak)).toEqual([]);
      // Every boundary is both a start (segment k) and an end (segment k − length): all covered.
      expect(output.length).toBeGreaterThan(FRAMES_4H / 10);
      // Monotonic: a later window of the same length never trims to an earlier start or end.
      for (let i = 1; i < output.length; i++) {
        if (output[i].startS < output[i - 1].startS || output[i].endS < output[i - 1].endS) {
          expect.fail(`#${output[i].id} ${output[i].startS}–${output[i].endS} before #${output[i - 1].id} ${output[i - 1].startS}–${output[i - 1].endS}`);
        }
      }
    },
    TEST_TIMEOUT_MS,
  );

  it('random fractional (off-grid) starts and ends over 4 h: finish and stay inside, edges on frame boundaries or the original times', async () => {
    const random = mulberry32(2026);
    const leak = leakageRuns(7);
    const input: Tagged[] = Array.from({ length: 100_000 }, (_, id) => {
      const startS = random() * 4 * 3600;
      return { id, speaker: 'customer', startS, endS: startS + 0.001 + random() * 3 };
    });
    const output = await trim(input, leak);
    expect(checkTrims(input, output, leak)).toEqual([]);
    expect(output.length).toBeGreaterThan(input.length / 4);
  }, TEST_TIMEOUT_MS);

  it('a sorted, non-overlapping 4 h track stays sorted and non-overlapping', async () => {
    const random = mulberry32(99);
    const leak = leakageRuns(3);
    const input: Tagged[] = [];
    for (let frame = 0, id = 0; frame < FRAMES_4H; id++) {
      const start = frame + Math.floor(random() * 20);
      const end = start + 1 + Math.floor(random() * 100);
      input.push({ id, speaker: 'agent', startS: boundaryS(start), endS: boundaryS(end) });
      frame = end;
    }
    const output = await trim(input, leak);
    expect(checkTrims(input, output, leak)).toEqual([]);
    for (let i = 1; i < output.length; i++) expect(output[i].startS >= output[i - 1].endS).toBe(true);
  }, TEST_TIMEOUT_MS);
});
