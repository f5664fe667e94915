import { describe, expect, it } from 'vitest';
import { agentSays } from '../../../fixtures/support/pipeline/test-calls.ts';
import { isNegatorAt } from './negation.ts';
import { expandTemplate, matchSaid } from './phrase.ts';
import { matchSaidInPolarity } from './polarity.ts';
import { speakerStream } from './stream.ts';
import { toUnits } from './units.ts';

// The shipped scorecards' matching options: zh 0.8 from 3 units, en 0.8 from 2 units.
const zh = { threshold: 0.8, minFuzzyUnits: 3 };
const en = { threshold: 0.8, minFuzzyUnits: 2 };
function said(text: string, phrase: string, opts = zh) {
  const stream = speakerStream([agentSays(0, 5, text)], 'agent', ['嗯', '呃', '那个', 'um', 'uh']);
  const [variant] = expandTemplate(phrase, {});
  return { plain: matchSaid(stream, variant, opts), polar: matchSaidInPolarity(stream, variant, opts) };
}

/** The phrase is found by the matcher alone, and the polarity rule takes it away. */
function expectFlipped(text: string, phrase: string, opts = zh) {
  const { plain, polar } = said(text, phrase, opts);
  expect(plain?.said, `the matcher alone finds “${phrase}” in “${text}”`).toBe(true);
  expect(polar, `“${text}” is not “${phrase}”`).toBeNull();
}

function expectSaid(text: string, phrase: string, opts = zh) {
  expect(said(text, phrase, opts).polar?.said, `“${text}” says “${phrase}”`).toBe(true);
}

describe('negators', () => {
  const negatorAt = (text: string, char: string) => {
    const units = toUnits(text);
    return isNegatorAt(units, units.findIndex((u) => u.key === char));
  };

  it('reads 不 没 别 无 as negation only where they negate', () => {
    expect(negatorAt('我不知道', '不')).toBe(true);
    expect(negatorAt('别找我', '别')).toBe(true);
    expect(negatorAt('我没办法', '没')).toBe(true);
    expect(negatorAt('无法保证', '无')).toBe(true);
    // A-not-A questions, 别 "other", fixed words, a lone 无.
    expect(negatorAt('您看能不能', '不')).toBe(false);
    expect(negatorAt('还有没有问题', '没')).toBe(false);
    expect(negatorAt('可不可以', '不')).toBe(false);
    expect(negatorAt('你去问别人', '别')).toBe(false);
    expect(negatorAt('找别的部门', '别')).toBe(false);
    expect(negatorAt('特别感谢', '别')).toBe(false);
    expect(negatorAt('不好意思', '不')).toBe(false);
    expect(negatorAt('对不起', '不')).toBe(false);
    expect(negatorAt('真的对不住您', '不')).toBe(false);
    expect(negatorAt('说不定', '不')).toBe(false);
    expect(negatorAt('不过我会尽力', '不')).toBe(false);
    expect(negatorAt('无已经说过了', '无')).toBe(false);
    // 不好 "hard to" and 说不 without 定 still negate.
    expect(negatorAt('不好说', '不')).toBe(true);
    expect(negatorAt('我说不清楚', '不')).toBe(true);
  });

  it('reads English negators and leaves their idioms alone', () => {
    const negatorAtWord = (text: string, word: string) => {
      const units = toUnits(text);
      return isNegatorAt(units, units.findIndex((u) => u.key === word));
    };
    expect(negatorAtWord("I can't help", 'cant')).toBe(true);
    expect(negatorAtWord('there is nothing I can do', 'nothing')).toBe(true);
    expect(negatorAtWord('not at the branch', 'not')).toBe(true);
    expect(negatorAtWord('no problem at all', 'no')).toBe(false);
    expect(negatorAtWord('not at all', 'not')).toBe(false);
    expect(negatorAtWord('never mind', 'never')).toBe(false);
  });
});

describe('rule 1: the words matched must agree with the phrase in negation', () => {
  it('does not take a polite offer for the brush-off it is one unit from', () => {
    expectFlipped('Will there be anything else I can help you with today', "I can't help you with that", en);
    expectFlipped('Is there anything else I can help you with today', "I can't help you with that", en);
    expectSaid("Sorry, I can't help you with that", "I can't help you with that", en);
  });

  it('does not take a negated sentence for a phrase without negation, nor the reverse', () => {
    expectFlipped("You shouldn't have had to call earlier", 'you should have', en);
    expectSaid('you should have called earlier', 'you should have', en);
    expectFlipped('我帮得了你', '我帮不了你');
    expectSaid('这个我帮不了你', '我帮不了你');
    expectFlipped('有事就找我', '有事别找我');
    expectSaid('有事别找我', '有事别找我');
    expectFlipped('你自己没看', '你自己去看');
    // The A-not-A question asks whether: 「清不清楚」 holds 「不清楚」 word for word but says no "I don't know" (I11).
    expectFlipped('这边声音清不清楚', '不清楚');
    expectFlipped('您知不知道密码', '不知道');
    expectSaid('这个我也不清楚', '不清楚');
    // I20: the customer named after a word of needing is who need not do it (不用您再…); without 不用 it is said.
    expectFlipped('这事我来负责，不用您再打别的电话', '你打别的电话');
    expectSaid('这事我不管，您再打别的电话', '你打别的电话');
    expectFlipped("No need to ask someone else, I'll handle it", 'ask someone else', en);
  });

  it('still finds a phrase said with another negator or through ASR damage to the negator', () => {
    // 不 for 没: both negate, so the blame is said (「你不按时还款，当然要罚息」).
    expectSaid('你不按时还款，当然要罚息', '你没按时还款');
    // ASR homophones keep the negation: 布 for 不; 地 for the 的 of 「别的」 leaves 别 meaning "other".
    expectSaid('这个我也布知道', '不知道');
    expectSaid('你去找别地部门', '找别的部门');
    // One letter of the negator garbled is still the negator; a letter less is another word.
    expectSaid("I lon't have time for this", "I don't have time for this", en);
    expectFlipped('I do have time for this', "I don't have time for this", en);
    // The negation said just before the matched words ("won't ever" for "never").
    expectSaid("This won't ever happen again", 'never happen again', en);
    expectFlipped('Will it ever happen again', 'never happen again', en);
  });

  it('takes a double negative as affirmative', () => {
    // 「不是我不知道」 "it is not that I don't know", 「不会不知道」 "is bound to know": not the brush-off.
    expectFlipped('这不是我不知道，是系统查不到', '我不知道');
    expectFlipped('他们不会不知道的', '不知道');
    expectFlipped("It's not that I don't know", "I don't know", en);
    // 「不，」 as an answer with its comma lost, and "no, I …", negate nothing.
    expectSaid('不我不知道', '我不知道');
    expectSaid("No I don't know", "I don't know", en);
    // A negation does not reach past a subject: ASR's "I don't [know,] that's not my job".
    expectSaid("I don't that's not my job", "that's not my job", en);
  });

  it('gives a negator that declines a promise to the promise, not to the phrase', () => {
    expectFlipped('航班会不会再延误我没办法保证', '我也没办法');
    expectSaid('这个我也没办法', '我也没办法');
    expectSaid('我也没办法，你自己去问吧', '我也没办法');
  });

  it('holds the hard negatives to it too: without the negation they excuse nothing', () => {
    expectSaid("You don't have to look it up yourself", "you don't have to look it up yourself", en);
    expectFlipped('You have to look it up yourself', "you don't have to look it up yourself", en);
  });
});

describe('rule 2: a negation just before the phrase governs it', () => {
  it('does not take a declined promise for the promise', () => {
    expectFlipped('我不能说百分之百地，但会尽力', '百分之百');
    expectFlipped('就是，我不能说百分之百，但会尽力', '百分之百');
    expectFlipped('我没法保证一定到账', '一定到账');
    expectFlipped('我不敢保证今天一定到账', '一定到账');
    expectFlipped('我不能向您保证今天一定到账', '一定到账');
    expectFlipped('这个不一定到账', '一定到账');
    expectFlipped("I can't promise you'll get it back for sure", 'for sure', en);
    expectFlipped("I won't guarantee it", 'guarantee it', en);
    expectFlipped("I'm not able to promise it will definitely be refunded", 'it will definitely be', en);
    expectFlipped("That's not a stupid question", 'stupid question', en);
    // I173: the promise said first, then declined in the same clause, a person aside.
    expectFlipped('终身免费我答应不了', '终身免费');
    expectFlipped('终身保修保证不了', '终身保修');
  });

  it('keeps the promise declined only in another clause, or followed by 不了解 (I173)', () => {
    expectSaid('终身保修，别的我答应不了', '终身保修');
    expectSaid('终身保修，我保证不了的是别的', '终身保修');
    expectSaid('终身保修他肯定不了解', '终身保修');
  });

  it('keeps the promise when the negation is in another clause, too far, or not over a verb of saying or promising', () => {
    expectSaid('不用担心，百分之百没问题', '百分之百');
    expectSaid('不用担心百分之百没问题', '百分之百');
    expectSaid('我不能说，但是百分之百没问题', '百分之百');
    // The comma after a filler is ASR's, the one before it the speaker's.
    expectFlipped('我不能嗯，说百分之百', '百分之百');
    expectSaid('这事我们没办好，嗯，一定到账', '一定到账');
    expectSaid('我不能保证你明天下午三点之前百分之百到账', '百分之百');
    expectSaid("I guarantee it", 'guarantee it', en);
    expectSaid("Why don't you look it up yourself", 'look it up yourself', en);
  });

  it('takes a double negative or a rhetorical question as no negation', () => {
    // 不得不 "must": the promise is made.
    expectSaid('我不得不说百分之百没问题', '百分之百');
    // 「不是…吗」 asks for agreement: the blame is made.
    expectSaid('这不是你自己的问题吗', '是你自己的问题');
    expectFlipped('这不是你自己的问题', '是你自己的问题');
  });

  it('still finds the promise made after a declined one in the same turn', () => {
    const { polar } = said('我不能说百分之百，但这个肯定是百分之百没问题', '百分之百');
    expect(polar?.said).toBe(true);
    expect(polar?.quote).toBe('百分之百');
    expect(polar!.alignment.textStart).toBeGreaterThan(6);
  });
});

describe('the person rule (person.ts)', () => {
  it('takes away a "you" phrase matched where the agent said "I" or "we" in its place', () => {
    expectFlipped("I'm really sorry, that's our fault", "that's your fault", en);
    expectFlipped('实在抱歉，这是我的问题，我来处理', '这是你的问题');
  });

  it('keeps a "you" garbled by ASR into no pronoun, and 您 for 你', () => {
    expectSaid("sorry but that's yor fault", "that's your fault", en);
    expectSaid('这是您的问题，跟我们没关系', '这是你的问题');
  });
});
