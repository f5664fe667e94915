import { describe, expect, it } from 'vitest';
import { agentSays } from '../../../fixtures/support/pipeline/test-calls.ts';
import { speakerStream } from './stream.ts';
import { unheardSurnameFrames } from './surname-unheard.ts';

/** The frames found with an empty surname slot in one agent turn, as text (fillers as a scorecard would drop them). */
const found = (text: string) => unheardSurnameFrames(speakerStream([agentSays(0, 8, text)], 'agent', ['嗯', '呃', '那个', 'uh', 'um'])).map((f) => f.wording);

describe('a naming frame heard with nothing in its slot', () => {
  it('is found where 「我姓」 and its kin close their clause, a sentence particle aside', () => {
    expect(found('您好，招行，我姓，蚕场的，您请讲')).toEqual(['我姓']);
    expect(found('招行订购热线，您好，敝姓，负责山葵发货')).toEqual(['敝姓']);
    expect(found('这儿招商银行，早，免贵姓，做筝的')).toEqual(['免贵姓']);
    expect(found('呢度系招行甜品铺，你好，我姓喔，博物馆导览这块')).toEqual(['我姓']);
    // The end of the turn empties the slot too.
    expect(found('欢迎打给招商银行，我姓')).toEqual(['我姓']);
  });

  it('is not found where a name follows, after a filler, said alone, or in a restart of the frame', () => {
    expect(found('您好，招行，我姓王，您请讲')).toEqual([]);
    // A filler and its commas are no end of the clause: the slot holds 王, which the slot check judges.
    expect(found('您好，招行，我姓，呃，王，您请讲')).toEqual([]);
    // A name said after a pause, heard right or not (照 for 赵), is the slot check's to judge.
    expect(found('您好，招行，我姓，照，大福这块')).toEqual([]);
    expect(found('您好，招行，我姓，姓周，您请讲')).toEqual([]);
    expect(found('您好，招行，我姓，我姓黄，您请讲')).toEqual([]);
  });

  it('is found in English where "my name is" runs into words no name is, and not where a name comes a few words on', () => {
    expect(found('Thank you for calling CMB, my name is how can I help you today')).toEqual(['my name is']);
    expect(found("Hello, CMB, my name's, how can I help")).toEqual(["my name's"]);
    expect(found('Hello, CMB, my name is Wilson, how can I help')).toEqual([]);
    expect(found('CMB support line, my names is Walker, employee number four')).toEqual([]);
    expect(found('Welcome to CMB, my name is, uh, it\'s Taylor, pumpkin farm')).toEqual([]);
    expect(found('CMB, my name is, my name is Clark')).toEqual([]);
  });

  it('is not found for words that only end in 姓 or frames that do not open their clause', () => {
    expect(found('请问您贵姓，方便说一下吗')).toEqual([]);
    expect(found('您好，这是百家姓，招行')).toEqual([]);
  });
});
