import { describe, expect, it } from 'vitest';
import type { SpeechAnalysis } from '../types.ts';
import { checkSpeechRate } from './speech-rate.ts';
import { checkTalkRatio, transcriptTalkTimeS } from './talk-ratio.ts';
import { agentSays, callContext, customerSays, paramsFor } from '../../fixtures/support/pipeline/test-calls.ts';

const ratio = paramsFor('talk_ratio', { minAgentShare: 0.2, maxAgentShare: 0.8, minTalkS: 20 });

describe('talk_ratio', () => {
  it('fails an agent who does almost all the talking, from transcript times without VAD', () => {
    const ctx = callContext([agentSays(0, 40, '很长的介绍'), customerSays(40, 44, '好'), agentSays(44, 60, '继续介绍')]);
    const r = checkTalkRatio(ctx, ratio);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/93% of the talking, above the 80% maximum/);
  });

  it('passes a balanced call using VAD talk time when present', () => {
    const speech: SpeechAnalysis = { segments: [], talkTimeS: { agent: 30, customer: 25 }, silences: [], holds: [], overlaps: [], durationS: 60 };
    const ctx = callContext([agentSays(0, 40, '很长的介绍'), customerSays(40, 44, '好')], { speech });
    expect(checkTalkRatio(ctx, ratio).outcome).toBe('pass');
  });

  it('is not applicable to a call with too little talk', () => {
    expect(checkTalkRatio(callContext([agentSays(0, 5, '您好'), customerSays(5, 8, '打错了')]), ratio).outcome).toBe('na');
  });

  it('counts a speaker\'s overlapping segments once', () => {
    expect(transcriptTalkTimeS([agentSays(0, 10, 'a'), agentSays(5, 12, 'b'), customerSays(20, 25, 'c')])).toEqual({ agent: 12, customer: 5 });
  });
});

describe('speech_rate', () => {
  const zhRate = paramsFor('speech_rate', { minPerMin: 140, maxPerMin: 330, minTalkS: 10 });

  it('counts Chinese characters per minute of agent speech', () => {
    // 30 characters in 6 s = 300 chars/min.
    const ok = callContext([agentSays(0, 6, '您好招商银行信用卡中心我姓王很高兴为您服务请问有什么可以帮您'), agentSays(10, 16, '好的请您提供一下卡号后四位我帮您查询一下您的账单情况谢谢您了')]);
    const r = checkSpeechRate(ok, zhRate);
    expect(r.outcome).toBe('pass');
    expect(r.reason).toMatch(/300 characters\/min/);
  });

  it('fails a rushed agent and points at the fastest turn', () => {
    // 30 characters in 4 s, then 30 in 6 s: 360 chars/min overall, 450 in the first turn.
    const fast = callContext([agentSays(0, 4, '您好招商银行信用卡中心我姓王很高兴为您服务请问有什么可以帮您'), agentSays(10, 16, '好的请您提供一下卡号后四位我帮您查询一下您的账单情况谢谢您了')]);
    const r = checkSpeechRate(fast, zhRate);
    expect(r.outcome).toBe('fail');
    expect(r.evidence[0]).toMatchObject({ atS: 0, note: 'fastest turn: 450 characters/min' });
  });

  it('counts English words per minute', () => {
    const en = paramsFor('speech_rate', { minPerMin: 100, maxPerMin: 190, minTalkS: 10 });
    // 20 words in 15 s = 80 words/min: too slow.
    const slow = callContext([agentSays(0, 15, 'thank you for calling my name is Smith how may I help you today I am here to help you')], { language: 'en' });
    const r = checkSpeechRate(slow, en);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/80 words\/min, slower than the 100 minimum/);
  });

  it('is not applicable when the agent barely speaks', () => {
    expect(checkSpeechRate(callContext([agentSays(0, 2, '您好')]), zhRate).outcome).toBe('na');
  });
});
