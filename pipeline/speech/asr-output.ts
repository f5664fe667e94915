/**
 * Map what transformers.js's automatic-speech-recognition pipeline returns for one clip
 * (`{ text, chunks: [{ text, timestamp: [start, end] }] }`, clip seconds) to Transcript segments
 * in call seconds. Pure.
 *
 * - Segment timestamps (`return_timestamps: true`): one chunk per Whisper segment.
 * - Word timestamps (`return_timestamps: 'word'`): one chunk per word (per character or token
 *   for Chinese). Words are grouped back into segments by the VAD speech piece they fall in, so
 *   a segment is one stretch of speech and never spans a pause we cut out.
 */
import type { RawAsrChunk, RawAsrOutput, TranscriptSegment, WordTiming } from '../types.ts';
import { clipToCallS, pieceIndexAt, type SpeechClip } from './clips.ts';

export type { RawAsrChunk, RawAsrOutput } from '../types.ts';

/** A transcript segment before roles are known (mono recordings). */
export type UnattributedSegment = Omit<TranscriptSegment, 'speaker'>;

const r2 = (x: number) => Math.round(x * 100) / 100;
/** Text that is only punctuation or space carries nothing (Whisper emits these at clip edges). */
const EMPTY = /^[\s\p{P}]*$/u;

export function mapClipOutput(raw: RawAsrOutput, clip: SpeechClip, granularity: 'word' | 'segment'): UnattributedSegment[] {
  const chunks = raw.chunks ?? [];
  if (chunks.length === 0) {
    // No timestamps at all: the whole clip is one segment.
    const text = raw.text.trim();
    if (EMPTY.test(text)) return [];
    return [{ start: r2(clip.pieces[0].callStartS), end: r2(clip.pieces[clip.pieces.length - 1].callEndS), text }];
  }
  const times = (c: RawAsrChunk): [number, number] => {
    const start = c.timestamp[0] ?? 0;
    const end = c.timestamp[1] ?? clip.durationS;
    return [start, Math.max(start, end)];
  };

  if (granularity === 'segment') {
    const out: UnattributedSegment[] = [];
    for (const c of chunks) {
      const text = c.text.trim();
      if (EMPTY.test(text)) continue;
      const [s, e] = times(c);
      const start = clipToCallS(clip, s, 'start');
      out.push({ start: r2(start), end: r2(Math.max(start, clipToCallS(clip, e, 'end'))), text });
    }
    return out;
  }

  // Word granularity: group words by the speech piece their midpoint falls in.
  const groups = new Map<number, { raw: string; words: WordTiming[] }>();
  for (const c of chunks) {
    const [s, e] = times(c);
    const piece = pieceIndexAt(clip, (s + e) / 2);
    const p = clip.pieces[piece];
    // Clamp into the piece: DTW word times can stray a little into the silence we inserted.
    const toCall = (t: number) => p.callStartS + Math.min(Math.max(t - p.clipStartS, 0), p.clipEndS - p.clipStartS);
    const g = groups.get(piece) ?? { raw: '', words: [] };
    g.raw += c.text;
    const text = c.text.trim();
    if (!EMPTY.test(text)) g.words.push({ text, start: r2(toCall(s)), end: r2(toCall(e)) });
    groups.set(piece, g);
  }
  const out: UnattributedSegment[] = [];
  for (const [, g] of [...groups].sort((a, b) => a[0] - b[0])) {
    const text = g.raw.trim();
    if (EMPTY.test(text) || g.words.length === 0) continue;
    out.push({ start: g.words[0].start, end: Math.max(...g.words.map((w) => w.end)), text, words: g.words });
  }
  return out;
}
