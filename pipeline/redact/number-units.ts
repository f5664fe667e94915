/**
 * Finds the single "digit units" a spoken or written number is made of: digit strings
 * ("6225"), Chinese digit words (六, 幺, 两, 洞), English digit words ("four", "oh",
 * "double five", "thirty-four", "eight hundred") and the resident-ID check letter X.
 *
 * A unit is NOT emitted where the word is part of a quantity rather than a digit string:
 * followed by a magnitude or measure (六千, 五块, 一下, 两个, 2,000块, "five dollars"),
 * preceded by an ordinal or compound marker (第一, 统一, 二十一), or written as a date,
 * a thousands-grouped amount or a decimal (2026-11-20, 1,500, 3.5). An unemitted word
 * sits in the gap between its neighbours and so breaks any digit run through it.
 */

export interface NumberUnit {
  /** The digits this unit stands for (`X` for the resident-ID check letter). */
  digits: string;
  /** Offsets in the scanned text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  source: 'digits' | 'zh' | 'en' | 'x';
  /**
   * May be an ordinary word rather than a digit (一, 两, "one", "oh"), or the X letter:
   * such units may be dropped from the edges of a candidate that does not classify whole.
   */
  trimmable: boolean;
}

const ZH_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', '○': '0', 洞: '0', 幺: '1', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4',
  五: '5', 六: '6', 七: '7', 拐: '7', 八: '8', 九: '9', 勾: '9',
};
/** Digit words that are everyday words too (一下, 两个, 洞口, 拐弯, 勾选). */
const ZH_AMBIGUOUS = new Set(['一', '两', '洞', '拐', '勾']);
/** Any Chinese digit directly before one of these is part of an amount (六千, 五块), not a digit. */
const ZH_MAGNITUDES = new Set('十百千万亿元块圆角毛'.split(''));
/**
 * An everyday-word digit (一, 两 …) directly before one of these is a word or a count
 * (一下, 一个, 两次, 一点, 一起, 零钱), not a digit. Kept to the ambiguous words so that a
 * real digit string is never cut short by the word that happens to follow it.
 */
const ZH_WORD_FOLLOWERS = new Set(
  '个下次遍点些样起般直定共切边会天年月日号位张家种份笔条通句声分秒周期岁倍成折层楼半旦再致向律度道阵口把时刻辈手方人名款项件本台部类趟回钱食售弯选'.split(''),
);
/** A Chinese digit directly after one of these is an ordinal or part of a word/compound number. */
const ZH_PRECEDERS = new Set('第十百千万亿统唯之其专同'.split(''));

const EN_DIGITS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9', niner: '9',
};
const EN_AMBIGUOUS = new Set(['one', 'oh', 'o']);
const EN_TEENS: Record<string, string> = {
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
  sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
};
const EN_TENS: Record<string, string> = {
  twenty: '2', thirty: '3', forty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9',
};
const EN_REPEAT: Record<string, number> = { double: 2, triple: 3 };
const EN_DIGIT_WORD = 'zero|oh|o|one|two|three|four|five|six|seven|eight|nine|niner';

/** Text right after a short number that makes it a quantity (amount, count, date part, time, percentage). */
const QUANTITY_AFTER = new RegExp(
  String.raw`^\s?(?:[元块圆角毛万千百亿%％年月日号期个次岁倍折天周点时分秒]|(?:dollars?|bucks|cents?|percent|yuan|rmb|usd|installments?|payments?|months?|days?|weeks?|years?|times|hours?|minutes?|seconds?|am|pm|a\.m\.|p\.m\.|o'clock|thousand|million|billion|k)\b)`,
  'i',
);
/**
 * Text right after a long (7+ digit) written number that makes it an amount. Counts and
 * times never run to 7 digits, and a card number followed by 分期 must stay a card number.
 */
const AMOUNT_AFTER = /^\s?(?:[元块圆万亿%％]|美元|港币|(?:dollars?|bucks|percent|yuan|rmb|usd)\b)/i;
/** Digits in a written number from which only amount suffixes (not counts) disqualify it. */
const LONG_NUMBER_DIGITS = 7;

/** Text right before a written number that makes it an amount or an ordinal. */
const QUANTITY_BEFORE = /(?:[$¥￥€£]|第|HK\$|US\$|RMB|USD)\s?$/i;

/**
 * One scanner over the text. Alternatives are tried in order at each position, so dates,
 * thousands-grouped amounts and decimals are consumed (and skipped) before bare digits.
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<skip>(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)\d{1,2}[-/]\d{1,2}[-/]\d{2,4}(?!\d)|(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|[,.]\d)|(?<![\d.])\d+\.\d+(?!\d|\.\d))`,
    String.raw`(?<digits>\d+)`,
    String.raw`(?<word>[A-Za-z]+(?:'[A-Za-z]+)?)`,
    String.raw`(?<zh>[零〇○洞幺一二两三四五六七八九拐勾叉])`,
  ].join('|'),
  'g',
);

/** Full-width digits, X and plus become ASCII; every replacement keeps the string length. */
export function normalizeForScan(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[Ｘｘ]/g, 'X')
    .replace(/＋/g, '+');
}

function isQuantityAfter(text: string, end: number, pattern: RegExp = QUANTITY_AFTER): boolean {
  return pattern.test(text.slice(end, end + 12));
}

/** Scans `text` (already normalised) for digit units, in order. */
export function findNumberUnits(text: string): NumberUnit[] {
  const units: NumberUnit[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    if (g.skip) continue;
    if (g.digits) {
      const end = start + g.digits.length;
      if (QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      const after = g.digits.length >= LONG_NUMBER_DIGITS ? AMOUNT_AFTER : QUANTITY_AFTER;
      if (isQuantityAfter(text, end, after)) continue;
      units.push({ digits: g.digits, start, end, source: 'digits', trimmable: false });
      continue;
    }
    if (g.zh) {
      const end = start + 1;
      if (g.zh === '叉') {
        units.push({ digits: 'X', start, end, source: 'x', trimmable: true });
        continue;
      }
      const next = text[end] ?? '';
      const ambiguous = ZH_AMBIGUOUS.has(g.zh);
      if (ZH_PRECEDERS.has(text[start - 1] ?? '') || ZH_MAGNITUDES.has(next)) continue;
      if (ambiguous && ZH_WORD_FOLLOWERS.has(next)) continue;
      units.push({ digits: ZH_DIGITS[g.zh], start, end, source: 'zh', trimmable: ambiguous });
      continue;
    }
    const unit = englishUnit(text, g.word!, start);
    if (!unit) continue;
    TOKEN.lastIndex = unit.end;
    if (unit.source !== 'x' && isQuantityAfter(text, unit.end)) continue;
    units.push(unit);
  }
  return units;
}

/** An English number word at `start`, possibly absorbing the next word ("double five", "thirty four"). */
function englishUnit(text: string, word: string, start: number): NumberUnit | null {
  const lower = word.toLowerCase();
  let end = start + word.length;
  if (lower === 'x') return { digits: 'X', start, end, source: 'x', trimmable: true };
  const rest = () => text.slice(end, end + 24);

  if (lower in EN_DIGITS) {
    let digits = EN_DIGITS[lower];
    // "eight hundred" in "one eight hundred five five five…" is 800; zero/oh never take it.
    const hundred = /^[\s-]+hundred\b/i.exec(rest());
    if (hundred && digits !== '0') {
      digits += '00';
      end += hundred[0].length;
    }
    return { digits, start, end, source: 'en', trimmable: !hundred && EN_AMBIGUOUS.has(lower) };
  }
  if (lower in EN_TEENS) return { digits: EN_TEENS[lower], start, end, source: 'en', trimmable: false };
  if (lower in EN_TENS) {
    const ones = new RegExp(String.raw`^(?:\s+|-)(one|two|three|four|five|six|seven|eight|nine)\b`, 'i').exec(rest());
    if (ones) {
      end += ones[0].length;
      return { digits: EN_TENS[lower] + EN_DIGITS[ones[1].toLowerCase()], start, end, source: 'en', trimmable: false };
    }
    return { digits: EN_TENS[lower] + '0', start, end, source: 'en', trimmable: false };
  }
  if (lower in EN_REPEAT) {
    const next = new RegExp(String.raw`^\s+(${EN_DIGIT_WORD})\b`, 'i').exec(rest());
    if (!next) return null;
    end += next[0].length;
    const digit = EN_DIGITS[next[1].toLowerCase()];
    return { digits: digit.repeat(EN_REPEAT[lower]), start, end, source: 'en', trimmable: false };
  }
  return null;
}
