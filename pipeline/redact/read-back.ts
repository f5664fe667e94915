import { findNumberUnits, normalizeForScan } from './number-units.ts';
import { isInterjection } from './interjection.ts';

/** Fewest digits a read-back must repeat: fewer ("三个?") is too common to mean anything. */
export const MIN_READ_BACK_DIGITS = 3;

/**
 * The digits of a turn that only reads digits back (「六二二五 八八零二，对吗？」, "one one one
 * one, right?"): its number units, when everything else in it is a short acknowledgement.
 * Null for any other turn, or one with fewer than MIN_READ_BACK_DIGITS digits.
 */
export function readBackDigits(text: string): string | null {
  const units = findNumberUnits(normalizeForScan(text));
  const digits = units.map((u) => u.digits).join('');
  if (digits.length < MIN_READ_BACK_DIGITS || digits.includes('X')) return null;
  let rest = '';
  let at = 0;
  for (const u of units) {
    rest += text.slice(at, u.start) + ' ';
    at = u.end;
  }
  rest += text.slice(at);
  return isInterjection(rest) ? digits : null;
}

/** All the digit units of a turn, in order, as one string (what a read-back may repeat the end of). */
export function spokenDigits(text: string): string {
  return findNumberUnits(normalizeForScan(text))
    .map((u) => u.digits)
    .join('');
}
