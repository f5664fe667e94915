import type { TranscriptSegment, WordTiming } from '../types.ts';

/** A stretch of call time in seconds. */
export interface TimeRangeS {
  startS: number;
  endS: number;
}

/**
 * How much speaking time a character stands for when a segment has no word timings:
 * a Chinese character or a digit is about one syllable; a Latin letter about a third
 * of one ("seven" ≈ 5 letters ≈ 2 syllables); whitespace and punctuation take no time.
 */
function charWeight(ch: string): number {
  if (/[\p{Script=Han}\d*]/u.test(ch)) return 1;
  if (/\p{L}/u.test(ch)) return 0.3;
  if (/[\s\p{P}\p{S}]/u.test(ch)) return 0;
  return 0.5;
}

/**
 * The call time of text offsets [startChar, endChar) of a segment without word timings:
 * the segment's duration is shared out over its characters by charWeight, and the span
 * gets the share of the characters it covers. An estimate: the silencing padding absorbs
 * the error.
 */
export function interpolateCharSpan(segment: TranscriptSegment, startChar: number, endChar: number): TimeRangeS {
  const chars = Array.from(segment.text);
  let total = 0;
  let beforeStart = 0;
  let beforeEnd = 0;
  let offset = 0;
  for (const ch of chars) {
    const w = charWeight(ch);
    if (offset < startChar) beforeStart += w;
    if (offset < endChar) beforeEnd += w;
    total += w;
    offset += ch.length;
  }
  const durationS = Math.max(0, segment.end - segment.start);
  if (total === 0) {
    // Nothing but punctuation: fall back to plain character positions.
    const len = Math.max(1, segment.text.length);
    return { startS: segment.start + (durationS * startChar) / len, endS: segment.start + (durationS * endChar) / len };
  }
  return {
    startS: segment.start + (durationS * beforeStart) / total,
    endS: segment.start + (durationS * beforeEnd) / total,
  };
}

/** Characters alignWordsToText skips by default: whitespace. */
const WHITESPACE = /\s/;
/** Whitespace and punctuation: for words that lack (or add) the text's punctuation. */
export const WHITESPACE_OR_PUNCTUATION = /[\s\p{P}]/u;

/**
 * For each character of `text`, the index of the word it belongs to (−1 for a skipped
 * character), found by matching the characters of the text against those of the
 * concatenated words, both without the `skip` characters (whitespace by default). Null
 * when they differ (the words were not cut from this text), in which case times are
 * interpolated instead.
 */
export function alignWordsToText(text: string, words: readonly WordTiming[], skip: RegExp = WHITESPACE): number[] | null {
  const wordChars: { word: number; ch: string }[] = [];
  words.forEach((w, word) => {
    // UTF-16 units, like the text offsets they are compared with.
    for (const ch of w.text.split('')) if (!skip.test(ch)) wordChars.push({ word, ch });
  });
  const map: number[] = new Array(text.length).fill(-1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (skip.test(text[i])) continue;
    if (k >= wordChars.length || wordChars[k].ch !== text[i]) return null;
    map[i] = wordChars[k++].word;
  }
  return k === wordChars.length ? map : null;
}

/** The call time covered by a set of words: first start to last end. */
export function wordsTimeRange(words: readonly WordTiming[], indexes: Iterable<number>): TimeRangeS | null {
  let startS = Infinity;
  let endS = -Infinity;
  for (const i of indexes) {
    startS = Math.min(startS, words[i].start, words[i].end);
    endS = Math.max(endS, words[i].start, words[i].end);
  }
  return Number.isFinite(startS) ? { startS, endS } : null;
}
