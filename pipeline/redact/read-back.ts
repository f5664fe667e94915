import { findNumberUnits, normalizeForScan } from './number-units.ts';
import { isInterjection, MAX_INTERJECTION_HAN, MAX_INTERJECTION_WORDS } from './interjection.ts';

/** Fewest digits a read-back must repeat: fewer ("三个?") is too common to mean anything. */
export const MIN_READ_BACK_DIGITS = 3;

/**
 * The digits of a turn that only reads digits back (「六二二五 八八零二，对吗？」, "one one one
 * one, right?"): its number units, when everything else in it is a short acknowledgement.
 * Null for any other turn, or one with fewer than MIN_READ_BACK_DIGITS digits.
 */
export function readBackDigits(text: string): string | null {
  if (!isShortApartFromDigits(text)) return null;
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

const DIGIT_CHARS = /[\d０-９零〇○洞幺一二两三四五六七八九拐勾]/gu;
const HAS_DIGIT = /[\d０-９零〇○洞幺一二两三四五六七八九拐勾]|\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|niner)\b/i;
const EN_NUMBER_WORDS = /\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|niner|double|triple)\b/gi;

/**
 * A cheap first test, without scanning for number units: is the turn short enough, once
 * every digit and digit word is taken out, to be a read-back? Most turns are not.
 */
function isShortApartFromDigits(text: string): boolean {
  if (!HAS_DIGIT.test(text)) return false;
  const rest = text.replace(DIGIT_CHARS, ' ').replace(EN_NUMBER_WORDS, ' ');
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = rest.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g)?.length ?? 0;
  return han <= MAX_INTERJECTION_HAN && words <= MAX_INTERJECTION_WORDS;
}

