import type { Language, RedactedSpan, Transcript, TranscriptSegment, WordTiming } from '../types.ts';
import { findNumberUnits, normalizeForScan } from './number-units.ts';
import { findCrossTurnRedactions } from './redact-across-turns.ts';
import { MASK_CHAR, maskSpans, redactText, type TextRedaction } from './redact-text.ts';
import {
  alignWordsToText,
  interpolateCharSpan,
  wordsTimeRange,
  WHITESPACE_OR_PUNCTUATION,
  type TimeRangeS,
} from './time-spans.ts';

/**
 * Masks every segment of a transcript (text and word timings) and records each masked
 * stretch in call seconds in `redactions`, so served audio can be silenced there. A number
 * read over several turns of one speaker (「六二二五 八八零二」 … 「嗯」 … 「一二三四…」) is
 * masked in every turn it spans, with a span for each part (redact-across-turns.ts).
 *
 * Times come from word timings when the segment has them and its words line up with its
 * text; otherwise they are interpolated by character position within the segment (see
 * interpolateCharSpan). Redactions already present are kept, so redacting a redacted
 * transcript changes nothing. `redactions` is always set (empty when nothing was masked),
 * which marks the transcript as redacted. The input is not modified.
 */
export function redactTranscript(transcript: Transcript): Transcript {
  const redactions: RedactedSpan[] = [...(transcript.redactions ?? [])];
  const segments = transcript.segments.map((segment) => {
    const result = redactSegment(segment, transcript.language);
    redactions.push(...result.redactions);
    return result.segment;
  });
  // Numbers read over several turns: found in the texts masked so far (a mask breaks a run,
  // so nothing is found twice), timed against the original text and words (masked words,
  // one `*` each, no longer line up with the masked text).
  const crossTurn = new Map<number, TextRedaction[]>();
  for (const { segment, ...span } of findCrossTurnRedactions(segments, transcript.language)) {
    crossTurn.set(segment, [...(crossTurn.get(segment) ?? []), span]);
  }
  for (const [index, spans] of crossTurn) {
    const result = maskSegmentSpans(transcript.segments[index], segments[index], spans);
    segments[index] = result.segment;
    redactions.push(...result.redactions);
  }
  return { ...transcript, segments, redactions: mergeRedactedSpans(redactions) };
}

/**
 * Masks text offsets `spans` in `current` (a redacted copy of `original`: same text length,
 * same words) and returns their call-time spans. Times come from the original words when
 * they line up with the original text, ignoring punctuation if need be; otherwise they are
 * interpolated, and the words with digits in that estimate are masked and included, so the
 * digits do not leak through words that could not be matched to the text.
 */
export function maskSegmentSpans(
  original: TranscriptSegment,
  current: TranscriptSegment,
  spans: readonly TextRedaction[],
): { segment: TranscriptSegment; redactions: RedactedSpan[] } {
  const text = maskSpans(current.text, spans);
  const redactions: RedactedSpan[] = [];
  const add = (range: TimeRangeS, kind: string) =>
    redactions.push({ speaker: original.speaker, start: floorMs(range.startS), end: ceilMs(range.endS), kind });
  const words = original.words;
  if (!words || words.length === 0 || !current.words) {
    for (const span of spans) add(interpolateCharSpan(original, span.start, span.end), span.kind);
    return { segment: { ...current, text }, redactions };
  }
  const charToWord =
    alignWordsToText(original.text, words) ?? alignWordsToText(original.text, words, WHITESPACE_OR_PUNCTUATION);
  const maskedWords = new Set<number>();
  for (const span of spans) {
    let indexes = charToWord ? wordIndexesIn(charToWord, span.start, span.end) : [];
    let range = wordsTimeRange(words, indexes);
    if (!range) {
      const estimate = interpolateCharSpan(original, span.start, span.end);
      indexes = words.flatMap((w, i) => (w.start < estimate.endS && estimate.startS < w.end && hasDigits(w.text) ? [i] : []));
      const covered = wordsTimeRange(words, indexes);
      range = covered
        ? { startS: Math.min(estimate.startS, covered.startS), endS: Math.max(estimate.endS, covered.endS) }
        : estimate;
    }
    indexes.forEach((i) => maskedWords.add(i));
    add(range, span.kind);
  }
  const maskedWordList = current.words.map((w, i) => (maskedWords.has(i) ? { ...w, text: maskWordText(w.text) } : w));
  return { segment: { ...current, text, words: maskedWordList }, redactions };
}

/** Whether a word carries a digit or a number word. */
function hasDigits(text: string): boolean {
  return findNumberUnits(normalizeForScan(text)).length > 0;
}

/** One segment: its masked copy and the call-time spans it masked. */
export function redactSegment(
  segment: TranscriptSegment,
  language: Language,
): { segment: TranscriptSegment; redactions: RedactedSpan[] } {
  const redacted = redactText(segment.text, language);
  const redactions: RedactedSpan[] = [];
  const add = (range: TimeRangeS, kind: string) =>
    redactions.push({ speaker: segment.speaker, start: floorMs(range.startS), end: ceilMs(range.endS), kind });

  const words = segment.words;
  if (!words || words.length === 0) {
    for (const span of redacted.spans) add(interpolateCharSpan(segment, span.start, span.end), span.kind);
    return { segment: { ...segment, text: redacted.text }, redactions };
  }

  const maskedWords = new Set<number>();
  const charToWord = alignWordsToText(segment.text, words);
  for (const span of redacted.spans) {
    const indexes = charToWord ? wordIndexesIn(charToWord, span.start, span.end) : [];
    indexes.forEach((i) => maskedWords.add(i));
    add(wordsTimeRange(words, indexes) ?? interpolateCharSpan(segment, span.start, span.end), span.kind);
  }
  // The words carry their own copy of the text; redact it on its own too, so nothing
  // leaks through words that did not line up with the segment text.
  for (const span of redactText(words.map((w) => w.text).join(''), language).spans) {
    const indexes = wordsOverlapping(words, span.start, span.end);
    indexes.forEach((i) => maskedWords.add(i));
    const range = wordsTimeRange(words, indexes);
    if (range) add(range, span.kind);
  }
  const maskedWordList: WordTiming[] = words.map((w, i) => (maskedWords.has(i) ? { ...w, text: maskWordText(w.text) } : w));
  return { segment: { ...segment, text: redacted.text, words: maskedWordList }, redactions };
}

/**
 * A masked word becomes a single MASK_CHAR (surrounding whitespace kept): per-word
 * lengths would betray English digit words ("one" 3, "four" 4, "seven" 5).
 */
export function maskWordText(text: string): string {
  return text.replace(/\S(?:[\s\S]*\S)?/, MASK_CHAR);
}

function wordIndexesIn(charToWord: number[], start: number, end: number): number[] {
  const set = new Set<number>();
  for (let i = start; i < end; i++) if (charToWord[i] >= 0) set.add(charToWord[i]);
  return [...set];
}

/** Words whose characters in the concatenated word text overlap [start, end). */
function wordsOverlapping(words: readonly WordTiming[], start: number, end: number): number[] {
  const indexes: number[] = [];
  let offset = 0;
  words.forEach((w, i) => {
    const wordEnd = offset + w.text.length;
    if (offset < end && start < wordEnd) indexes.push(i);
    offset = wordEnd;
  });
  return indexes;
}

/** Sorted by time; overlapping or touching spans of one speaker and kind become one. */
export function mergeRedactedSpans(spans: readonly RedactedSpan[]): RedactedSpan[] {
  const sorted = [...spans].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.speaker.localeCompare(b.speaker) || a.kind.localeCompare(b.kind),
  );
  const merged: RedactedSpan[] = [];
  for (const span of sorted) {
    let open: RedactedSpan | undefined;
    for (const m of merged) if (m.speaker === span.speaker && m.kind === span.kind && span.start <= m.end) open = m;
    if (open) open.end = Math.max(open.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Rounded outwards to whole milliseconds, so a span never shrinks. */
const floorMs = (s: number) => Math.floor(s * 1000 + 1e-6) / 1000;
const ceilMs = (s: number) => Math.ceil(s * 1000 - 1e-6) / 1000;
