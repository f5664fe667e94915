/**
 * Silences read off the transcript when there is no VAD result: the gaps between the end of
 * all speech so far and the next segment's start. Leading and trailing silence (ringing,
 * hang-up) is not counted: only gaps between the first and the last words.
 */
import type { TimeSpan, TranscriptSegment } from '../types.ts';

export function transcriptGaps(segments: TranscriptSegment[], minS: number): TimeSpan[] {
  const sorted = segments.filter((s) => s.text.trim() !== '').sort((a, b) => a.start - b.start);
  const gaps: TimeSpan[] = [];
  let spokenUntil = -Infinity;
  for (const s of sorted) {
    if (spokenUntil > -Infinity && s.start - spokenUntil >= minS) gaps.push({ startS: spokenUntil, endS: s.start });
    spokenUntil = Math.max(spokenUntil, s.end);
  }
  return gaps;
}
