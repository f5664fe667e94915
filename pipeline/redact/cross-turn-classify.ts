import type { Language } from '../types.ts';
import { classifyNumber, MIN_UNLABELLED_DIGITS } from './classify.ts';
import { isCardNumber } from './luhn.ts';
import { isPhoneNumber } from './phone.ts';
import type { NumberClassifier } from './redact-text.ts';
import { isResidentId } from './resident-id.ts';

/**
 * A phone word anywhere near the number (not only right before it, as in classify.ts):
 * across turns the label is often a few words back or in the other party's question.
 * 卡号码, 证件号码 and 单号码 name other numbers; a bare "number" is too common to count.
 */
const PHONE_CUE = /电话|手机|座机|联系方式|分机|热线|(?<![卡证单])号码|phone|cell|mobile|(?:call|reach|text) me\b/i;
/** A Chinese mobile number, the one phone form precise enough to join across turns without a cue. */
const CN_MOBILE = /^(?:0086|86)?1[3-9]\d{9}$/;
/** Characters before a number searched for a phone cue, in UTF-16 code units. */
const CUE_WINDOW = 40;

/** Turns of one speaker joined into one text (see redact-across-turns.ts). */
export interface JoinedTurns {
  /** The joined text, normalised for scanning (normalizeForScan). */
  scan: string;
  /** Offset in `scan` where each turn's text starts, ascending. */
  partStarts: number[];
  /** The other party's question before the first turn (TurnChain.prompt). */
  prompt: string;
  language: Language;
}

/** Index of the turn holding offset `at` of the joined text (binary search: chains can be long). */
export function partAt(partStarts: readonly number[], at: number): number {
  let lo = 0;
  let hi = partStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (partStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Decides which digit strings of joined turns are sensitive. Only what the turns could not
 * show on their own is taken (each turn has already been redacted by itself):
 *
 * - a number running across turns when its joined digits are a resident ID (checksum), a
 *   card (Luhn, 13–19 digits), a labelled secret, or a phone number — conservatively: a
 *   Chinese mobile (1[3-9] + 9 digits), or any phone form only with a phone word nearby
 *   (before it in these turns, or in the other party's question);
 * - a number inside one turn whose phone or secret label ends the speaker's previous turn
 *   (「我的手机号是」… 「八八六六一二三四」).
 *
 * Two unrelated numbers at the end of one turn and the start of the next are masked only
 * when their joined digits happen to validate as above.
 */
export function crossTurnClassifier(joined: JoinedTurns): NumberClassifier {
  const { scan, partStarts, prompt, language } = joined;
  return (digits, ctx) => {
    const firstPart = partAt(partStarts, ctx.start);
    if (firstPart === partAt(partStarts, ctx.end - 1)) {
      // Inside one turn: only a label from an earlier turn adds anything, and only when the
      // label window reaches back into it (most candidates stop here, cheaply).
      if (ctx.start - ctx.before.length >= partStarts[firstPart]) return null;
      const kind = classifyNumber(digits, ctx);
      if (kind !== 'phone' && kind !== 'secret') return null;
      const ownBefore = scan.slice(Math.max(partStarts[firstPart], ctx.start - ctx.before.length), ctx.start);
      return classifyNumber(digits, { language, before: ownBefore }) === null ? kind : null;
    }
    if (digits.length === 18 && isResidentId(digits)) return 'id';
    if (digits.includes('X')) return null;
    if (digits.length < MIN_UNLABELLED_DIGITS) return classifyNumber(digits, ctx) === 'secret' ? 'secret' : null;
    const near = scan.slice(Math.max(0, ctx.start - CUE_WINDOW), ctx.start);
    const cue = PHONE_CUE.test(near) || (firstPart === 0 && PHONE_CUE.test(prompt));
    const phone = cue ? isPhoneNumber(digits, { language, labelled: digits.length <= 12 }) : CN_MOBILE.test(digits);
    if (phone) return 'phone';
    return isCardNumber(digits) ? 'card' : null;
  };
}
