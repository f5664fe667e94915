/**
 * Mapping transformers.js ASR output to Transcript segments. The raw objects below have the
 * shapes the library returns (`{ text, chunks: [{ text, timestamp: [s, e] }] }`): segment chunks
 * for `return_timestamps: true`, one chunk per word/character for `return_timestamps: 'word'`.
 */
import { describe, expect, it } from 'vitest';
import { mapClipOutput, type RawAsrOutput } from './asr-output.ts';
import { planClips } from './clips.ts';

// Two speech pieces: call 12–15 s (clip 0–3) and call 40–42 s (clip 3.4–5.4).
const [clip] = planClips([{ startS: 12, endS: 15 }, { startS: 40, endS: 42 }], { gapS: 0.4 });

describe('mapClipOutput, segment timestamps', () => {
  it('offsets each Whisper segment into call time', () => {
    const raw: RawAsrOutput = {
      text: ' 您好,招商银行信用卡中心 请问有什么可以帮您',
      chunks: [
        { text: ' 您好,招商银行信用卡中心', timestamp: [0.0, 2.8] },
        { text: ' 请问有什么可以帮您', timestamp: [3.5, 5.3] },
      ],
    };
    expect(mapClipOutput(raw, clip, 'segment')).toEqual([
      { start: 12, end: 14.8, text: '您好,招商银行信用卡中心' },
      { start: 40.1, end: 41.9, text: '请问有什么可以帮您' },
    ]);
  });

  it('closes a segment Whisper left open (end null) at the last speech, and drops punctuation-only chunks', () => {
    const raw: RawAsrOutput = { text: 'x', chunks: [{ text: ' 。', timestamp: [0, 0.2] }, { text: ' Thanks.', timestamp: [3.6, null] }] };
    expect(mapClipOutput(raw, clip, 'segment')).toEqual([{ start: 40.2, end: 42, text: 'Thanks.' }]);
  });

  it('uses the whole clip when there are no timestamps at all, and nothing for empty text', () => {
    expect(mapClipOutput({ text: ' hello ' }, clip, 'segment')).toEqual([{ start: 12, end: 42, text: 'hello' }]);
    expect(mapClipOutput({ text: ' ' }, clip, 'segment')).toEqual([]);
  });
});

describe('mapClipOutput, word timestamps', () => {
  const raw: RawAsrOutput = {
    text: ' Hello, my name is Smith. Thanks',
    chunks: [
      { text: ' Hello,', timestamp: [0.0, 0.5] },
      { text: ' my', timestamp: [0.6, 0.8] },
      { text: ' name', timestamp: [0.8, 1.1] },
      { text: ' is', timestamp: [1.1, 1.3] },
      { text: ' Smith.', timestamp: [1.3, 3.2] }, // DTW strays into the inserted gap: clamped to the piece
      { text: ' Thanks', timestamp: [3.5, 4.1] },
    ],
  };

  it('groups words into one segment per speech piece, keeping word times in call seconds', () => {
    const segs = mapClipOutput(raw, clip, 'word');
    expect(segs).toHaveLength(2);
    expect(segs[0]).toMatchObject({ start: 12, end: 15, text: 'Hello, my name is Smith.' });
    expect(segs[0].words?.map((w) => w.text)).toEqual(['Hello,', 'my', 'name', 'is', 'Smith.']);
    expect(segs[0].words?.[1]).toEqual({ text: 'my', start: 12.6, end: 12.8 });
    expect(segs[1]).toEqual({ start: 40.1, end: 40.7, text: 'Thanks', words: [{ text: 'Thanks', start: 40.1, end: 40.7 }] });
  });

  it('joins Chinese characters without spaces', () => {
    const zh: RawAsrOutput = {
      text: '您好我姓王',
      chunks: ['您', '好', '我', '姓', '王'].map((t, i) => ({ text: t, timestamp: [i * 0.3, i * 0.3 + 0.3] })),
    };
    const [seg] = mapClipOutput(zh, clip, 'word');
    expect(seg.text).toBe('您好我姓王');
    expect(seg.start).toBe(12);
    expect(seg.end).toBe(13.5);
  });
});
