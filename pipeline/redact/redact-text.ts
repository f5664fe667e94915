import type { Language } from '../types.ts';
import { classifyNumber, type NumberContext, type RedactionKind } from './classify.ts';
import { findDigitRuns, type DigitRun } from './digit-runs.ts';
import { findNumberUnits, normalizeForScan } from './number-units.ts';

export type { RedactionKind } from './classify.ts';

/** Every masked character becomes this one, so the text keeps its length and offsets. */
export const MASK_CHAR = '*';

/** A masked stretch of text: offsets in UTF-16 code units of the original string, end exclusive. */
export interface TextRedaction {
  start: number;
  end: number;
  kind: RedactionKind;
}

export interface RedactedText {
  text: string;
  spans: TextRedaction[];
}

/** Units an edge trim may drop from either end of a candidate (一 in 一下, "one moment", "Oh, …"). */
const MAX_EDGE_TRIM = 2;
/**
 * Longest digit string any kind can have (19, a card) plus what edge trims may remove;
 * longer group ranges are not tried (keeps a hallucinated "one, one, one…" cheap).
 */
const MAX_CANDIDATE_DIGITS = 19 + 2 * MAX_EDGE_TRIM;
/** Characters of context before a number that labels may be matched in. */
export const LABEL_WINDOW = 24;
/** Safety stop for the fixpoint loop; each pass only masks, so two passes normally suffice. */
const MAX_PASSES = 4;

/**
 * Names the kind of a candidate digit string, or null to leave it. `start`/`end` are the
 * candidate's offsets in the scanned text (UTF-16 code units, end exclusive), so a caller
 * scanning joined turns can tell which turns a candidate spans.
 */
export type NumberClassifier = (digits: string, ctx: NumberContext & { start: number; end: number }) => RedactionKind | null;

/** The single-text rules (classify.ts); offsets do not matter to them. */
const classifyInText: NumberClassifier = (digits, ctx) => classifyNumber(digits, ctx);

interface Candidate {
  first: number;
  last: number;
  kind: RedactionKind;
  trims: number;
}

/**
 * Masks payment card numbers, resident ID numbers, phone numbers and labelled secrets in
 * `text`, whether written in digits, spoken Chinese or English number words, or a mix.
 * Each masked character becomes `*` (same length, so offsets, word alignment and evidence
 * positions stay valid). Runs to a fixpoint, so `redactText(redactText(t).text)` masks
 * nothing more.
 */
export function redactText(text: string, language: Language, classify: NumberClassifier = classifyInText): RedactedText {
  let current = text;
  const spans: TextRedaction[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const found = findRedactions(current, language, classify);
    if (found.length === 0) break;
    current = maskSpans(current, found);
    spans.push(...found);
  }
  spans.sort((a, b) => a.start - b.start);
  return { text: current, spans };
}

/** Replaces every character inside the spans with MASK_CHAR. */
export function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  const chars = text.split('');
  for (const span of spans) for (let i = span.start; i < span.end; i++) chars[i] = MASK_CHAR;
  return chars.join('');
}

/** One pass: the sensitive numbers in `text`, without overlaps. */
export function findRedactions(text: string, language: Language, classify: NumberClassifier = classifyInText): TextRedaction[] {
  const scan = normalizeForScan(text);
  const units = findNumberUnits(scan);
  const spans: TextRedaction[] = [];
  for (const run of findDigitRuns(scan, units)) {
    for (const c of selectCandidates(findCandidates(scan, run, language, classify))) {
      const start = widenPhoneStart(scan, run.units[c.first].start, c.kind);
      spans.push({ start, end: run.units[c.last].end, kind: c.kind });
    }
  }
  return spans;
}

/**
 * Every classifiable stretch of a run: any contiguous range of whole groups, with up to
 * MAX_EDGE_TRIM trimmable units (ambiguous words, the X letter) dropped at either edge.
 */
function findCandidates(scan: string, run: DigitRun, language: Language, classify: NumberClassifier): Candidate[] {
  const { units, groupStarts } = run;
  const groupEnds = groupStarts.map((s, i) => (i + 1 < groupStarts.length ? groupStarts[i + 1] : units.length) - 1);
  const found: Candidate[] = [];
  for (let gi = 0; gi < groupStarts.length; gi++) {
    let rangeDigits = 0;
    for (let gj = gi; gj < groupStarts.length; gj++) {
      for (let u = groupStarts[gj]; u <= groupEnds[gj]; u++) rangeDigits += units[u].digits.length;
      if (rangeDigits > MAX_CANDIDATE_DIGITS) break;
      for (let left = 0; left <= MAX_EDGE_TRIM; left++) {
        for (let right = 0; right <= MAX_EDGE_TRIM; right++) {
          const first = groupStarts[gi] + left;
          const last = groupEnds[gj] - right;
          if (first > last) continue;
          if (!allTrimmable(units, groupStarts[gi], first) || !allTrimmable(units, last + 1, groupEnds[gj] + 1)) continue;
          const digits = units.slice(first, last + 1).map((u) => u.digits).join('');
          const before = scan.slice(Math.max(0, units[first].start - LABEL_WINDOW), units[first].start);
          const kind = classify(digits, { language, before, start: units[first].start, end: units[last].end });
          if (kind) found.push({ first, last, kind, trims: left + right });
        }
      }
    }
  }
  return found;
}

function allTrimmable(units: DigitRun['units'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!units[i].trimmable) return false;
  return true;
}

/** Longest first, then fewest trims, then leftmost; keeps those that do not overlap. */
function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.trims - b.trims || a.first - b.first,
  );
  const chosen: Candidate[] = [];
  for (const c of ordered) {
    if (chosen.some((o) => c.first <= o.last && o.first <= c.last)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.first - b.first);
}

/** A phone's leading "+", "plus " or "(" belongs to the number ("+86 138…", "(415) 555…"). */
function widenPhoneStart(scan: string, start: number, kind: RedactionKind): number {
  if (kind !== 'phone') return start;
  const prefix = /(?:\+|plus\s+|[(（])\s*$/i.exec(scan.slice(Math.max(0, start - 8), start));
  return prefix ? start - prefix[0].length : start;
}
