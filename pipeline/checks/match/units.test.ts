/**
 * toUnits scans by hand (for speed) what this pattern matches; the pattern stays here as the
 * reference, and both must cut every text alike — Han (also outside the BMP), every decimal digit,
 * Latin words with accents and apostrophes, lone surrogates, punctuation, and the percent sign, the word "percent".
 */
import { describe, expect, it } from 'vitest';
import { countUnitKinds, dropFillers, toUnits, unitKeys } from './units.ts';

const REFERENCE = /(\p{Script=Han})|(\p{Nd})|([A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*)|([%％])/gu;

function byPattern(text: string) {
  return [...text.matchAll(REFERENCE)].map((m) => ({
    key: m[1] ?? m[2] ?? m[3]?.toLowerCase().replace(/['’]/g, '') ?? 'percent',
    kind: m[1] ? 'han' : m[2] ? 'digit' : 'word',
    from: m.index,
    to: m.index + m[0].length,
  }));
}

function byScan(text: string) {
  return toUnits(text).map(({ key, kind, from, to }) => ({ key, kind, from, to }));
}

/** Characters that meet at the edges of each alternative. */
const POOL = [
  '您', '好', '行', '〇', '𠀀', '𪚥', '1', '9', '１', '٣', '𝟘', 'a', 'Z', 'é', 'À', '×', 'ɏ', 'ɐ', 'ß', "'", '’', ' ', '，', '.', '-',
  'д', 'ひ', '😀', '\ud800', '\udc00', 'n', 't', '%', '％',
];

/** A small deterministic generator (xorshift), so a failure can be replayed. */
function randomTexts(count: number, seed: number): string[] {
  let x = seed;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => POOL[Math.floor(next() * POOL.length)]).join(''));
}

describe('toUnits cuts text as the unit pattern does', () => {
  it('on written examples', () => {
    for (const text of ["您好，招商银行 don't l'été rock’n’roll x'", 'CMB 95555 转 1', "it's’ ''a", '𠀀行٣ ×é', 'merchant’s']) {
      expect(byScan(text)).toEqual(byPattern(text));
    }
    expect(byScan("don't")).toEqual([{ key: 'dont', kind: 'word', from: 0, to: 5 }]);
    // "100%" is said "a hundred percent": the sign is the word, quoted from where it was written.
    expect(byScan('100%').map((u) => u.key)).toEqual(['1', '0', '0', 'percent']);
    expect(byScan('0.6％')).toContainEqual({ key: 'percent', kind: 'word', from: 3, to: 4 });
  });

  it('on 5,000 random texts from characters at the edges of each rule', () => {
    for (const text of randomTexts(5000, 0x5eed)) expect(byScan(text), JSON.stringify(text)).toEqual(byPattern(text));
  });

  it('and counts each kind as many times as it cuts it', () => {
    for (const text of randomTexts(2000, 0xc0de)) {
      const units = byPattern(text);
      const count = (kind: string) => units.filter((u) => u.kind === kind).length;
      expect(countUnitKinds(text), JSON.stringify(text)).toEqual({ han: count('han'), digit: count('digit'), word: count('word') });
    }
  });
});

describe('dropFillers', () => {
  const kept = (text: string) => dropFillers(toUnits(text), [['so'], ['um']]).map((u) => u.key).join(' ');
  it('drops a filler, but keeps "so" in the goodbye "so long" (I29), not in a length of time or a condition', () => {
    expect(kept('so um thanks for calling')).toBe('thanks for calling');
    expect(kept('thanks for ringing so long')).toBe('thanks for ringing so long');
    expect(kept('sorry you waited so long')).toBe('sorry you waited long');
    expect(kept('sorry it took so long')).toBe('sorry it took long');
    expect(kept('so long as you pay')).toBe('long as you pay');
    expect(unitKeys('so long')).toEqual(['so', 'long']);
  });

  it('keeps a contraction whose key is a filler: "we\'ll" (keyed "well") is no "well" (I41)', () => {
    const drop = (text: string) => dropFillers(toUnits(text), [['well']]).map((u) => u.key).join(' ');
    expect(drop("well, we'll cover the bill")).toBe('well cover the bill');
    expect(drop('well, we will cover the bill')).toBe('we will cover the bill');
  });
});
