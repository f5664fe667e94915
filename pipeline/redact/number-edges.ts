import { isSeparatorGap } from './digit-runs.ts';
import { findNumberUnits, normalizeForScan } from './number-units.ts';

/**
 * What may stand between a part of a number and the edge of its turn without ending the
 * number: separators, fillers, and a confirmation opening the next chunk (「对，幺二三四」,
 * "yes, one two three four") or a question closing one (「八八零二，对吧？」, "…one one,
 * right?"). Only these words, in any number and order: anything else keeps the edge as it
 * is, so a label (「电话是」) is never set aside.
 */
const EDGE_WORDS =
  /^(?:[\s,，.。!！?？、…⋯\-—]|对的?|是的?|嗯|呃|额|啊|哦|好的?|没错|吧|吗|呢|yes|yeah|yep|right|okay|ok|um|uh|er|and|so|then)*$/i;

/** Characters at the start of a turn searched for its first number unit (a unit's look-ahead is under 30). */
const HEAD_CHARS = 64;

/** Offsets into a turn's text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Whether a turn opens with a number: its first digit unit comes after nothing but
 * separators, fillers and confirmation words (「嗯，幺二三四」, "yes, one two", "5678").
 * Only then can a number of the turn before run on into it.
 */
export function opensWithNumber(text: string): boolean {
  const head = normalizeForScan(text.slice(0, HEAD_CHARS));
  const first = findNumberUnits(head)[0];
  if (!first) return false;
  const gap = head.slice(0, first.start);
  return gap === '' || isSeparatorGap(gap) || EDGE_WORDS.test(gap);
}

/**
 * The stretch of a turn that takes part in a number read over several turns: the whole
 * text, less the confirmation words before its first digit unit (`leading`, for a turn that
 * continues a number) and after its last (`trailing`, for a turn the number goes on from).
 * A turn without digits is kept whole (a label 「我家座机号码是」, a filler 「嗯……」).
 */
export function numberBody(text: string, trim: { leading: boolean; trailing: boolean }): TextRange {
  const units = findNumberUnits(normalizeForScan(text));
  const range: TextRange = { start: 0, end: text.length };
  if (units.length === 0) return range;
  const first = units[0];
  const last = units[units.length - 1];
  if (trim.leading && EDGE_WORDS.test(text.slice(0, first.start))) range.start = first.start;
  if (trim.trailing && EDGE_WORDS.test(text.slice(last.end))) range.end = last.end;
  return range;
}
