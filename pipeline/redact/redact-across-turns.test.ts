import { describe, expect, it } from 'vitest';
import type { Language, RedactedSpan, Speaker, Transcript, TranscriptSegment, WordTiming } from '../types.ts';
import { redactTranscript } from './redact-transcript.ts';
import { silenceRedactedSpans } from './silence-audio.ts';

/** Stars for a count, or for as many characters as a string has. */
const S = (n: number | string) => '*'.repeat(typeof n === 'number' ? n : n.length);

type Turn = [speaker: Speaker, startS: number, endS: number, text: string, words?: WordTiming[]];

function transcript(turns: Turn[], language: Language = 'zh'): Transcript {
  const segments: TranscriptSegment[] = turns.map(([speaker, start, end, text, words]) => ({
    speaker,
    start,
    end,
    text,
    ...(words ? { words } : {}),
  }));
  return { callId: 'c-0001', language, segments };
}

const texts = (t: Transcript) => t.segments.map((s) => s.text);
const span = (speaker: Speaker, start: number, end: number, kind: string): RedactedSpan => ({ speaker, start, end, kind });

// Cards used below (all Luhn-valid): 6225 8802 1234 5673 (16), 6225 8802 1234 5678 901 (19),
// 4111 1111 1111 1111, 4532 0151 1283 0366. Resident ID 11010519491231002X.

describe('redactTranscript: a number read over several turns of one speaker is masked in every turn', () => {
  it('zh, spoken card, two turns in a row', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '我的卡号是六二二五 八八零二'],
        ['customer', 3.5, 6, '幺二三四 五六七三'],
      ]),
    );
    expect(texts(out)).toEqual([`我的卡号是${S(9)}`, S(9)]);
    // Part one: 5 of 13 weighted characters precede it in a 3 s turn → 1.1538 s, floored.
    expect(out.redactions).toEqual([span('customer', 1.153, 3, 'card'), span('customer', 3.5, 6, 'card')]);
  });

  it('zh, spoken card, with the agent\'s 「嗯」 in between; the closing 「。」 and opening 「嗯，」 stay', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '我的卡号是六二二五 八八零二。'],
        ['agent', 3.1, 3.4, '嗯'],
        ['customer', 4, 6, '嗯，幺二三四 五六七三。'],
      ]),
    );
    expect(texts(out)).toEqual([`我的卡号是${S(9)}。`, '嗯', `嗯，${S(9)}。`]);
    // Part two: 嗯 weighs 1 of 9 in a 2 s turn → starts at 4.222 s.
    expect(out.redactions).toEqual([span('customer', 1.153, 3, 'card'), span('customer', 4.222, 6, 'card')]);
  });

  it('zh, written digits, three turns with 「好的」 and 「对」 in between (19-digit card)', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '卡号6225 8802'],
        ['agent', 3, 3.3, '好的'],
        ['customer', 3.5, 5, '1234 5678'],
        ['agent', 5, 5.2, '对'],
        ['customer', 5.5, 6, '901。'],
      ]),
    );
    expect(texts(out)).toEqual([`卡号${S(9)}`, '好的', S(9), '对', `${S(3)}。`]);
    expect(out.redactions).toEqual([
      span('customer', 0.6, 3, 'card'),
      span('customer', 3.5, 5, 'card'),
      span('customer', 5.5, 6, 'card'),
    ]);
  });

  it('zh, three turns of one speaker, the middle one only a filler', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 2, '卡号六二二五 八八零二'],
        ['customer', 2.5, 3, '嗯……'],
        ['customer', 3.5, 5, '幺二三四 五六七三'],
      ]),
    );
    expect(texts(out)).toEqual([`卡号${S(9)}`, '嗯……', S(9)]);
    expect(out.redactions).toEqual([span('customer', 0.4, 2, 'card'), span('customer', 3.5, 5, 'card')]);
  });

  it('zh, a confirmation closing one chunk and opening the next (「，对吧」 … 「对，」) stays', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 2, '卡号是六二二五 八八零二，对吧'],
        ['agent', 2.2, 2.5, '对'],
        ['customer', 3, 5, '对，幺二三四 五六七三'],
      ]),
    );
    expect(texts(out)).toEqual([`卡号是${S(9)}，对吧`, '对', `对，${S(9)}`]);
    expect(out.redactions!.map((r) => r.kind)).toEqual(['card', 'card']);
  });

  it('en, "okay?" closing one chunk and "yes," opening the next stay', () => {
    const out = redactTranscript(
      transcript(
        [
          ['customer', 0, 3, 'my card number is four one one one, one one one one, okay?'],
          ['agent', 3.1, 3.4, 'yes'],
          ['customer', 4, 6, 'yes, one one one one, one one one one.'],
        ],
        'en',
      ),
    );
    expect(texts(out)).toEqual([
      `my card number is ${S('four one one one, one one one one')}, okay?`,
      'yes',
      `yes, ${S('one one one one, one one one one')}.`,
    ]);
    expect(out.redactions!.map((r) => r.kind)).toEqual(['card', 'card']);
  });

  it('zh, the agent reading each chunk back: the read-backs are masked too, on the agent\'s side', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 2, '我的卡号是六二二五 八八零二'],
        ['agent', 2.2, 3.5, '六二二五 八八零二，对吗？'],
        ['customer', 4, 5.5, '对，幺二三四 五六七三'],
        ['agent', 6, 7.5, '幺二三四 五六七三，好的'],
      ]),
    );
    expect(texts(out)).toEqual([`我的卡号是${S(9)}`, `${S(9)}，对吗？`, `对，${S(9)}`, `${S(9)}，好的`]);
    expect(out.redactions!.map((r) => `${r.speaker}:${r.kind}`)).toEqual(['customer:card', 'agent:card', 'customer:card', 'agent:card']);
    // The agent's first read-back: 8 of 10 weighted characters, from its start.
    expect(out.redactions![1]).toEqual(span('agent', 2.2, 3.24, 'card'));
  });

  it('en, the agent reading the last chunk back', () => {
    const out = redactTranscript(
      transcript(
        [
          ['customer', 0, 3, 'four one one one, one one one one'],
          ['agent', 3.1, 3.4, 'okay'],
          ['customer', 4, 6, 'one one one one, one one one one'],
          ['agent', 6.2, 8, 'one one one one, one one one one, right?'],
        ],
        'en',
      ),
    );
    expect(texts(out)[3]).toBe(`${S('one one one one, one one one one')}, right?`);
    expect(out.redactions!.filter((r) => r.speaker === 'agent')).toHaveLength(1);
  });

  it('zh, mixed digits and spoken words across two turns', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 2, '卡号是6225 8802'],
        ['agent', 2.2, 2.5, '嗯'],
        ['customer', 3, 5, '幺二三四 五六七三'],
      ]),
    );
    expect(texts(out)).toEqual([`卡号是${S(9)}`, '嗯', S(9)]);
    expect(out.redactions!.map((r) => r.kind)).toEqual(['card', 'card']);
  });

  it('en, spoken card, two turns with "okay" in between', () => {
    const out = redactTranscript(
      transcript(
        [
          ['customer', 0, 3, 'my card is four one one one, one one one one'],
          ['agent', 3.1, 3.5, 'Okay.'],
          ['customer', 4, 6, 'one one one one, one one one one'],
        ],
        'en',
      ),
    );
    expect(texts(out)).toEqual([`my card is ${S('four one one one, one one one one')}`, 'Okay.', S('one one one one, one one one one')]);
    // Part one: 8 letters (2.4) of 9.9 weighted before it → 0.727 s.
    expect(out.redactions).toEqual([span('customer', 0.727, 3, 'card'), span('customer', 4, 6, 'card')]);
  });

  it('en, digits and words mixed, three turns with "mm-hm" and "go on"', () => {
    const out = redactTranscript(
      transcript(
        [
          ['customer', 0, 3, 'my card number is 4532 0151'],
          ['agent', 3, 3.3, 'mm-hm'],
          ['customer', 3.5, 5, 'one two eight three'],
          ['agent', 5, 5.2, 'go on'],
          ['customer', 5.5, 7, 'zero three six six.'],
        ],
        'en',
      ),
    );
    expect(texts(out)).toEqual([`my card number is ${S(9)}`, 'mm-hm', S(19), 'go on', `${S(18)}.`]);
    expect(out.redactions).toEqual([
      span('customer', 1.032, 3, 'card'),
      span('customer', 3.5, 5, 'card'),
      span('customer', 5.5, 7, 'card'),
    ]);
  });

  it('zh, a mobile number over two turns needs no phone word', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '你记一下，幺三八'],
        ['agent', 3, 3.3, '嗯'],
        ['customer', 3.5, 5, '幺二三四，五六七八'],
      ]),
    );
    expect(texts(out)).toEqual([`你记一下，${S(3)}`, '嗯', S(9)]);
    expect(out.redactions).toEqual([span('customer', 1.714, 3, 'phone'), span('customer', 3.5, 5, 'phone')]);
  });

  it('zh, the agent reading a mobile number back over two turns, the customer\'s 「对」 between', () => {
    const out = redactTranscript(
      transcript([
        ['agent', 0, 2, '跟您核对一下，幺三八'],
        ['customer', 2, 2.3, '对'],
        ['agent', 2.5, 4, '幺二三四 五六七八，对吗'],
      ]),
    );
    expect(texts(out)).toEqual([`跟您核对一下，${S(3)}`, '对', `${S(9)}，对吗`]);
    expect(out.redactions!.map((r) => `${r.speaker}:${r.kind}`)).toEqual(['agent:phone', 'agent:phone']);
  });

  it('zh, a resident ID over three turns, check letter 叉 in the last', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '身份证号是一一零一零五'],
        ['agent', 3, 3.3, '嗯嗯'],
        ['customer', 3.5, 5, '一九四九一二三一'],
        ['agent', 5, 5.2, '好'],
        ['customer', 5.5, 7, '零零二叉'],
      ]),
    );
    expect(texts(out)).toEqual([`身份证号是${S(6)}`, '嗯嗯', S(8), '好', S(4)]);
    expect(out.redactions).toEqual([
      span('customer', 1.363, 3, 'id'),
      span('customer', 3.5, 5, 'id'),
      span('customer', 5.5, 7, 'id'),
    ]);
  });

  it('zh, a phone label ending one turn makes the next turn\'s local number a phone', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '我家座机号码是'],
        ['agent', 3, 3.3, '嗯'],
        ['customer', 3.5, 5, '八八六六 一二三四'],
      ]),
    );
    expect(texts(out)).toEqual(['我家座机号码是', '嗯', S(9)]);
    expect(out.redactions).toEqual([span('customer', 3.5, 5, 'phone')]);
  });

  it('en, a US number over two turns after the agent asked for a phone number', () => {
    const out = redactTranscript(
      transcript(
        [
          ['agent', 0, 3, 'What is the best phone number to reach you?'],
          ['customer', 3.5, 5, 'four one five, five five five'],
          ['agent', 5, 5.3, 'uh-huh'],
          ['customer', 5.5, 7, 'zero one two three.'],
        ],
        'en',
      ),
    );
    expect(texts(out).slice(1)).toEqual([S(29), 'uh-huh', `${S(18)}.`]);
    expect(out.redactions).toEqual([span('customer', 3.5, 5, 'phone'), span('customer', 5.5, 7, 'phone')]);
  });

  it('en, a phone word two turns back still counts as the cue', () => {
    const out = redactTranscript(
      transcript(
        [
          ['customer', 0, 1, 'my phone number'],
          ['customer', 1.5, 3, 'is four one five'],
          ['agent', 3, 3.2, 'okay'],
          ['customer', 3.5, 5, 'five five five zero one two three'],
        ],
        'en',
      ),
    );
    expect(texts(out)).toEqual(['my phone number', `is ${S('four one five')}`, 'okay', S(33)]);
    expect(out.redactions!.map((r) => r.kind)).toEqual(['phone', 'phone']);
  });

  it('zh, a labelled card security code split over two turns', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '安全码是七'],
        ['agent', 3, 3.3, '嗯'],
        ['customer', 3.5, 5, '八九'],
      ]),
    );
    expect(texts(out)).toEqual([`安全码是${S(1)}`, '嗯', S(2)]);
    expect(out.redactions).toEqual([span('customer', 2.4, 3, 'secret'), span('customer', 3.5, 5, 'secret')]);
  });
});

describe('redactTranscript: language × form × turns × acknowledgement', () => {
  // [name, language, the speaker's turns as [text before the number, the part of the number
  // it holds], acknowledgement between turns or ''].
  type Row = [name: string, language: Language, parts: [before: string, part: string][], ack: string];
  const rows: Row[] = [
    ['zh digits, 2 turns', 'zh', [['卡号', '6225 8802'], ['', '1234 5673']], ''],
    ['zh digits, 2 turns, 嗯', 'zh', [['卡号', '6225 8802'], ['', '1234 5673']], '嗯'],
    ['zh words, 3 turns', 'zh', [['卡号是', '六二二五 八八零二'], ['', '幺二三四'], ['', '五六七三']], ''],
    ['zh words, 3 turns, 好的', 'zh', [['卡号是', '六二二五 八八零二'], ['', '幺二三四'], ['', '五六七三']], '好的'],
    ['zh mixed, 3 turns, 对', 'zh', [['卡号是', '6225'], ['嗯，', '八八零二 幺二三四'], ['', '5673']], '对'],
    ['en digits, 2 turns', 'en', [['card number ', '4111 1111'], ['', '1111 1111']], ''],
    ['en digits, 2 turns, okay', 'en', [['card number ', '4111 1111'], ['', '1111 1111']], 'okay'],
    ['en words, 3 turns', 'en', [['it is ', 'four one one one'], ['', 'one one one one, one one one one'], ['', 'one one one one']], ''],
    ['en words, 3 turns, go on', 'en', [['it is ', 'four one one one'], ['', 'one one one one, one one one one'], ['', 'one one one one']], 'go on'],
    ['en mixed, 2 turns, mm-hm', 'en', [['my card is ', '4532 0151 one two eight three'], ['uh, ', 'zero three six six']], 'mm-hm'],
  ];

  it.each(rows)('%s: every part masked, a span in each turn', (_name, language, parts, ack) => {
    const turns: Turn[] = [];
    let t = 0;
    parts.forEach(([before, part], k) => {
      if (k > 0 && ack) {
        turns.push(['agent', t, t + 0.3, ack]);
        t += 0.5;
      }
      turns.push(['customer', t, t + 2, before + part + '.']);
      t += 2.5;
    });
    const out = redactTranscript(transcript(turns, language));
    expect(texts(out).filter((_, i) => turns[i][0] === 'customer')).toEqual(parts.map(([before, part]) => `${before}${S(part)}.`));
    const customerTurns = turns.filter((turn) => turn[0] === 'customer');
    expect(out.redactions).toHaveLength(parts.length);
    out.redactions!.forEach((r, k) => {
      expect(r.kind).toBe('card');
      expect(r.start).toBeGreaterThanOrEqual(customerTurns[k][1]);
      expect(r.end).toBe(customerTurns[k][2]);
    });
  });
});

describe('redactTranscript: numbers over several turns that must stay', () => {
  const unmasked: [name: string, language: Language, turns: Turn[]][] = [
    [
      'an order number, then an amount',
      'en',
      [
        ['customer', 0, 2, 'my order number is 1234'],
        ['customer', 2.5, 5, 'and the amount is 5678 yuan'],
      ],
    ],
    [
      'two numbers that do not validate together (14 digits, Luhn-invalid)',
      'zh',
      [
        ['customer', 0, 2, '订单号1234567'],
        ['customer', 2.5, 4, '8901234'],
      ],
    ],
    [
      'card last-4, then a verification code',
      'zh',
      [
        ['customer', 0, 2, '尾号是1234'],
        ['agent', 2, 2.3, '嗯'],
        ['customer', 2.5, 4, '123456'],
      ],
    ],
    [
      'a verification code over two turns (under 7 digits, no secret label)',
      'zh',
      [
        ['customer', 0, 2, '验证码是123'],
        ['customer', 2.5, 4, '456'],
      ],
    ],
    [
      'a US-looking 10 digits over two turns with no phone word (conservative across turns)',
      'en',
      [
        ['customer', 0, 2, 'the reference is four one five'],
        ['customer', 2.5, 4, 'five five five zero one two three'],
      ],
    ],
    [
      'an 11-digit landline-looking number over two turns with no phone word',
      'zh',
      [
        ['customer', 0, 2, '合同编号零二一'],
        ['customer', 2.5, 4, '六二三四五六七八'],
      ],
    ],
    [
      'a card read in two halves more than 10 s apart',
      'zh',
      [
        ['customer', 0, 3, '我的卡号是六二二五 八八零二'],
        ['agent', 3.2, 3.5, '嗯'],
        ['customer', 13.5, 15, '幺二三四 五六七三'],
      ],
    ],
    [
      'the halves of a card spoken by different speakers',
      'zh',
      [
        ['customer', 0, 3, '卡号6225 8802'],
        ['agent', 3.5, 5, '1234 5673'],
      ],
    ],
    [
      'amounts and dates at the turn boundary',
      'zh',
      [
        ['customer', 0, 2, '上个月还了2,000块'],
        ['customer', 2.5, 4, '2026-11-20那天还的'],
      ],
    ],
  ];

  it.each(unmasked)('%s', (_name, language, turns) => {
    const input = transcript(turns, language);
    const out = redactTranscript(input);
    expect(texts(out)).toEqual(texts(input));
    expect(out.redactions).toEqual([]);
  });

  it('a labelled number opening the next turn is a new number, not the rest of the last', () => {
    // Joined, 6225 8802 1234 5673 would pass Luhn, but 「会员号是」 is not a confirmation word.
    const out = redactTranscript(
      transcript([
        ['customer', 0, 2, '订单号6225 8802'],
        ['customer', 2.5, 4, '会员号是1234 5673'],
      ]),
    );
    expect(out.redactions).toEqual([]);
  });

  it('a read-back of other digits ends the run', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 2, '订单号6225 8802'],
        ['agent', 2, 3, '8803对吗'],
        ['customer', 3.5, 5, '1234 5673'],
      ]),
    );
    expect(out.redactions).toEqual([]);
  });

  it('a read-back of a card\'s last 4 stays, and so does one of a number that is not masked', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '卡号6225880212345673'],
        ['agent', 3.2, 4, '尾号5673对吧'],
        ['customer', 5, 6, '验证码是123'],
        ['agent', 6.2, 7, '123对吗'],
        ['customer', 7.5, 8, '456'],
      ]),
    );
    expect(texts(out)).toEqual([`卡号${S(16)}`, '尾号5673对吧', '验证码是123', '123对吗', '456']);
  });

  it('an agent turn that is more than an acknowledgement ends the run', () => {
    // Joined, 6225 8802 1234 5673 would pass Luhn; but the agent's question comes between
    // them, so the second is a new number (a member number), not the rest of the first.
    const out = redactTranscript(
      transcript([
        ['customer', 0, 2, '订单号6225 8802'],
        ['agent', 2, 3, '请问您的会员号是多少'],
        ['customer', 3.5, 5, '1234 5673'],
      ]),
    );
    expect(out.redactions).toEqual([]);
  });
});

describe('redactTranscript: times of numbers over several turns from word timings', () => {
  const perChar = (text: string, startS: number, stepS: number): WordTiming[] =>
    text.split('').map((ch, k) => ({ text: ch, start: startS + stepS * k, end: startS + stepS * k + 0.15 }));

  it('takes each part\'s first and last masked word and masks the words', () => {
    const words1 = [{ text: '卡号', start: 0, end: 0.5 }, { text: '是', start: 0.5, end: 0.7 }, ...perChar('六二二五八八零二', 1, 0.2)];
    const words2 = perChar('幺二三四五六七三', 3.6, 0.2);
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '卡号是六二二五八八零二', words1],
        ['agent', 3, 3.3, '嗯'],
        ['customer', 3.5, 5.5, '幺二三四五六七三', words2],
      ]),
    );
    // Part one: digits 1.0 … 2.4 + 0.15; part two 3.6 … 5.0 + 0.15.
    expect(out.redactions).toEqual([span('customer', 1, 2.55, 'card'), span('customer', 3.6, 5.15, 'card')]);
    expect(out.segments[0].words!.map((w) => w.text)).toEqual(['卡号', '是', ...Array(8).fill('*')]);
    expect(out.segments[2].words!.map((w) => w.text)).toEqual(Array(8).fill('*'));
    expect(out.segments[0].words!.map((w) => w.start)).toEqual(words1.map((w) => w.start));
  });

  it('lines words up with the text ignoring punctuation the words lack', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '卡号是：6225 8802，', [
          { text: '卡号是', start: 0, end: 0.8 },
          { text: '6225', start: 1, end: 1.6 },
          { text: '8802', start: 1.8, end: 2.4 },
        ]],
        ['customer', 3.5, 6, '1234 5673。', [
          { text: '1234', start: 4, end: 4.6 },
          { text: '5673', start: 4.8, end: 5.4 },
        ]],
      ]),
    );
    expect(texts(out)).toEqual([`卡号是：${S(9)}，`, `${S(9)}。`]);
    expect(out.segments.map((s) => s.words!.map((w) => w.text))).toEqual([['卡号是', '*', '*'], ['*', '*']]);
    expect(out.redactions).toEqual([span('customer', 1, 2.4, 'card'), span('customer', 4, 5.4, 'card')]);
  });

  it('masks digit words that cannot be lined up with the text, within the interpolated time', () => {
    // The words carry digits where the text has Chinese digit words: no alignment, so the
    // span is interpolated (0.6–3 s) and widened to the digit words found in that time.
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '卡号六二二五八八零二', [
          { text: '卡号', start: 0, end: 0.5 },
          { text: '6225', start: 0.6, end: 1.5 },
          { text: '8802', start: 1.6, end: 2.9 },
        ]],
        ['customer', 4, 6, '幺二三四五六七三', [
          { text: '1234', start: 4, end: 5 },
          { text: '5673', start: 5, end: 6 },
        ]],
      ]),
    );
    expect(texts(out)).toEqual([`卡号${S(8)}`, S(8)]);
    expect(out.segments.map((s) => s.words!.map((w) => w.text))).toEqual([['卡号', '*', '*'], ['*', '*']]);
    expect(out.redactions).toEqual([span('customer', 0.6, 3, 'card'), span('customer', 4, 6, 'card')]);
  });

  it('is idempotent and leaves its input alone', () => {
    const input = transcript([
      ['customer', 0, 3, '卡号是六二二五八八零二', perChar('卡号是六二二五八八零二', 0, 0.25)],
      ['agent', 3, 3.3, '嗯'],
      ['customer', 3.5, 5.5, '幺二三四五六七三', perChar('幺二三四五六七三', 3.6, 0.2)],
    ]);
    const before = structuredClone(input);
    const once = redactTranscript(input);
    expect(input).toEqual(before);
    expect(once.redactions).toHaveLength(2);
    expect(redactTranscript(once)).toEqual(once);
  });
});

describe('served audio: every part of a number over several turns is silenced', () => {
  it('zeroes both parts on the customer channel and leaves the pause between them', () => {
    const out = redactTranscript(
      transcript([
        ['customer', 0, 3, '我的卡号是六二二五 八八零二'],
        ['agent', 3.1, 3.4, '嗯'],
        ['customer', 4, 6, '幺二三四 五六七三'],
      ]),
    );
    const rateHz = 1000;
    const customer = new Float32Array(7 * rateHz).fill(0.5);
    const silenced = silenceRedactedSpans(customer, rateHz, out.redactions!, 'customer');
    const at = (s: number) => silenced[Math.round(s * rateHz)];
    // Spans 1.153–3 s and 4–6 s, padded 0.25 s each side.
    for (const s of [1.0, 1.5, 2.9, 3.2, 3.8, 4.5, 5.9, 6.2]) expect(at(s)).toBe(0);
    for (const s of [0.5, 3.5, 6.5]) expect(at(s)).toBe(0.5);
  });
});
