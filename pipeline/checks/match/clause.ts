/**
 * Clause boundaries in what was said: a judgment about a phrase (an exception that excuses it, a
 * negation that governs it) holds inside one clause only — 「不知道，您…」 is not 「不知道您…」.
 */
import { FILLER_RUN } from './discourse.ts';
import type { SpokenStream, StreamUnit } from './stream.ts';
import type { UnitKind } from './unit.ts';

/** Punctuation that ends a clause in a transcript (full-width and ASCII). */
export const CLAUSE_BREAK = /[，。？！；,.?!;]/;

/** ASR writes a comma after a filler (「不用，嗯，自己去查」, "look uh, it up"): that comma is no clause break. */
const FILLER_COMMA = new RegExp(`(?:^|[\\s，,]+)${FILLER_RUN}[，,]\\s*`, 'giu');

/** The text with each filler and the comma ASR put after it replaced by a space. */
export function withoutFillers(text: string): string {
  return text.replace(FILLER_COMMA, ' ');
}

/** A run of fillers said as whole words: not the "so" of "also". */
export const WHOLE_FILLER_RUN = `(?<![A-Za-z'’])${FILLER_RUN}`;

/** A filler (a whole word) and the comma ASR wrote after it; a clause break before the filler is kept. */
const FILLER_AND_ITS_COMMA = new RegExp(`\\s*${WHOLE_FILLER_RUN}[，,]\\s*`, 'giu');

/**
 * The text with only the comma ASR put after a filler taken out: 「不能嗯，说」 is one clause,
 * 「没好，嗯，对不起」 two — the break before the filler was the speaker's (stricter than
 * withoutFillers, for a judgment that must stay inside one clause).
 */
export function withoutFillerCommas(text: string): string {
  return text.replace(FILLER_AND_ITS_COMMA, ' ');
}

/**
 * True when stream units `from..to` (inclusive, from ≤ to) lie in one transcript segment with no
 * clause break between them (the comma after a filler is none). A new segment counts as a new
 * clause: ASR cuts segments at pauses, and a judgment about a clause must not reach across one.
 */
export function oneClause(stream: SpokenStream, from: number, to: number): boolean {
  const a = stream.units[from];
  const b = stream.units[to];
  if (a.segment !== b.segment) return false;
  return !CLAUSE_BREAK.test(withoutFillerCommas(stream.segments[a.segment].text.slice(a.from, b.to)));
}

/** The text after stream unit `at` up to the end of its clause (with the break), in its segment. */
export function restOfClause(stream: SpokenStream, at: number): string {
  const u = stream.units[at];
  const after = withoutFillerCommas(stream.segments[u.segment].text.slice(u.to));
  const end = after.search(CLAUSE_BREAK);
  return end < 0 ? after : after.slice(0, end + 1);
}

/** A clause ends at one of these between two units (the clause splitter's breaks, and the enumeration comma). */
const UNIT_BREAK = /[，。？！；,.?!;…、]/u;

/**
 * True when nothing but a break (or the end of the turn) follows unit `i`. Between two Han characters (or a Han
 * character and a Latin word: spaceBreaks) a space is a break too: Mandarin is written without spaces, so ASR puts one
 * only where the speaker paused (「嗯 我周 修单车的」, I15, heldout23's misses).
 */
export function clauseEndsAfter(stream: SpokenStream, i: number): boolean {
  const u = stream.units[i];
  const next = stream.units[i + 1] as StreamUnit | undefined;
  if (!next || next.segment !== u.segment) return true;
  const gap = stream.segments[u.segment].text.slice(u.to, next.from);
  return UNIT_BREAK.test(gap) || (spaceBreaks(u.kind, next.kind) && /\s/u.test(gap));
}

/**
 * Whether a space between units of these kinds breaks the clause: between two Han characters, and between a Han
 * character and a Latin word (「嗯 我 王 VR 这里」, I33, heldout41's misses: four calls) — written Mandarin puts no
 * space there either. Not between two Latin words, nor next to digits (「坐席 18号林」 is one clause).
 */
function spaceBreaks(a: UnitKind, b: UnitKind): boolean {
  return (a === 'han' && (b === 'han' || b === 'word')) || (a === 'word' && b === 'han');
}

/** True when unit `i` opens a clause: first of its turn, or after a break. */
export function clauseStartsAt(stream: SpokenStream, i: number): boolean {
  return i === 0 || clauseEndsAfter(stream, i - 1);
}

/**
 * The units of the clauses at most `maxUnits` long, in order (for wordings that count only said as a clause of
 * their own: schema `saidAlone`). Each kept unit's neighbours in the result may come from other clauses.
 */
export function shortClausesOnly(stream: SpokenStream, maxUnits: number): SpokenStream {
  const keep = new Set<StreamUnit>();
  let start = 0;
  for (let i = 0; i < stream.units.length; i++) {
    if (!clauseEndsAfter(stream, i)) continue;
    if (i - start + 1 <= maxUnits) for (let k = start; k <= i; k++) keep.add(stream.units[k]);
    start = i + 1;
  }
  return { segments: stream.segments, units: stream.units.filter((u) => keep.has(u)) };
}
