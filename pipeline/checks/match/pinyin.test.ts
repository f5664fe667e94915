import { describe, expect, it } from 'vitest';
import { readingBetween, readingsOf } from './pinyin.ts';

describe('readingBetween (a polyphone read in the word it sits in)', () => {
  it('reads 行 as hang in 银行 and as xing where no word claims it, though both are among its readings', () => {
    expect(readingsOf('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
    expect(readingBetween('银', '行', '')).toBe('hang');
    expect(readingBetween('我', '行', '王')).toBe('xing');
    expect(readingBetween('', '行', '')).toBe('xing');
    expect(readingBetween('自', '行', '车')).toBe('xing');
  });
});
