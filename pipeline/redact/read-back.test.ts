import { describe, expect, it } from 'vitest';
import { readBackDigits, spokenDigits } from './read-back.ts';

describe('readBackDigits', () => {
  it.each([
    ['六二二五 八八零二，对吗？', '62258802'],
    ['8802', '8802'],
    ['尾号5673对吧', '5673'],
    ['one one one one, right?', '1111'],
    ['嗯，幺二三', '123'],
  ])('a read-back: %s → %s', (text, digits) => expect(readBackDigits(text)).toBe(digits));

  it.each([
    '12', // too few digits to mean anything
    '是三个吗',
    '请问是6225 8802这张卡吗', // more than an acknowledgement around the digits
    '好的',
    '11010519491231002X', // the ID letter: not a read-back of a chunk
  ])('not a read-back: %s', (text) => expect(readBackDigits(text)).toBeNull());
});

describe('spokenDigits', () => {
  it('joins every digit unit of a turn, written or spoken', () => {
    expect(spokenDigits('卡号是6225 八八零二，还款2,000块')).toBe('62258802');
    expect(spokenDigits('okay')).toBe('');
  });
});
