import type { Speaker, TranscriptSegment } from '../types.ts';
import { isSeparatorGap } from './digit-runs.ts';
import { opensWithNumber } from './number-edges.ts';
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
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g)?.length ?? 0;
  if (han > MAX_INTERJECTION_HAN || words > MAX_INTERJECTION_WORDS) return false;
  return !findNumberUnits(normalizeForScan(text)).some((u) => !u.trimmable);
}

/**
 * A chain cut before each turn that neither opens with a number nor is just a filler
 * (nothing can run across that boundary), keeping the pieces of two or more turns: only
 * these are worth joining and scanning. A piece that does not start the chain takes the
 * speaker's previous turn as its prompt ("my phone number" | "is four one five" | "five
 * five five…").
 */
export function splitWhereNoNumberContinues(chain: TurnChain, segments: readonly TranscriptSegment[]): TurnChain[] {
  const pieces: TurnChain[] = [];
  let current: TurnChain = { ...chain, segments: [chain.segments[0]] };
  for (let k = 1; k < chain.segments.length; k++) {
    const index = chain.segments[k];
    const text = segments[index].text;
    // A turn of nothing but fillers (「嗯……」) is passed through, as a pause inside the number.
    if (opensWithNumber(text) || text.trim() === '' || isSeparatorGap(text)) {
      current.segments.push(index);
      continue;
    }
    if (current.segments.length >= 2) pieces.push(current);
    current = { speaker: chain.speaker, segments: [index], prompt: segments[chain.segments[k - 1]].text };
  }
  if (current.segments.length >= 2) pieces.push(current);
  return pieces;
}

/** Every chain of two or more turns, per speaker, in call order of their first turn. */
export function findTurnChains(segments: readonly TranscriptSegment[], maxGapS: number = MAX_TURN_GAP_S): TurnChain[] {
  // Call order; ties keep transcript order. Stereo transcripts interleave both channels by start.
  const order = segments.map((_, i) => i).sort((a, b) => segments[a].start - segments[b].start || a - b);
  const speakers = [...new Set(segments.map((s) => s.speaker))];
  const acknowledgement = segments.map((s) => isInterjection(s.text));
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
        if (!acknowledgement[i]) interrupted = true;
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
