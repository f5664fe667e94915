import { describe, expect, it } from 'vitest';
import type { Speaker, TranscriptSegment } from '../types.ts';
import { opensWithNumber } from './number-edges.ts';
import { isInterjection } from './interjection.ts';
import { findTurnChains, splitWhereNoNumberContinues } from './turn-chains.ts';

const seg = (speaker: Speaker, start: number, end: number, text: string): TranscriptSegment => ({ speaker, start, end, text });

describe('isInterjection', () => {
  it.each(['嗯', '嗯嗯', '好的', '对', '对对对', '好的好的', '请继续', 'okay', 'Okay.', 'mm-hm', 'Uh-huh.', 'go on', 'Oh, okay.', 'okay, got it', '', '…'])(
    'an acknowledgement: %s',
    (text) => expect(isInterjection(text)).toBe(true),
  );

  it.each([
    '请问是哪张卡', // 6 characters: a question, not an acknowledgement
    '好的请您继续说', // 7 characters
    'could you repeat that', // 4 words
    '六二二五', // the agent reading digits back
    '6225',
    'two',
    '幺三八',
  ])('not an acknowledgement: %s', (text) => expect(isInterjection(text)).toBe(false));
});

describe('findTurnChains', () => {
  it('joins turns of one speaker with only acknowledgements between them', () => {
    const segments = [
      seg('agent', 0, 2, '请问您的手机号码是多少？'),
      seg('customer', 2.5, 4, '幺三八'),
      seg('agent', 4.1, 4.3, '嗯'),
      seg('customer', 4.5, 6, '幺二三四'),
      seg('customer', 6.2, 7, '五六七八'),
    ];
    expect(findTurnChains(segments)).toEqual([{ speaker: 'customer', segments: [1, 3, 4], prompt: '请问您的手机号码是多少？', readBacks: [] }]);
  });

  it('ends a chain at a turn of the other party that says more, or after a long pause', () => {
    const segments = [
      seg('customer', 0, 2, 'a'),
      seg('customer', 2.5, 3, 'b'),
      seg('agent', 3, 4, '请问是哪张卡'),
      seg('customer', 4.5, 5, 'c'),
      seg('customer', 15.1, 16, 'd'), // 10.1 s after c ended
      seg('customer', 16.5, 17, 'e'),
    ];
    expect(findTurnChains(segments).map((c) => c.segments)).toEqual([[0, 1], [4, 5]]);
  });

  it('allows exactly the maximum pause', () => {
    const segments = [seg('customer', 0, 2, 'a'), seg('customer', 12, 13, 'b')];
    expect(findTurnChains(segments).map((c) => c.segments)).toEqual([[0, 1]]);
    expect(findTurnChains(segments, 9.99)).toEqual([]);
  });

  it('follows call time, not transcript order, when channels overlap (stereo)', () => {
    // Customer turns listed first, then the agent's channel; the agent's "嗯" overlaps them.
    const segments = [
      seg('customer', 0, 3, '六二二五 八八零二'),
      seg('customer', 3.4, 6, '幺二三四 五六七三'),
      seg('agent', 2.9, 3.3, '嗯'),
      seg('agent', 7, 9, '好的，我帮您查一下这张卡'),
    ];
    expect(findTurnChains(segments)).toEqual([{ speaker: 'customer', segments: [0, 1], prompt: '', readBacks: [] }]);
  });

  it('finds chains of both speakers', () => {
    const segments = [
      seg('agent', 0, 2, '跟您核对一下，幺三八'),
      seg('customer', 2, 2.3, '对'),
      seg('agent', 2.5, 4, '幺二三四 五六七八'),
      seg('customer', 5, 7, '没错，是我的号码'),
      seg('customer', 7.5, 8, '谢谢'),
    ];
    expect(findTurnChains(segments)).toEqual([
      { speaker: 'agent', segments: [0, 2], prompt: '', readBacks: [] },
      { speaker: 'customer', segments: [3, 4], prompt: '幺二三四 五六七八', readBacks: [] },
    ]);
  });
});

describe('opensWithNumber', () => {
  it.each(['5678', '幺二三四', '嗯，幺二三四', '对，幺二三四', '是的，5673', ' one two three', 'Uh, double five', 'yes, okay, five', 'thirty-four', '（0755）'])('opens with a number: %s', (text) =>
    expect(opensWithNumber(text)).toBe(true),
  );
  it.each(['and the amount is 5678', '电话是1234', 'the last four are 5673', '好的', '', '五块钱', '2026-11-20', '$1,500'])('does not: %s', (text) =>
    expect(opensWithNumber(text)).toBe(false),
  );
});

describe('splitWhereNoNumberContinues', () => {
  it('cuts a chain before turns that do not open with a number; a later piece takes the previous turn as prompt', () => {
    const segments = [
      seg('customer', 0, 1, '卡号六二二五'),
      seg('customer', 1.5, 2, '八八零二'),
      seg('customer', 2.5, 3, '我再看一下'),
      seg('customer', 3.5, 4, 'my phone number'),
      seg('customer', 4.5, 5, 'is four one five'),
      seg('customer', 5.5, 6, 'five five five zero one two three'),
    ];
    const [chain] = findTurnChains(segments);
    expect(chain.segments).toEqual([0, 1, 2, 3, 4, 5]);
    expect(splitWhereNoNumberContinues(chain, segments)).toEqual([
      { speaker: 'customer', segments: [0, 1], prompt: '', readBacks: [] },
      { speaker: 'customer', segments: [4, 5], prompt: 'my phone number', readBacks: [] },
    ]);
  });
});

describe('findTurnChains: read-backs', () => {
  it('records a read-back of the end of what the speaker said, which does not interrupt', () => {
    const segments = [
      seg('customer', 0, 2, '卡号六二二五 八八零二'),
      seg('agent', 2.2, 3, '八八零二，对吗？'),
      seg('customer', 3.5, 5, '幺二三四 五六七三'),
      seg('agent', 5.2, 6, '6225 8802 1234 5673, right'),
    ];
    expect(findTurnChains(segments)).toEqual([
      { speaker: 'customer', segments: [0, 2], prompt: '', readBacks: [{ segment: 1, after: 0 }, { segment: 3, after: 2 }] },
    ]);
  });

  it('a turn repeating other digits, or saying more, interrupts', () => {
    const other = [
      seg('customer', 0, 2, '卡号六二二五 八八零二'),
      seg('agent', 2.2, 3, '八八零三，对吗？'),
      seg('customer', 3.5, 5, '幺二三四 五六七三'),
    ];
    expect(findTurnChains(other)).toEqual([]);
    const more = [
      seg('customer', 0, 2, '卡号六二二五 八八零二'),
      seg('agent', 2.2, 3, '八八零二是吗，请您再说一遍'),
      seg('customer', 3.5, 5, '幺二三四 五六七三'),
    ];
    expect(findTurnChains(more)).toEqual([]);
  });
});

