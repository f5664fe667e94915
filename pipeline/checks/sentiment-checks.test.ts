import { describe, expect, it } from 'vitest';
import { checkApologyWhenUpset } from './apology-when-upset.ts';
import { checkCustomerSentimentEnd } from './customer-sentiment-end.ts';
import { agentSays, callContext, customerSays, paramsFor, sentimentFor } from '../../fixtures/support/pipeline/test-calls.ts';

const apology = paramsFor('apology_when_upset', { phrases: ['对不起', '抱歉', '非常抱歉', '不好意思'], upsetBelow: -0.5, withinS: 30 });
const angry = [
  agentSays(0, 3, '您好，招商银行，我姓王'),
  customerSays(3.5, 8, '你们怎么又乱扣我年费，太过分了'),
  agentSays(8.5, 12, '非常抱歉给您带来不便，我马上帮您查'),
  customerSays(40, 42, '好吧，谢谢'),
];
const brushedOff = [angry[0], angry[1], agentSays(8.5, 12, '这是系统自动扣的'), angry[3]];

describe('apology_when_upset', () => {
  it('passes when the agent apologises right after the upset turn, with both turns as evidence', () => {
    const r = checkApologyWhenUpset(callContext(angry, { sentiment: sentimentFor(angry, { 1: -0.8, 3: 0.3 }) }), apology);
    expect(r.outcome).toBe('pass');
    expect(r.evidence.map((e) => e.speaker)).toEqual(['customer', 'agent']);
    // 非常 is an intensifier the matcher ignores, so 「非常抱歉」 and 「抱歉」 are the same apology.
    expect(r.evidence[1].matched).toMatch(/抱歉/);
  });

  it('fails when the upset customer gets no apology', () => {
    const r = checkApologyWhenUpset(callContext(brushedOff, { sentiment: sentimentFor(brushedOff, { 1: -0.8 }) }), apology);
    expect(r.outcome).toBe('fail');
    expect(r.evidence[0]).toMatchObject({ speaker: 'customer', atS: 3.5 });
  });

  it('does not count an apology that came before the customer was upset', () => {
    const early = [agentSays(0, 3, '不好意思让您久等了'), customerSays(3.5, 8, '太过分了'), agentSays(8.5, 12, '这是规定')];
    expect(checkApologyWhenUpset(callContext(early, { sentiment: sentimentFor(early, { 1: -0.9 }) }), apology).outcome).toBe('fail');
  });

  it('is not applicable without sentiment, or when the customer was never upset', () => {
    expect(checkApologyWhenUpset(callContext(angry), apology).reason).toMatch(/no sentiment result/);
    expect(checkApologyWhenUpset(callContext(angry), apology).outcome).toBe('na');
    expect(checkApologyWhenUpset(callContext(angry, { sentiment: sentimentFor(angry, { 1: -0.2 }) }), apology).outcome).toBe('na');
  });
});

describe('customer_sentiment_end', () => {
  const params = paramsFor('customer_sentiment_end', { minEnd: -0.2 });

  it('passes a customer who ends calm and fails one who ends angry, quoting the last customer turn', () => {
    expect(checkCustomerSentimentEnd(callContext(angry, { sentiment: sentimentFor(angry, { 1: -0.8, 3: 0.3 }) }), params).outcome).toBe('pass');
    const r = checkCustomerSentimentEnd(callContext(angry, { sentiment: sentimentFor(angry, { 1: -0.8, 3: -0.6 }) }), params);
    expect(r.outcome).toBe('fail');
    expect(r.evidence[0]).toMatchObject({ atS: 40, quote: '好吧，谢谢', speaker: 'customer' });
  });

  it('is not applicable without sentiment or when the customer never spoke', () => {
    expect(checkCustomerSentimentEnd(callContext(angry), params).outcome).toBe('na');
    const agentOnly = [agentSays(0, 3, '您好')];
    expect(checkCustomerSentimentEnd(callContext(agentOnly, { sentiment: sentimentFor(agentOnly, {}) }), params).outcome).toBe('na');
  });
});
