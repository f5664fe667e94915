import { describe, expect, it } from 'vitest';
import type { Language } from '../types.ts';
import { redactText, type RedactionKind } from './redact-text.ts';

/** Stars for a count, or for as many characters as a string has. */
const S = (n: number | string) => '*'.repeat(typeof n === 'number' ? n : n.length);

type Case = [name: string, language: Language, input: string, expected: string, kinds: RedactionKind[]];

const digits: Case[] = [
  ['card, plain', 'zh', '我的卡号是6225880123456783，谢谢', `我的卡号是${S(16)}，谢谢`, ['card']],
  ['card, spaced groups', 'zh', '卡号 6225 8801 2345 6783 对吧', `卡号 ${S(19)} 对吧`, ['card']],
  ['card, dashed groups', 'zh', '6225-8801-2345-6783', S(19), ['card']],
  ['card, Visa 16', 'en', 'card number 4532015112830366 expiring soon', `card number ${S(16)} expiring soon`, ['card']],
  ['card, 19 digits', 'zh', '卡号6217000012345678907。', `卡号${S(19)}。`, ['card']],
  ['card, 13 digits', 'en', 'old card 4222222222222 here', `old card ${S(13)} here`, ['card']],
  ['card, Amex 4-6-5', 'en', 'Amex 3782 822463 10005.', `Amex ${S(17)}.`, ['card']],
  ['card, full-width digits', 'zh', '卡号６２２５８８０１２３４５６７８３', `卡号${S(16)}`, ['card']],
  ['id, X', 'zh', '身份证号11010519491231002X', `身份证号${S(18)}`, ['id']],
  ['id, lower-case x', 'zh', '身份证号码是11010519491231002x。', `身份证号码是${S(18)}。`, ['id']],
  ['id, digit check', 'zh', '证件号320106198511253013好的', `证件号${S(18)}好的`, ['id']],
  ['id, leap day', 'zh', '310115200002290013', S(18), ['id']],
  ['id, full-width with X', 'zh', '４４０３０４１９９００３０７１２３Ｘ', S(18), ['id']],
  ['mobile', 'zh', '手机13812345678', `手机${S(11)}`, ['phone']],
  ['mobile, dashes', 'zh', '就是138-1234-5678吧', `就是${S(13)}吧`, ['phone']],
  ['mobile, +86', 'zh', '+86 138 1234 5678', S(17), ['phone']],
  ['mobile, 0086', 'zh', '0086 13812345678', S(16), ['phone']],
  ['landline, Beijing', 'zh', '座机010-62345678', `座机${S(12)}`, ['phone']],
  ['landline, Shenzhen', 'zh', '打0755-87654321找我', `打${S(13)}找我`, ['phone']],
  ['400 number', 'zh', '客服电话400-123-4567', `客服电话${S(12)}`, ['phone']],
  ['US, brackets', 'en', 'call me at (415) 555-0123 tomorrow', `call me at ${S(14)} tomorrow`, ['phone']],
  ['US, dots', 'en', 'it is 415.555.0123', `it is ${S(12)}`, ['phone']],
  ['US, toll-free with 1', 'en', 'dial 1-800-555-0123 now', `dial ${S(14)} now`, ['phone']],
  ['two numbers, one space apart', 'zh', '6225880123456783 13812345678', `${S(16)} ${S(11)}`, ['card', 'phone']],
];

const spokenChinese: Case[] = [
  ['card, per digit', 'zh', '卡号六二二五八八零一二三四五六七八三', `卡号${S(16)}`, ['card']],
  ['card, spaced groups', 'zh', '六二二五 八八零一 二三四五 六七八三', S(19), ['card']],
  ['card, an ellipsis as the pause', 'zh', '卡号六二二五……八八零一 二三四五 六七八三', `卡号${S('六二二五……八八零一 二三四五 六七八三')}`, ['card']],
  ['mobile with 幺', 'zh', '手机幺三八幺二三四五六七八，好的', `手机${S(11)}，好的`, ['phone']],
  ['mobile, comma groups', 'zh', '一三八，一二三四，五六七八。', `${S(13)}。`, ['phone']],
  ['mobile with 两', 'zh', '幺三八两幺两三四五六七', S(11), ['phone']],
  ['landline with 洞', 'zh', '洞幺洞六二三四五六七八', S(11), ['phone']],
  ['400 number', 'zh', '四零零，幺二三，四五六七', S(12), ['phone']],
  ['filler between groups', 'zh', '幺三八，嗯，幺二三四，五六七八', S(15), ['phone']],
  ['一下 after the number', 'zh', '我查一下，您的号码一三八一二三四五六七八一下', `我查一下，您的号码${S(11)}一下`, ['phone']],
  ['real trailing 一 before 吗', 'zh', '号码是幺三八幺二三四五六七一吗', `号码是${S(11)}吗`, ['phone']],
  ['id, spoken with 叉', 'zh', '身份证幺幺零幺零五幺九四九幺二三幺零零二叉', `身份证${S(18)}`, ['id']],
  ['id, spoken with X letter', 'zh', '四四零三零四幺九九零零三零七幺二三X', S(18), ['id']],
];

const fourOneFive = 'four one five, five five five, zero one two three';
const spokenEnglish: Case[] = [
  ['phone, comma groups', 'en', `my number is ${fourOneFive}, thanks`, `my number is ${S(fourOneFive)}, thanks`, ['phone']],
  ['phone, with oh', 'en', 'call four one five five five five oh one two three', `call ${S('four one five five five five oh one two three')}`, ['phone']],
  ['phone, triple seven', 'en', 'four one five triple seven one two three four please', `${S('four one five triple seven one two three four')} please`, ['phone']],
  ['phone, one eight hundred', 'en', 'one eight hundred five five five zero one two three', S('one eight hundred five five five zero one two three'), ['phone']],
  ['phone, tens words', 'en', 'it is four one five, five five five, twelve thirty-four.', `it is ${S('four one five, five five five, twelve thirty-four')}.`, ['phone']],
  [
    'phone, then "one more time"',
    'en',
    'four one five five five five zero one two three one more time',
    `${S('four one five five five five zero one two three')} one more time`,
    ['phone'],
  ],
  [
    'card, groups with double',
    'en',
    'it is four five three two, oh one five one, one two eight three, oh three double six.',
    `it is ${S('four five three two, oh one five one, one two eight three, oh three double six')}.`,
    ['card'],
  ],
  [
    'card, capitalised words',
    'en',
    'My card is Four one one one, one one one one, one one one one, one one one one.',
    `My card is ${S('Four one one one, one one one one, one one one one, one one one one')}.`,
    ['card'],
  ],
  ['labelled local number', 'en', 'call me at five five five zero one two three', `call me at ${S('five five five zero one two three')}`, ['phone']],
];

const mixed: Case[] = [
  ['digits and Chinese words', 'zh', '138 一二三四 5678', S(13), ['phone']],
  ['card, alternating groups', 'zh', '六二二五 8801 二三四五 6783', S(19), ['card']],
  ['card, no spaces', 'zh', '卡号6225八八零一2345六七八三', `卡号${S(16)}`, ['card']],
  ['Chinese mobile in an English call', 'en', 'one three eight 1234 5678', S('one three eight 1234 5678'), ['phone']],
  ['Chinese commas', 'zh', '卡号：6225，8801，2345，6783', `卡号：${S(19)}`, ['card']],
  ['enumeration commas', 'zh', '6225、8801、2345、6783', S(19), ['card']],
];

const labelledSecrets: Case[] = [
  ['CVV', 'zh', '卡背面CVV是123', `卡背面CVV是${S(3)}`, ['secret']],
  ['card back last three, spoken', 'zh', '卡背面后三位是四五六', `卡背面后三位是${S(3)}`, ['secret']],
  ['password, spoken', 'zh', '密码是六六八八九九', `密码是${S(6)}`, ['secret']],
  ['PIN, English words', 'en', 'my PIN is one two three four', `my PIN is ${S('one two three four')}`, ['secret']],
  ['security code', 'en', 'the security code is 987.', `the security code is ${S(3)}.`, ['secret']],
  ['labelled landline without area code', 'zh', '电话88886666', `电话${S(8)}`, ['phone']],
];

/** Must come out unchanged. */
const untouched: [name: string, language: Language, input: string][] = [
  ['Luhn-invalid card', 'zh', '卡号6225880123456784'],
  ['Luhn-invalid card, spoken', 'en', 'six two two five eight eight oh one two three four five six seven eight four'],
  ['Luhn-invalid Visa, grouped', 'en', '4111 1111 1111 1112'],
  ['ID, wrong checksum', 'zh', '身份证110105194912310021'],
  ['ID, wrong X checksum', 'zh', '身份证32010619851125301X'],
  ['ID, month 13', 'zh', '身份证110105194913310021'],
  ['amount in words', 'zh', '本期账单五千元，最低还款两千五百块'],
  ['amount with thousands comma', 'zh', '最低还款2,000块'],
  ['large amount with decimals', 'zh', '交易金额12,345,678.90元'],
  ['amount, spoken compound', 'zh', '一百二十三万四千五百六十七'],
  ['amount 六千二百', 'zh', '六千二百元'],
  ['credit limit', 'zh', '您的额度是50000元'],
  ['installments and percentage', 'zh', '分12期，每期手续费0.6%'],
  ['dates in digits', 'zh', '还款日是11月20日，也就是2026年11月20日'],
  ['ISO date', 'zh', '日期2026-11-20'],
  ['date and time in words', 'zh', '二零二六年十一月二十日下午三点半'],
  ['8-digit date, unlabelled', 'zh', '20261120'],
  ['card last four', 'zh', '尾号1234的卡'],
  ['verification code', 'zh', '验证码是123456'],
  ['bank hotline', 'zh', '请拨打95555'],
  ['一 in ordinary words', 'zh', '我想了解一下，第一次，一个一个来，统一处理'],
  ['US-style 10 digits in a Chinese call', 'zh', '账号4155550123'],
  ['card label does not make a phone', 'zh', '卡号88886666'],
  ['order number, 7 digits', 'en', 'order 1234567 shipped'],
  ['dollar amount', 'en', 'A balance of $1,500 and 12 payments'],
  ['US date and time', 'en', 'Your payment is due on 11/20/2026 at 5 pm'],
  ['ordinary "one"', 'en', 'the one I used last week, one moment please'],
  ['rate', 'en', 'interest rate 18.25% for twelve months'],
  ['spoken amount', 'en', 'five thousand two hundred dollars'],
];

function check([, language, input, expected, kinds]: Case) {
  const result = redactText(input, language);
  expect(result.text).toBe(expected);
  expect(result.spans.map((s) => s.kind)).toEqual(kinds);
  // Offsets point into the original: exactly the masked characters.
  for (const span of result.spans) expect(result.text.slice(span.start, span.end)).toBe(S(span.end - span.start));
  expect(result.text.length).toBe(input.length);
}

describe('redactText', () => {
  it.each(digits)('digits: %s', (...c) => check(c));
  it.each(spokenChinese)('spoken Chinese: %s', (...c) => check(c));
  it.each(spokenEnglish)('spoken English: %s', (...c) => check(c));
  it.each(mixed)('mixed forms and separators: %s', (...c) => check(c));
  it.each(labelledSecrets)('labelled: %s', (...c) => check(c));
  it.each(untouched)('not masked: %s', (_name, language, input) => {
    expect(redactText(input, language)).toEqual({ text: input, spans: [] });
  });

  it('reports spans as offsets into the original text', () => {
    expect(redactText('我的卡号是6225880123456783，手机13812345678', 'zh').spans).toEqual([
      { start: 5, end: 21, kind: 'card' },
      { start: 24, end: 35, kind: 'phone' },
    ]);
  });

  it('includes the leading + and ( of a phone number, not of a card', () => {
    expect(redactText('(6225880123456783)', 'en').text).toBe(`(${S(16)})`);
    expect(redactText('+86 13812345678', 'zh').spans).toEqual([{ start: 0, end: 15, kind: 'phone' }]);
  });

  const all = [...digits, ...spokenChinese, ...spokenEnglish, ...mixed, ...labelledSecrets];
  it.each(all)('is idempotent: %s', (_name, language, input) => {
    const once = redactText(input, language);
    expect(redactText(once.text, language)).toEqual({ text: once.text, spans: [] });
  });
});
