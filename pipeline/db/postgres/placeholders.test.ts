import { describe, expect, it } from 'vitest';
import { toNumberedPlaceholders } from './placeholders.ts';

describe('toNumberedPlaceholders', () => {
  it('numbers every ? in order', () => {
    expect(toNumberedPlaceholders('INSERT INTO t (a, b) VALUES (?, ?), (?, ?)')).toBe('INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)');
    expect(toNumberedPlaceholders('SELECT 1')).toBe('SELECT 1');
  });

  it('leaves ? alone inside strings, with doubled quotes', () => {
    expect(toNumberedPlaceholders("SELECT '?', 'it''s ?', ? FROM t")).toBe("SELECT '?', 'it''s ?', $1 FROM t");
  });

  it('leaves ? alone inside E-strings with backslash escapes', () => {
    expect(toNumberedPlaceholders("SELECT E'a\\'?', ?")).toBe("SELECT E'a\\'?', $1");
    // A name ending in e before a string is not an E-string: the backslash ends nothing.
    expect(toNumberedPlaceholders("SELECT type'\\', ?")).toBe("SELECT type'\\', $1");
  });

  it('leaves ? alone inside quoted identifiers, comments and dollar quotes', () => {
    expect(toNumberedPlaceholders('SELECT "a?""b" FROM t WHERE x = ?')).toBe('SELECT "a?""b" FROM t WHERE x = $1');
    expect(toNumberedPlaceholders('SELECT ? -- why?\n, ?')).toBe('SELECT $1 -- why?\n, $2');
    expect(toNumberedPlaceholders('SELECT /* a /* nested ? */ still ? */ ?')).toBe('SELECT /* a /* nested ? */ still ? */ $1');
    expect(toNumberedPlaceholders('SELECT $$ ? $$, $tag$ $$ ? $tag$, ?')).toBe('SELECT $$ ? $$, $tag$ $$ ? $tag$, $1');
  });

  it('returns the same translation for the same text again (cached)', () => {
    const text = 'SELECT ? AS cached';
    expect(toNumberedPlaceholders(text)).toBe('SELECT $1 AS cached');
    expect(toNumberedPlaceholders(text)).toBe('SELECT $1 AS cached');
  });
});
