/**
 * planClips and extractClip on long calls (up to 4 h of speech spans, on and off the ms grid):
 * the plan finishes (in a worker with a deadline), no clip is longer than maxClipS, pieces are
 * exactly as long in the clip as in the call, the gap between pieces is exactly gapS, the pieces
 * tile the speech with nothing lost or doubled, and the extracted audio is the call's own samples.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/dev/lib/random.ts';
import type { TimeSpan } from '../types.ts';
import { extractClip, planClips, type ClipOptions, type SpeechClip } from './clips.ts';
import { callWithDeadline } from '../../fixtures/support/speech/with-deadline.ts';

const RATE_HZ = 16_000;
const HOURS_4_S = 4 * 3600;
const CLIPS = new URL('./clips.ts', import.meta.url);
const toSamples = (s: number) => Math.round(s * RATE_HZ);

/** Sorted, disjoint spans over `lengthS`: pauses 0.05–20 s, turns 0.01–60 s (some longer than a clip). */
function speechSpans(seed: number, lengthS: number, onMsGrid: boolean): TimeSpan[] {
  const random = mulberry32(seed);
  const grid = (s: number) => (onMsGrid ? Math.round(s * 1000) / 1000 : s);
  const spans: TimeSpan[] = [];
  for (let t = 0; ; ) {
    const startS = grid(t + 0.05 + random() * 20);
    const endS = grid(startS + 0.01 + random() * (random() < 0.05 ? 60 : 8));
    if (endS > lengthS) return spans;
    spans.push({ startS, endS });
    t = endS;
  }
}

function planProblems(spans: TimeSpan[], clips: SpeechClip[], o: { maxClipS: number; gapS: number; pack: boolean }): string[] {
  const problems: string[] = [];
  const maxSamples = toSamples(o.maxClipS);
  const gapSamples = toSamples(o.gapS);
  const tiles: { start: number; end: number }[] = [];
  clips.forEach((c, i) => {
    if (c.durationSamples > maxSamples) problems.push(`clip ${i}: ${c.durationSamples} samples > ${maxSamples}`);
    if (c.durationS !== c.durationSamples / RATE_HZ) problems.push(`clip ${i}: durationS ${c.durationS} ≠ ${c.durationSamples} samples`);
    c.pieces.forEach((p, j) => {
      const expectedStart = j === 0 ? 0 : c.pieces[j - 1].clipEndSample + gapSamples;
      if (p.clipStartSample !== expectedStart) problems.push(`clip ${i} piece ${j}: starts at ${p.clipStartSample}, not ${expectedStart}`);
      if (p.clipEndSample - p.clipStartSample !== p.callEndSample - p.callStartSample) problems.push(`clip ${i} piece ${j}: clip and call lengths differ`);
      if (p.callEndSample <= p.callStartSample) problems.push(`clip ${i} piece ${j}: empty`);
      if (p.callStartS !== p.callStartSample / RATE_HZ || p.clipEndS !== p.clipEndSample / RATE_HZ) problems.push(`clip ${i} piece ${j}: seconds ≠ samples`);
      const last = tiles[tiles.length - 1];
      if (last && p.callStartSample === last.end) last.end = p.callEndSample;
      else tiles.push({ start: p.callStartSample, end: p.callEndSample });
    });
    // Greedy packing: the next clip's first piece did not fit in this one.
    const next = clips[i + 1]?.pieces[0];
    if (o.pack && next && c.durationSamples + gapSamples + (next.clipEndSample - next.clipStartSample) <= maxSamples) {
      problems.push(`clip ${i + 1} could have been packed into clip ${i}`);
    }
  });
  const expected = spans.map((s) => ({ start: toSamples(s.startS), end: toSamples(s.endS) })).filter((s) => s.end > s.start);
  if (JSON.stringify(tiles) !== JSON.stringify(expected)) problems.push(`pieces tile ${tiles.length} stretches, the speech is ${expected.length}`);
  return problems.slice(0, 20);
}

const plan = (spans: TimeSpan[], options: Partial<ClipOptions>) => callWithDeadline<SpeechClip[]>(CLIPS, 'planClips', [spans, options], 120_000);

describe('planClips on long calls', () => {
  it.each([
    { onMsGrid: true, pack: true, maxClipS: 28, gapS: 0.4 },
    { onMsGrid: false, pack: true, maxClipS: 28, gapS: 0.4 },
    { onMsGrid: true, pack: false, maxClipS: 28, gapS: 0.4 },
    { onMsGrid: false, pack: true, maxClipS: 0.5, gapS: 0.001 }, // short clips: tens of thousands of cuts
  ])('4 h of speech (ms grid: $onMsGrid, pack: $pack, maxClipS: $maxClipS): clips within maxClipS, exact gaps, pieces tile the speech', async (c) => {
    const spans = speechSpans(c.maxClipS * 1000 + Number(c.onMsGrid), HOURS_4_S, c.onMsGrid);
    const options = { maxClipS: c.maxClipS, gapS: c.gapS, pack: c.pack, sampleRateHz: RATE_HZ };
    const clips = await plan(spans, options);
    expect(clips.length).toBeGreaterThan(50);
    expect(planProblems(spans, clips, options)).toEqual([]);
  }, 300_000);

  it('one 4 h turn is cut into 28 s parts that end exactly at the end of the call', async () => {
    const clips = await plan([{ startS: 0.032, endS: HOURS_4_S }], { sampleRateHz: RATE_HZ });
    expect(clips).toHaveLength(Math.ceil((HOURS_4_S - 0.032) / 28));
    expect(clips.at(-1)!.pieces.at(-1)!.callEndSample).toBe(HOURS_4_S * RATE_HZ);
    expect(planProblems([{ startS: 0.032, endS: HOURS_4_S }], clips, { maxClipS: 28, gapS: 0.4, pack: true })).toEqual([]);
  }, 300_000);

  it('extracted clips hold exactly the call samples of each piece and silence in the gaps (15 min channel, off-grid times)', () => {
    // 15 min: every sample index is exact in float32 (< 2^24), so a sample's value names its position.
    const channel = new Float32Array(15 * 60 * RATE_HZ);
    for (let i = 0; i < channel.length; i++) channel[i] = i + 1;
    const spans = speechSpans(15, 15 * 60, false);
    const problems: string[] = [];
    for (const clip of planClips(spans, { sampleRateHz: RATE_HZ })) {
      const audio = extractClip(channel, clip, RATE_HZ);
      if (audio.length !== clip.durationSamples) problems.push(`clip of ${clip.durationSamples} samples extracted as ${audio.length}`);
      let at = 0;
      for (const p of clip.pieces) {
        for (; at < p.clipStartSample; at++) if (audio[at] !== 0) problems.push(`gap sample ${at} is ${audio[at]}`);
        for (; at < p.clipEndSample; at++) {
          const want = p.callStartSample + (at - p.clipStartSample) + 1;
          if (audio[at] !== want) problems.push(`clip sample ${at} is ${audio[at]}, call sample ${want - 1} expected`);
        }
      }
      if (problems.length > 10) break;
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
