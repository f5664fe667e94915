import { describe, expect, it } from 'vitest';
import type { Transcript, TranscriptSegment } from '../types.ts';
import { redactTranscript } from './redact-transcript.ts';

const S = (n: number) => '*'.repeat(n);

function transcript(segments: TranscriptSegment[], language: 'zh' | 'en' = 'zh'): Transcript {
  return { callId: 'c-0001', language, segments };
}

describe('redactTranscript: time spans without word timings (interpolated)', () => {
  it('shares a Chinese segment duration out per character', () => {
    // 17 characters, one syllable each; the number is characters 6–16 of a 10–14 s segment.
    const t = transcript([{ speaker: 'customer', start: 10, end: 14, text: '我的手机号是幺三八幺二三四五六七八' }]);
    const out = redactTranscript(t);
    expect(out.segments[0].text).toBe(`我的手机号是${S(11)}`);
    // 10 + 4 × 6/17 = 11.41176… rounded outwards to the ms.
    expect(out.redactions).toEqual([{ speaker: 'customer', start: 11.411, end: 14, kind: 'phone' }]);
  });

  it('weights Latin letters at 0.3 and spaces at 0', () => {
    // 10 letters (3.0) before the number, 38 letters (11.4) in it: starts at 3/14.4 of 7.2 s.
    const text = 'my number is four one five five five five zero one two three';
    const out = redactTranscript(transcript([{ speaker: 'agent', start: 0, end: 7.2, text }], 'en'));
    expect(out.segments[0].text).toBe(`my number is ${S(text.length - 13)}`);
    expect(out.redactions).toEqual([{ speaker: 'agent', start: 1.5, end: 7.2, kind: 'phone' }]);
  });
});

describe('redactTranscript: time spans from word timings', () => {
  it('takes the first and last masked word (Chinese, one word per character)', () => {
    const digits = '幺三八幺二三四五六七八'.split('');
    const words = [
      { text: '号码', start: 0, end: 0.5 },
      { text: '是', start: 0.5, end: 0.7 },
      ...digits.map((d, i) => ({ text: d, start: 1 + 0.3 * i, end: 1.25 + 0.3 * i })),
    ];
    const out = redactTranscript(transcript([{ speaker: 'customer', start: 0, end: 5, text: '号码是幺三八幺二三四五六七八', words }]));
    expect(out.redactions).toEqual([{ speaker: 'customer', start: 1, end: 4.25, kind: 'phone' }]);
    expect(out.segments[0].words!.map((w) => w.text)).toEqual(['号码', '是', ...digits.map(() => '*')]);
    // Timings are kept.
    expect(out.segments[0].words!.map((w) => w.start)).toEqual(words.map((w) => w.start));
  });

  it('aligns Whisper-style words with leading spaces and attached punctuation', () => {
    const wordTexts = [' Call', ' me', ' at', ' four', ' one', ' five,', ' five', ' five', ' five,', ' zero', ' one', ' two', ' three.'];
    const words = wordTexts.map((text, k) => ({ text, start: 2 + 0.4 * k, end: 2.35 + 0.4 * k }));
    const text = wordTexts.join('');
    const out = redactTranscript(transcript([{ speaker: 'customer', start: 2, end: 7.5, text, words }], 'en'));
    expect(out.segments[0].text).toBe(` Call me at ${S(' four one five, five five five, zero one two three'.length - 1)}.`);
    expect(out.redactions).toEqual([{ speaker: 'customer', start: 3.2, end: 7.15, kind: 'phone' }]);
    // A masked word is one '*' whatever its length, so word lengths do not betray the digits.
    expect(out.segments[0].words!.map((w) => w.text)).toEqual([' Call', ' me', ' at', ...Array(10).fill(' *')]);
  });

  it('falls back to interpolation when words do not match the text, and still masks the words', () => {
    // The words lack the text's punctuation, so they cannot be aligned: the text span is
    // interpolated (3 of 14 weighted characters before it → 0.6 s of 2.8 s) and merged with
    // the span found in the words themselves (1.0–2.6 s).
    const words = [
      { text: '号码是', start: 0, end: 0.9 },
      { text: '13812345678', start: 1, end: 2.6 },
    ];
    const out = redactTranscript(transcript([{ speaker: 'agent', start: 0, end: 2.8, text: '号码是：13812345678。', words }]));
    expect(out.segments[0].text).toBe(`号码是：${S(11)}。`);
    expect(out.segments[0].words!.map((w) => w.text)).toEqual(['号码是', '*']);
    expect(out.redactions).toEqual([{ speaker: 'agent', start: 0.6, end: 2.8, kind: 'phone' }]);
  });

  it('masks numbers that only the words still carry', () => {
    const words = [
      { text: '卡号', start: 0, end: 0.6 },
      { text: '6225880123456783', start: 0.8, end: 3.9 },
    ];
    const out = redactTranscript(transcript([{ speaker: 'customer', start: 0, end: 4, text: `卡号${S(16)}`, words }]));
    expect(out.segments[0].words!.map((w) => w.text)).toEqual(['卡号', '*']);
    expect(out.redactions).toEqual([{ speaker: 'customer', start: 0.8, end: 3.9, kind: 'card' }]);
  });
});

describe('redactTranscript: whole transcripts', () => {
  const input = transcript([
    { speaker: 'agent', start: 0.4, end: 3.9, text: '您好，招商银行信用卡中心，我姓王，很高兴为您服务' },
    { speaker: 'customer', start: 4.2, end: 8.2, text: '卡号6225880123456783，还款2,000块' },
    { speaker: 'agent', start: 8.5, end: 9.5, text: '好的，尾号6783对吧' },
  ]);

  it('masks every segment, keeps the others as they were, and does not modify its input', () => {
    const before = structuredClone(input);
    const out = redactTranscript(input);
    expect(input).toEqual(before);
    expect(out.segments.map((s) => s.text)).toEqual([
      input.segments[0].text,
      `卡号${S(16)}，还款2,000块`,
      '好的，尾号6783对吧',
    ]);
    // Weights: 卡号 2 | 16 digits 16 | ，0 还款 2, "2,000" 4, 块 1 → 25 in all over 4 s:
    // 4.2 + 4 × 2/25 = 4.52 to 4.2 + 4 × 18/25 = 7.08.
    expect(out.redactions).toEqual([{ speaker: 'customer', start: 4.52, end: 7.08, kind: 'card' }]);
    expect(out.callId).toBe('c-0001');
  });

  it('is idempotent', () => {
    const once = redactTranscript(input);
    expect(redactTranscript(once)).toEqual(once);
  });

  it('is idempotent with word timings, aligned or not', () => {
    const aligned = [' My', ' number', ' is', ' four', ' one', ' five,', ' five', ' five', ' five,', ' one', ' two', ' one', ' two.'];
    const t: Transcript = {
      ...transcript(
        [
          { speaker: 'customer', start: 0, end: 6, text: aligned.join(''), words: aligned.map((text, k) => ({ text, start: 0.4 * k, end: 0.4 * k + 0.3 })) },
          {
            speaker: 'agent',
            start: 6,
            end: 9,
            text: '卡号：6225 8801 2345 6783。',
            words: [
              { text: '卡号', start: 6, end: 6.5 },
              { text: '6225880123456783', start: 6.6, end: 8.8 },
            ],
          },
        ],
        'en',
      ),
    };
    const once = redactTranscript(t);
    expect(once.redactions!.map((r) => `${r.speaker}:${r.kind}`)).toEqual(['customer:phone', 'agent:card']);
    expect(redactTranscript(once)).toEqual(once);
  });

  it('sets an empty redactions list when nothing was masked', () => {
    const out = redactTranscript(transcript([{ speaker: 'agent', start: 0, end: 1, text: '分12期' }]));
    expect(out.redactions).toEqual([]);
  });

  it('keeps redactions already present, merging overlaps of one speaker and kind', () => {
    const t: Transcript = {
      ...transcript([{ speaker: 'customer', start: 10, end: 14, text: '我的手机号是幺三八幺二三四五六七八' }]),
      redactions: [
        { speaker: 'customer', start: 11, end: 11.5, kind: 'phone' },
        { speaker: 'agent', start: 1, end: 2, kind: 'card' },
      ],
    };
    expect(redactTranscript(t).redactions).toEqual([
      { speaker: 'agent', start: 1, end: 2, kind: 'card' },
      { speaker: 'customer', start: 11, end: 14, kind: 'phone' },
    ]);
  });

  it('uses the transcript language (US numbers only in English calls)', () => {
    const seg = { speaker: 'customer' as const, start: 0, end: 2, text: '4155550123' };
    expect(redactTranscript(transcript([seg], 'zh')).redactions).toEqual([]);
    expect(redactTranscript(transcript([seg], 'en')).redactions).toEqual([{ speaker: 'customer', start: 0, end: 2, kind: 'phone' }]);
  });
});
