import type { Language } from '../types.ts';
import { isCardNumber } from './luhn.ts';
import { isPhoneNumber } from './phone.ts';
import { isResidentId } from './resident-id.ts';

/** What a masked span hid. `secret`: a labelled card security code, PIN or password. */
export type RedactionKind = 'card' | 'id' | 'phone' | 'secret';

/**
 * Fewest digits an unlabelled number needs before it is considered at all. Shorter numbers
 * are verification codes, card last-4 (尾号1234), extensions, amounts and counts.
 */
export const MIN_UNLABELLED_DIGITS = 7;

/**
 * A phone label right before the number (电话, 手机号, 号码是, "phone number is",
 * "call me at"). It lets any 7–12 digit number count as a phone (see phone.ts). "card number"
 * and 卡号码 are not phone labels.
 */
const PHONE_LABEL =
  /(?:电话|手机|座机|联系方式|分机|热线|(?<!卡)号码|phone|(?<!card\s)number|cell|mobile|(?:call|reach|text) me (?:at|on))(?:号码?)?\s*(?:是|为|is|was|'s|at|on)?\s*[:：,，]?\s*$/i;
/**
 * A label that makes a short number a secret: card security code (CVV/CVN/安全码/背面后三位),
 * PIN or password. Verification codes (验证码) are deliberately absent: they are one-time,
 * expired by review time, and QA needs to see whether an agent asked for one.
 */
const SECRET_LABEL =
  /(?:CVV2?|CVC2?|CVN2?|安全码|校验码|背面(?:的)?(?:后)?三位(?:数字|数)?|密码|PIN(?:\s*code)?|password|passcode|security code)\s*(?:是|为|is|was)?\s*[:：,，]?\s*$/i;
/** Digits a labelled secret may have. */
const SECRET_DIGITS = /^\d{3,6}$/;

export interface NumberContext {
  language: Language;
  /** The text before the number (a few dozen characters are enough). */
  before: string;
}

/**
 * The kind of sensitive number `digits` is, or null. Checked in this order: resident ID
 * (18 chars, checksum, birth date), phone, payment card (13–19 digits, Luhn), labelled
 * secret. `digits` is ASCII digits, possibly ending in X.
 */
export function classifyNumber(digits: string, ctx: NumberContext): RedactionKind | null {
  if (digits.length === 18 && isResidentId(digits)) return 'id';
  if (digits.includes('X')) return null;
  if (digits.length >= MIN_UNLABELLED_DIGITS) {
    const labelled = digits.length <= 12 && PHONE_LABEL.test(ctx.before);
    if (isPhoneNumber(digits, { language: ctx.language, labelled })) return 'phone';
    if (isCardNumber(digits)) return 'card';
    return null;
  }
  return SECRET_DIGITS.test(digits) && SECRET_LABEL.test(ctx.before) ? 'secret' : null;
}
