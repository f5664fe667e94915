import { describe, expect, it } from 'vitest';
import { readingBetween, readingsOf, soundsAlike } from './pinyin.ts';

describe('readingBetween (a polyphone read in the word it sits in)', () => {
  it('reads 行 as hang in 银行 and as xing where no word claims it, though both are among its readings', () => {
    expect(readingsOf('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
    expect(readingBetween('银', '行', '')).toBe('hang');
    expect(readingBetween('我', '行', '王')).toBe('xing');
    expect(readingBetween('', '行', '')).toBe('xing');
    expect(readingBetween('自', '行', '车')).toBe('xing');
  });
});

describe('readingsOf (the readings in use today)', () => {
  it('drops the classical readings nobody says on a phone line: 坏 is huai, not pi or pei (I151), 不 is not fou', () => {
    expect(readingsOf('坏')).toEqual(['huai']);
    expect(readingsOf('不')).not.toContain('fou');
    // A polyphone in use today keeps every reading.
    expect(readingsOf('查')).toEqual(expect.arrayContaining(['cha', 'zha']));
  });
});

describe('soundsAlike (one character heard for another)', () => {
  it('takes the same character or a homophone, not a near sound', () => {
    expect(soundsAlike('我', '我')).toBe(true);
    expect(soundsAlike('我', '卧')).toBe(true);
    expect(soundsAlike('帮', '绑')).toBe(true);
    expect(soundsAlike('帮', '忙')).toBe(false);
    expect(soundsAlike('坏', '屁')).toBe(false);
  });
});
