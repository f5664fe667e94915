/**
 * The spoken side of a match: the units of several transcript segments in time order, each
 * knowing its segment and an estimated time, so a match can be quoted and placed on the
 * call's timeline (evidence a coach can click to listen to).
 */
import type { Speaker, TranscriptSegment } from '../../types.ts';
import { IGNORED_UNIT_KEYS } from './discourse.ts';
import { dropFillers, toUnits, unitKeys, type Unit } from './units.ts';

export interface StreamUnit extends Unit {
  /** Index of the segment in the transcript. */
  segment: number;
  /** Estimated call time of the unit, seconds. */
  startS: number;
  endS: number;
}

export interface SpokenStream {
  segments: TranscriptSegment[];
  units: StreamUnit[];
}

/**
 * Builds the stream from the transcript segments of one speaker. Unit times come from word
 * timings when the segment has them, else are spread evenly over the segment: ASR segments are
 * a few seconds long, so the estimate is within a second or two.
 */
export function speakerStream(segments: TranscriptSegment[], speaker: Speaker, fillers: string[]): SpokenStream {
  // Every phrase check of a call asks for the same stream; build it once per transcript.
  let bySpeaker = streamCache.get(segments);
  if (!bySpeaker) streamCache.set(segments, (bySpeaker = new Map()));
  const key = `${speaker}\u0000${fillers.join('\u0000')}`;
  let stream = bySpeaker.get(key);
  if (!stream) bySpeaker.set(key, (stream = buildStream(segments, speaker, fillers)));
  return stream;
}

const streamCache = new WeakMap<TranscriptSegment[], Map<string, SpokenStream>>();

function buildStream(segments: TranscriptSegment[], speaker: Speaker, fillers: string[]): SpokenStream {
  // The scorecard's fillers, then the built-in fillers and intensifiers (discourse.ts); longest first.
  const fillerKeys = fillerKeysFor(fillers);
  const units: StreamUnit[] = [];
  segments.forEach((seg, index) => {
    if (seg.speaker !== speaker) return;
    const raw = toUnits(seg.text);
    const spanS = Math.max(0, seg.end - seg.start);
    const len = Math.max(1, seg.text.length);
    const timed = raw.map((u): StreamUnit => {
      const word = seg.words ? wordAt(seg, u.from) : undefined;
      // Every field written out (not `...u`): one object shape for all stream units, built without a spread.
      return {
        key: u.key,
        kind: u.kind,
        readings: u.readings,
        near: u.near,
        from: u.from,
        to: u.to,
        id: u.id,
        segment: index,
        startS: word ? word.start : seg.start + (u.from / len) * spanS,
        endS: word ? word.end : seg.start + (u.to / len) * spanS,
      };
    });
    units.push(...dropFillers(timed, fillerKeys));
  });
  return { segments, units };
}

const fillerKeyLists = new Map<string, string[][]>();

/** The scorecard's fillers, then the built-in ones, longest first; one list per scorecard filler set (dropFillers indexes it once). */
function fillerKeysFor(fillers: string[]): string[][] {
  const id = fillers.join('\u0000');
  let keys = fillerKeyLists.get(id);
  if (!keys) {
    keys = [...fillers.map(unitKeys).filter((k) => k.length > 0), ...IGNORED_UNIT_KEYS].sort((a, b) => b.length - a.length);
    if (fillerKeyLists.size >= 1000) fillerKeyLists.clear();
    fillerKeyLists.set(id, keys);
  }
  return keys;
}

/** The timed word that covers a character offset, when the words spell out the segment text. */
function wordAt(seg: TranscriptSegment, offset: number) {
  let pos = 0;
  for (const w of seg.words ?? []) {
    const at = seg.text.indexOf(w.text.trim(), pos);
    if (at < 0) return undefined;
    const end = at + w.text.trim().length;
    if (offset >= at && offset < end) return w;
    pos = end;
  }
  return undefined;
}

/** Keeps only the units whose time satisfies `keep`, preserving order. */
export function filterStream(stream: SpokenStream, keep: (u: StreamUnit) => boolean): SpokenStream {
  return { segments: stream.segments, units: stream.units.filter(keep) };
}

/** The original text covering units `from..to` (inclusive), joining pieces of different segments with " … ". */
export function quoteOf(stream: SpokenStream, from: number, to: number): string {
  const parts: string[] = [];
  let i = from;
  while (i <= to) {
    const seg = stream.units[i].segment;
    let j = i;
    while (j + 1 <= to && stream.units[j + 1].segment === seg) j++;
    parts.push(stream.segments[seg].text.slice(stream.units[i].from, stream.units[j].to));
    i = j + 1;
  }
  return parts.join(' … ');
}
