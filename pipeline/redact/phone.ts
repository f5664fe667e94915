import type { Language } from '../types.ts';

/** Chinese mobile: 1[3-9] + 9 digits, optionally after the country code 86 / 0086. */
const CN_MOBILE = /^(?:0086|86)?1[3-9]\d{9}$/;
/** Chinese landline with area code: 0 + 2–3 digit area code + 7–8 digit number (10–12 digits). */
const CN_LANDLINE = /^0[1-9]\d{8,10}$/;
/** Landline after the country code, where the trunk 0 of the area code is dropped. */
const CN_LANDLINE_INTL = /^(?:0086|86)[1-9]\d{8,10}$/;
/** Nationwide service numbers 400-xxx-xxxx and 800-xxx-xxxx. */
const CN_SERVICE = /^[48]00\d{7}$/;
/** North American numbers: optional 1, area code and exchange not starting with 0/1. */
const NANP = /^1?[2-9]\d{2}[2-9]\d{6}$/;
/**
 * Any 7–12 digits directly after a phone label: local numbers without area code, and
 * numbers where speech recognition dropped or added a digit (幺三八幺二三四五六七八九).
 */
const LABELLED = /^\d{7,12}$/;

export interface PhoneContext {
  language: Language;
  /** The number directly follows a phone label (电话, 手机号, "phone number is", "call me at"…). */
  labelled: boolean;
}

/**
 * Whether a digit string is a phone number. US-style 10/11-digit forms count only in
 * English calls (in a Chinese call a bare 10-digit number is more likely an account or
 * reference number). Other 7–12 digit strings count only when labelled: unlabelled, a
 * local number is indistinguishable from a date (20261120) or a reference number.
 */
export function isPhoneNumber(digits: string, ctx: PhoneContext): boolean {
  if (CN_MOBILE.test(digits) || CN_LANDLINE.test(digits) || CN_SERVICE.test(digits)) return true;
  if (CN_LANDLINE_INTL.test(digits)) return true;
  if (ctx.language === 'en' && NANP.test(digits)) return true;
  return ctx.labelled && LABELLED.test(digits);
}
