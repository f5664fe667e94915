import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';

describe('splitClauses', () => {
  it('splits a turn into one clause per act, with offsets into the turn', () => {
    const text = '好的，还有其他问题吗，感谢您的来电，再见';
    const clauses = splitClauses(text);
    expect(clauses.map((c) => c.text)).toEqual(['好的', '还有其他问题吗', '感谢您的来电', '再见']);
    for (const c of clauses) expect(text.slice(c.from, c.to)).toBe(c.text);
    expect(splitClauses('Thanks for calling, goodbye').map((c) => c.text)).toEqual(['Thanks for calling', 'goodbye']);
  });

  it('joins a lone "please" / "sir" / 先生 to the clause before it (G2: "One sec" alone is too short to judge)', () => {
    const text = 'um, One sec, please';
    const clauses = splitClauses(text);
    expect(clauses.map((c) => c.text)).toEqual(['um', 'One sec, please']);
    expect(text.slice(clauses[1].from, clauses[1].to)).toBe('One sec, please');
    expect(splitClauses('稍等一下，先生').map((c) => c.text)).toEqual(['稍等一下，先生']);
    // A tag with nothing before it stays a clause of its own.
    expect(splitClauses('Please, hold on').map((c) => c.text)).toEqual(['Please', 'hold on']);
  });
});

describe('splitClauses: stance openers (H3)', () => {
  it('joins an opener said before a comma to the clause after it', () => {
    expect(splitClauses('Honestly, that one is easy').map((c) => c.text)).toEqual(['Honestly, that one is easy']);
    expect(splitClauses('说实话，这个很快就好').map((c) => c.text)).toEqual(['说实话，这个很快就好']);
    // Alone, or not an opener, it stays as it was.
    expect(splitClauses('Honestly').map((c) => c.text)).toEqual(['Honestly']);
    expect(splitClauses('Great, thanks for waiting').map((c) => c.text)).toEqual(['Great', 'thanks for waiting']);
  });
});

describe('splitClauses: a clause opening with "but" (H6)', () => {
  it('joins it to the clause before, so the first half is not judged alone', () => {
    const text = "It's not my area, but I'll find the right person";
    const clauses = splitClauses(text);
    expect(clauses.map((c) => c.text)).toEqual([text]);
    expect(splitClauses('我不能保证，但会尽力').map((c) => c.text)).toEqual(['我不能保证，但会尽力']);
    expect(splitClauses('这个我办不了，不过我帮您转接').map((c) => c.text)).toEqual(['这个我办不了，不过我帮您转接']);
    // "butter" is no "but"; a "but" first in the turn has nothing to join.
    expect(splitClauses('Sorry, butter is not on the menu').map((c) => c.text)).toEqual(['Sorry', 'butter is not on the menu']);
    expect(splitClauses('But, okay').map((c) => c.text)).toEqual(['But', 'okay']);
  });
});
