/**
 * Clause boundaries in what was said: a judgment about a phrase (an exception that excuses it, a
 * negation that governs it) holds inside one clause only — 「不知道，您…」 is not 「不知道您…」.
 */
import { FILLER_RUN } from './discourse.ts';
import type { SpokenStream } from './stream.ts';

/** Punctuation that ends a clause in a transcript (full-width and ASCII). */
export const CLAUSE_BREAK = /[，。？！；,.?!;]/;

/** ASR writes a comma after a filler (「不用，嗯，自己去查」, "look uh, it up"): that comma is no clause break. */
const FILLER_COMMA = new RegExp(`(?:^|[\\s，,]+)${FILLER_RUN}[，,]\\s*`, 'giu');

/** The text with each filler and the comma ASR put after it replaced by a space. */
export function withoutFillers(text: string): string {
  return text.replace(FILLER_COMMA, ' ');
}

/** A filler (a whole word: not the "so" of "also") and the comma ASR wrote after it; a clause break before the filler is kept. */
const FILLER_AND_ITS_COMMA = new RegExp(`\\s*(?<![A-Za-z'’])${FILLER_RUN}[，,]\\s*`, 'giu');

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
