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
 * Rule (English): a spoken word matches the roster surname when it is the same word, when
 * both have the same Soundex code and are at most two letters apart (Smyth/Smith, Lee/Li), or
 * when a name of five letters or more is one letter off (Tavis/Davis: an ASR slip — different
 * surnames a single letter apart, like Davies/Davis, sound alike anyway).
 */
import { levenshtein } from './cost.ts';
import { surnameReadingOf } from './pinyin.ts';
import { soundex } from './soundex.ts';
import type { Unit } from './units.ts';

/**
 * Sentence particles and question words are never a name, whatever they sound like: 「需要帮忙的吗」 is no
 * 「的马」, 「有什么事」 no 「马事」 (H7 round: 吗 and 么 read ma and were taken for 马).
 */
const NEVER_A_SURNAME = new Set(['吗', '嘛', '么', '呢', '吧', '啊', '呀', '哦', '哈', '嘞', '啦', '咯', '的', '了', '什']);

export function surnameUnitMatches(roster: Unit, spoken: Unit): boolean {
  if (roster.key === spoken.key) return true;
  if (spoken.kind === 'han' && NEVER_A_SURNAME.has(spoken.key)) return false;
  if (roster.kind === 'han' && spoken.kind === 'han') return spoken.readings.includes(surnameReadingOf(roster.key));
  if (roster.kind === 'word' && spoken.kind === 'word') {
    const d = levenshtein(roster.key, spoken.key);
    return (soundex(roster.key) === soundex(spoken.key) && d <= 2) || (roster.key.length >= 5 && d <= 1);
  }
  return false;
}

export { soundex };
