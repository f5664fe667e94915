import type { Speaker, TranscriptSegment } from '../types.ts';
import { findNumberUnits, normalizeForScan } from './number-units.ts';

/**
 * Longest pause, in seconds, between two turns of one speaker (end of one to start of the
 * next) over which a number is still read as one: people read a card number in chunks and
 * wait for the agent's "嗯" / "go on", but not for longer than this.
 */
export const MAX_TURN_GAP_S = 10;
/** Most Chinese characters an acknowledgement by the other party may have (嗯, 好的, 对对, 请继续). */
export const MAX_INTERJECTION_HAN = 4;
/** Most Latin-script words an acknowledgement may have ("okay", "mm-hm", "go on", "okay got it"). */
export const MAX_INTERJECTION_WORDS = 3;

/**
 * Consecutive turns of one speaker that a number may run across: in call order, each
 * starting at most MAX_TURN_GAP_S after the previous one ended, with nothing but short
 * acknowledgements by the other party between them.
 */
export interface TurnChain {
  speaker: Speaker;
  /** Indexes into the transcript's segments, in call order; at least two. */
  segments: number[];
  /**
   * Text of the other party's turn just before the first one (within MAX_TURN_GAP_S), '' if
   * none: a question such as 「您的手机号是多少？」 that says what the number is.
   */
  prompt: string;
}

/**
 * Whether a turn is only a short acknowledgement (嗯, 好的, 对, "okay", "mm-hm", "go on"),
 * which does not interrupt the other speaker's number. A turn with any digit in it is not:
 * an agent reading digits back is a turn of its own. The ambiguous words "oh", "one" and 一
 * alone do not count as digits here ("Oh, okay").
 */
export function isInterjection(text: string): boolean {
  if (/\p{Nd}/u.test(text)) return false;
  if (findNumberUnits(normalizeForScan(text)).some((u) => !u.trimmable)) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g)?.length ?? 0;
  return han <= MAX_INTERJECTION_HAN && words <= MAX_INTERJECTION_WORDS;
}

/** Every chain of two or more turns, per speaker, in call order of their first turn. */
export function findTurnChains(segments: readonly TranscriptSegment[], maxGapS: number = MAX_TURN_GAP_S): TurnChain[] {
  // Call order; ties keep transcript order. Stereo transcripts interleave both channels by start.
  const order = segments.map((_, i) => i).sort((a, b) => segments[a].start - segments[b].start || a - b);
  const speakers = [...new Set(segments.map((s) => s.speaker))];
  const chains: TurnChain[] = [];
  for (const speaker of speakers) {
    let current: TurnChain | null = null;
    let interrupted = false;
    let lastOther = -1;
    const close = () => {
      if (current && current.segments.length >= 2) chains.push(current);
    };
    for (const i of order) {
      const segment = segments[i];
      if (segment.speaker !== speaker) {
        if (!isInterjection(segment.text)) interrupted = true;
        lastOther = i;
        continue;
      }
      const previous = current?.segments[current.segments.length - 1];
      if (current && previous !== undefined && !interrupted && segment.start - segments[previous].end <= maxGapS) {
        current.segments.push(i);
      } else {
        close();
        const prompt = lastOther >= 0 && segment.start - segments[lastOther].end <= maxGapS ? segments[lastOther].text : '';
        current = { speaker, segments: [i], prompt };
      }
      interrupted = false;
    }
    close();
  }
  return chains.sort((a, b) => segments[a.segments[0]].start - segments[b.segments[0]].start);
}
