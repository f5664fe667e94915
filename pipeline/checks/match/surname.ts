/**
 * Strict comparison of the surname an agent said with the roster surname.
 *
 * The greeting as a whole is matched fuzzily, but the surname slot is not: one wrong
 * character in a 20-character greeting is ASR noise, while 「我姓李」 from an agent whose
 * roster surname is 王 is the agent using someone else's name — a fail.
 *
 * Rule (Mandarin): a spoken character matches the roster surname character when it is the same
 * character or has the roster character's surname reading as one of its readings (tones
 * ignored). So homophones match: 章 for 张 (both zhang), 汪 for 王 (both wang). That is on
 * purpose — ASR cannot tell them apart from sound, and neither can a listener; the roster
 * knows which one is meant. A surname that sounds different fails, including near-sounds
 * such as 程 (cheng) for 陈 (chen), 黄 (huang) for 王 (wang).
 *
 * Rule (English): a spoken word matches the roster surname when it is the same word, or when
 * both have the same Soundex code and are at most two letters apart (Smyth/Smith, Lee/Li).
 */
import { levenshtein } from './cost.ts';
import { surnameReadingOf } from './pinyin.ts';
import type { Unit } from './units.ts';

export function surnameUnitMatches(roster: Unit, spoken: Unit): boolean {
  if (roster.key === spoken.key) return true;
  if (roster.kind === 'han' && spoken.kind === 'han') return spoken.readings.includes(surnameReadingOf(roster.key));
  if (roster.kind === 'word' && spoken.kind === 'word') {
    return soundex(roster.key) === soundex(spoken.key) && levenshtein(roster.key, spoken.key) <= 2;
  }
  return false;
}

/** Classic American Soundex: first letter + three digits. */
export function soundex(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return '';
  const code = (c: string) =>
    'bfpv'.includes(c) ? '1' : 'cgjkqsxz'.includes(c) ? '2' : 'dt'.includes(c) ? '3' : c === 'l' ? '4' : 'mn'.includes(c) ? '5' : c === 'r' ? '6' : '';
  let out = w[0].toUpperCase();
  let last = code(w[0]);
  for (const c of w.slice(1)) {
    const d = code(c);
    if (d && d !== last) out += d;
    // h and w do not separate equal codes; vowels do.
    if (c !== 'h' && c !== 'w') last = d;
    if (out.length === 4) break;
  }
  return out.padEnd(4, '0');
}
