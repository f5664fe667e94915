import { describe, expect, it } from 'vitest';
import type { Language } from '../types.ts';
import { isCardNumber, isLuhnValid } from './luhn.ts';
import { isPhoneNumber } from './phone.ts';
import { isResidentId, residentIdCheckChar } from './resident-id.ts';

describe('isCardNumber (13–19 digits, Luhn)', () => {
  it.each([
    ['6225880123456783', true],
    ['4532015112830366', true],
    ['4111111111111111', true],
    ['4222222222222', true],
    ['378282246310005', true],
    ['6217000012345678907', true],
    ['6225880123456784', false], // last digit off by one
    ['4111111111111112', false],
    ['422222222222', false], // Luhn-valid but 12 digits
    ['62170000123456789070', false], // 20 digits
    ['4111-1111-1111-1111', false], // separators are the caller's job
  ])('%s → %s', (digits, expected) => {
    expect(isCardNumber(digits)).toBe(expected);
  });

  it('rejects non-digits in the Luhn check', () => {
    expect(isLuhnValid('0')).toBe(true);
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('7992739871x')).toBe(false);
  });
});

describe('isResidentId (GB 11643 checksum, plausible birth date)', () => {
  const now = new Date('2026-11-20T00:00:00Z');
  it.each([
    ['11010519491231002X', true],
    ['44030419900307123X', true],
    ['320106198511253013', true],
    ['310115200002290013', true], // 2000-02-29 exists
    ['110105194912310021', false], // checksum should be X
    ['32010619851125301X', false], // checksum should be 3
    ['11010519491231002x', false], // the redactor upper-cases X before calling
    ['110105194913310021', false], // month 13
    ['011010519491231002', false], // region code cannot start with 0
    ['1101051949123100', false], // too short
  ])('%s → %s', (id, expected) => {
    expect(isResidentId(id, now)).toBe(expected);
  });

  it('rejects 29 February in a non-leap year and birth dates after today, even with the right checksum', () => {
    const feb29 = '31011519990229001';
    expect(isResidentId(feb29 + residentIdCheckChar(feb29), now)).toBe(false);
    const future = '31011520270101001';
    const id = future + residentIdCheckChar(future);
    expect(isResidentId(id, now)).toBe(false);
    expect(isResidentId(id, new Date('2028-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('isPhoneNumber', () => {
  it.each<[string, Language, boolean, boolean]>([
    ['13812345678', 'zh', false, true],
    ['19912345678', 'zh', false, true],
    ['12812345678', 'zh', false, false], // 12x is not a mobile prefix
    ['8613812345678', 'zh', false, true],
    ['008613812345678', 'zh', false, true],
    ['01062345678', 'zh', false, true],
    ['075587654321', 'zh', false, true],
    ['03711234567', 'zh', false, true],
    ['861062345678', 'zh', false, true],
    ['4001234567', 'zh', false, true],
    ['8001234567', 'zh', false, true],
    ['4155550123', 'zh', false, false], // US form only in English calls
    ['4155550123', 'en', false, true],
    ['14155550123', 'en', false, true],
    ['1155550123', 'en', false, false], // area code cannot start with 1
    ['4151550123', 'en', false, false], // exchange cannot start with 1
    ['88886666', 'zh', false, false],
    ['88886666', 'zh', true, true],
    ['5550123', 'en', true, true],
    ['555012', 'en', true, false],
    ['1234567890123', 'zh', true, false],
  ])('%s (%s, labelled %s) → %s', (digits, language, labelled, expected) => {
    expect(isPhoneNumber(digits, { language, labelled })).toBe(expected);
  });
});
