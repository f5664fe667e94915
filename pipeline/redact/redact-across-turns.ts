import type { Language, TranscriptSegment } from '../types.ts';
import { crossTurnClassifier, partAt } from './cross-turn-classify.ts';
import { numberBody } from './number-edges.ts';
import { findNumberUnits, normalizeForScan, type NumberUnit } from './number-units.ts';
import { redactText, type TextRedaction } from './redact-text.ts';
import { findTurnChains, splitWhereNoNumberContinues, type TurnChain } from './turn-chains.ts';

/**
 * Put between the texts of joined turns. A separator (digit-runs.ts), so a number may run
 * on into the next turn; not whitespace, so a turn boundary always splits groups ("four one
 * one one" | "one one one one" stay two groups, like a pause). After a label it still reads
 * as the label's colon (「手机号是，」).
 */
export const TURN_JOIN = '，';

/** A masked stretch of one segment's text: offsets into that segment's text, end exclusive. */
export interface SegmentRedaction extends TextRedaction {
  /** Index into the transcript's segments. */
  segment: number;
}

/**
 * Numbers spoken over several turns of one speaker (see turn-chains.ts for which turns
 * join and cross-turn-classify.ts for what is masked): for each, the stretch it covers in
 * every turn it spans. Run it on texts already redacted turn by turn, so what is already
 * masked (`*`) breaks a run and is not found again.
 *
 * Each part is trimmed to its digits on the side facing the turn boundary, so a turn's
 * closing 「。」 or opening "嗯，" is not masked.
 */
export function findCrossTurnRedactions(segments: readonly TranscriptSegment[], language: Language): SegmentRedaction[] {
  const found: SegmentRedaction[] = [];
  const pieces: TurnChain[] = findTurnChains(segments).flatMap((chain) => splitWhereNoNumberContinues(chain, segments));
  for (const chain of pieces) {
    // Each turn takes part less the confirmation words at the edges facing its neighbours
    // (「对，」 opening a chunk, 「，对吧？」 closing one), which would otherwise end the run.
    const last = chain.segments.length - 1;
    const bodies = chain.segments.map((index, k) => numberBody(segments[index].text, { leading: k > 0, trailing: k < last }));
    let text = '';
    const partStarts: number[] = [];
    chain.segments.forEach((index, k) => {
      if (k > 0) text += TURN_JOIN;
      partStarts.push(text.length);
      text += segments[index].text.slice(bodies[k].start, bodies[k].end);
    });
    const scan = normalizeForScan(text);
    const classify = crossTurnClassifier({ scan, partStarts, prompt: chain.prompt, language });
    const units = findNumberUnits(scan);
    for (const span of redactText(text, language, classify).spans) {
      const firstPart = partAt(partStarts, span.start);
      const lastPart = partAt(partStarts, span.end - 1);
      found.push(...maskReadBacks(segments, chain, chain.segments.slice(firstPart, lastPart + 1), digitsWithin(units, span), span.kind));
      for (let part = firstPart; part <= lastPart; part++) {
        const partStart = partStarts[part];
        const partEnd = partStart + bodies[part].end - bodies[part].start;
        const piece = trimToUnits(
          units,
          Math.max(span.start, partStart),
          Math.min(span.end, partEnd),
          { start: part > firstPart, end: part < lastPart },
        );
        if (piece) {
          const offset = bodies[part].start - partStart;
          found.push({ segment: chain.segments[part], start: piece.start + offset, end: piece.end + offset, kind: span.kind });
        }
      }
    }
  }
  return found;
}

/**
 * Narrows [start, end) to the first and last digit unit inside it, on the sides asked for
 * (the other sides keep a phone's "+" or "(" that the span was widened to). Null when no
 * unit lies inside: a turn the number only passes through (「嗯」 on its own).
 */
function trimToUnits(
  units: readonly NumberUnit[],
  start: number,
  end: number,
  trim: { start: boolean; end: boolean },
): { start: number; end: number } | null {
  // Units are in text order: binary-search the first one starting at or after `start`.
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const inside: NumberUnit[] = [];
  for (let i = lo; i < units.length && units[i].end <= end; i++) inside.push(units[i]);
  if (inside.length === 0) return null;
  return { start: trim.start ? inside[0].start : start, end: trim.end ? inside[inside.length - 1].end : end };
}

/** The digits of the units inside a span of the joined text. */
function digitsWithin(units: readonly NumberUnit[], span: TextRedaction): string {
  return units
    .filter((u) => u.start >= span.start && u.end <= span.end)
    .map((u) => u.digits)
    .join('');
}

/**
 * The other party's read-backs (TurnChain.readBacks) of a masked number: those following
 * one of its turns whose digits are part of it, masked from their first digit to their last.
 */
function maskReadBacks(
  segments: readonly TranscriptSegment[],
  chain: TurnChain,
  numberTurns: readonly number[],
  numberDigits: string,
  kind: TextRedaction['kind'],
): SegmentRedaction[] {
  const masked: SegmentRedaction[] = [];
  for (const readBack of chain.readBacks) {
    if (!numberTurns.includes(readBack.after)) continue;
    const units = findNumberUnits(normalizeForScan(segments[readBack.segment].text));
    if (units.length === 0 || !numberDigits.includes(units.map((u) => u.digits).join(''))) continue;
    masked.push({ segment: readBack.segment, start: units[0].start, end: units[units.length - 1].end, kind });
  }
  return masked;
}
