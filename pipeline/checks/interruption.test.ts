import { describe, expect, it } from 'vitest';
import type { SpeechAnalysis } from '../types.ts';
import { checkInterruption } from './interruption.ts';
import { agentSays, callContext, customerSays, paramsFor } from '../../fixtures/support/pipeline/test-calls.ts';

const params = paramsFor('interruption', { minOverlapS: 1, maxCount: 0 });
const talkOver = [
  agentSays(0, 3, '您好，招商银行，我姓王'),
  customerSays(3.5, 12, '我上个月的账单有一笔消费我不认识，是在一个网站上'),
  agentSays(6, 9, '这个您要先挂失'),
];
const polite = [agentSays(0, 3, '您好，招商银行，我姓王'), customerSays(3.5, 12, '我上个月的账单有一笔消费我不认识'), agentSays(12.3, 15, '好的，我帮您查一下')];

function vad(overlaps: SpeechAnalysis['overlaps']): SpeechAnalysis {
  return { segments: [], talkTimeS: { agent: 10, customer: 10 }, silences: [], holds: [], overlaps, durationS: 20 };
}

describe('interruption', () => {
  it('fails the agent starting mid-customer-turn, from transcript segments when there is no VAD', () => {
    const r = checkInterruption(callContext(talkOver), params);
    expect(r.outcome).toBe('fail');
    expect(r.evidence[0]).toMatchObject({ atS: 6, endS: 9, quote: '这个您要先挂失' });
    expect(checkInterruption(callContext(polite), params).outcome).toBe('pass');
  });

  it('uses VAD overlaps when present: only the agent as interrupter, only long ones', () => {
    const speech = vad([
      { startS: 6, endS: 6.4, interrupter: 'agent' },
      { startS: 8, endS: 10, interrupter: 'customer' },
    ]);
    expect(checkInterruption(callContext(talkOver, { speech }), params).outcome).toBe('pass');
    const r = checkInterruption(callContext(polite, { speech: vad([{ startS: 6, endS: 8.5, interrupter: 'agent' }]) }), params);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/VAD channel overlap/);
  });

  it('is not applicable without VAD when the scorecard asks for VAD, or when speakers were inferred from a mono mix', () => {
    expect(checkInterruption(callContext(talkOver), paramsFor('interruption', { source: 'vad' })).outcome).toBe('na');
    const mono = checkInterruption(callContext(talkOver, { rolesInferred: true, call: { agentChannel: 'mono' } }), params);
    expect(mono.outcome).toBe('na');
    expect(mono.reason).toMatch(/mono/);
  });

  it('on a mono recording ignores the (necessarily empty) VAD overlaps and reads an imported transcript', () => {
    const r = checkInterruption(callContext(talkOver, { speech: vad([]), call: { agentChannel: 'mono' } }), params);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/mono recording/);
  });
});
