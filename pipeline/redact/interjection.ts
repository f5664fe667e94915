import { findNumberUnits, normalizeForScan } from './number-units.ts';

/** Most Chinese characters an acknowledgement by the other party may have (嗯, 好的, 对对, 请继续). */
export const MAX_INTERJECTION_HAN = 4;
/** Most Latin-script words an acknowledgement may have ("okay", "mm-hm", "go on", "okay got it"). */
export const MAX_INTERJECTION_WORDS = 3;

/**
 * Whether a turn is only a short acknowledgement (嗯, 好的, 对, "okay", "mm-hm", "go on"),
 * which does not interrupt the other speaker's number. A turn with any digit in it is not
 * (see read-back.ts for turns that repeat digits). The ambiguous words "oh", "one" and 一
 * alone do not count as digits here ("Oh, okay").
 */
export function isInterjection(text: string): boolean {
  if (/\p{Nd}/u.test(text)) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g)?.length ?? 0;
  if (han > MAX_INTERJECTION_HAN || words > MAX_INTERJECTION_WORDS) return false;
  return !findNumberUnits(normalizeForScan(text)).some((u) => !u.trimmable);
}
