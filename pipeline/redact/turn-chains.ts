import type { Speaker, TranscriptSegment } from '../types.ts';
import { isSeparatorGap } from './digit-runs.ts';
import { isInterjection } from './interjection.ts';
import { opensWithNumber } from './number-edges.ts';
import { readBackDigits, spokenDigits } from './read-back.ts';

/**
 * Longest pause, in seconds, between two turns of one speaker (end of one to start of the
 * next) over which a number is still read as one: people read a card number in chunks and
 * wait for the agent's "嗯" / "go on", but not for longer than this.
 */
export const MAX_TURN_GAP_S = 10;
/**
 * Consecutive turns of one speaker that a number may run across: in call order, each
 * starting at most MAX_TURN_GAP_S after the previous one ended, with nothing but short
 * acknowledgements or read-backs by the other party between them.
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
  /**
   * Turns of the other party, between or right after these, that only read back digits the
   * speaker had just said (「六二二五 八八零二，对吗？」): they do not interrupt the number and
   * are masked with it. `after`: the speaker's turn (segment index) each one follows.
   */
  readBacks: { segment: number; after: number }[];
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
  const piece = (segments: number[], prompt: string): TurnChain => ({ speaker: chain.speaker, segments, prompt, readBacks: [] });
  let current: TurnChain = piece([chain.segments[0]], chain.prompt);
  for (let k = 1; k < chain.segments.length; k++) {
    const index = chain.segments[k];
    const text = segments[index].text;
    // A turn of nothing but fillers (「嗯……」) is passed through, as a pause inside the number.
    if (opensWithNumber(text) || text.trim() === '' || isSeparatorGap(text)) {
      current.segments.push(index);
      continue;
    }
    if (current.segments.length >= 2) pieces.push(current);
    current = piece([index], segments[chain.segments[k - 1]].text);
  }
  if (current.segments.length >= 2) pieces.push(current);
  for (const p of pieces) p.readBacks = chain.readBacks.filter((r) => p.segments.includes(r.after));
  return pieces;
}

/** At least the last `count` digits said in `turns` (fewer if they said fewer), read from the end. */
function lastDigits(turns: readonly number[], said: (turn: number) => string, count: number): string {
  let digits = '';
  for (let k = turns.length - 1; k >= 0 && digits.length < count; k--) digits = said(turns[k]) + digits;
  return digits;
}

/** A per-segment function computed at most once per segment. */
function memo<T>(compute: (segment: number) => T): (segment: number) => T {
  const cache = new Map<number, T>();
  return (segment) => {
    if (!cache.has(segment)) cache.set(segment, compute(segment));
    return cache.get(segment)!;
  };
}

/** Every chain of two or more turns, per speaker, in call order of their first turn. */
export function findTurnChains(segments: readonly TranscriptSegment[], maxGapS: number = MAX_TURN_GAP_S): TurnChain[] {
  // Call order; ties keep transcript order. Stereo transcripts interleave both channels by start.
  const order = segments.map((_, i) => i).sort((a, b) => segments[a].start - segments[b].start || a - b);
  const speakers = [...new Set(segments.map((s) => s.speaker))];
  const acknowledgement = segments.map((s) => isInterjection(s.text));
  // Read-backs are looked for only where one could matter (after a turn of a chain), and
  // each turn is scanned at most once for them.
  const readBack = memo((i) => readBackDigits(segments[i].text));
  const said = memo((i) => spokenDigits(segments[i].text));
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
        lastOther = i;
        if (acknowledgement[i] || interrupted || !current) {
          interrupted ||= !acknowledgement[i];
          continue;
        }
        // A read-back of the end of what the speaker said so far, soon after it, is part of the number.
        const last = current.segments[current.segments.length - 1];
        const back = segment.start - segments[last].end <= maxGapS ? readBack(i) : null;
        if (back && lastDigits(current.segments, said, back.length).endsWith(back)) {
          current.readBacks.push({ segment: i, after: last });
        } else {
          interrupted = true;
        }
        continue;
      }
      const previous = current?.segments[current.segments.length - 1];
      if (current && previous !== undefined && !interrupted && segment.start - segments[previous].end <= maxGapS) {
        current.segments.push(i);
      } else {
        close();
        const prompt = lastOther >= 0 && segment.start - segments[lastOther].end <= maxGapS ? segments[lastOther].text : '';
        current = { speaker, segments: [i], prompt, readBacks: [] };
      }
      interrupted = false;
    }
    close();
  }
  return chains.sort((a, b) => segments[a.segments[0]].start - segments[b.segments[0]].start);
}
