import { beforeEach, describe, expect, it } from 'vitest';
import type { Sql } from '../db/sql.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { parsePeriod } from '../rank/period.ts';
import { addAgent, addCall, addStage } from '../../fixtures/support/pipeline/rank-test-db.ts';
import type { CallSentiment, Speaker, Transcript } from '../types.ts';
import { vocReport } from './read.ts';
import { tagTurn } from './tag.ts';

describe('tagTurn', () => {
  it('finds complaint and suggestion phrases and topics in Chinese and English', async () => {
    expect(tagTurn('我要投诉，你们的年费乱收')).toEqual({ signals: ['complaint'], topics: ['annual_fee'] });
    expect(tagTurn('建议你们分期的手续费降一点')).toEqual({ signals: ['suggestion'], topics: ['installment', 'fees_interest'] });
    expect(tagTurn('I want to complain, someone made an unauthorized charge')).toEqual({ signals: ['complaint'], topics: ['fraud'] });
    expect(tagTurn('I am not happy', 'negative')).toEqual({ signals: ['complaint', 'negative'], topics: [] });
    expect(tagTurn('The annual fee is too high').topics).toEqual(['annual_fee']);
    expect(tagTurn('好的，谢谢', 'positive').signals).toEqual([]);
  });
});

/** The store of the running test (set per test by the describe.each below). */
let current: Sql;

function transcript(callId: string, turns: [Speaker, string][]): Transcript {
  return { callId, language: 'zh', segments: turns.map(([speaker, text], i) => ({ speaker, text, start: i * 5, end: i * 5 + 4 })) };
}

function sentiment(labels: ('negative' | 'neutral' | 'positive')[], speakers: Speaker[]): CallSentiment {
  return {
    turns: labels.map((label, index) => ({ index, speaker: speakers[index], label, score: label === 'negative' ? -0.8 : 0, probs: { negative: 0, neutral: 1, positive: 0 } })),
    customerStart: null, customerEnd: null, customerChange: null, customerLowest: null, agentNegativeTurns: 0, model: 'test',
  };
}

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(async () => {
    await store().reset();
    current = store().sql;
  });

  describe('vocReport on a real store', () => {
    it('groups tagged customer turns by topic with counts, quotes and call ids', async () => {
      const d = current;
      await addAgent(d, 'a1', '王芳');
      const calls: Record<string, [Speaker, string][]> = {
        c1: [['agent', '您好，招商银行信用卡中心，我姓王'], ['customer', '我想查一下账单'], ['agent', '请稍等'], ['customer', '你们这什么破服务，我要投诉']],
        c2: [['agent', '您好'], ['customer', '我的卡被盗刷了，不是我刷的'], ['customer', '你们这个账单短信也太晚了']],
        c3: [['agent', '您好'], ['customer', '希望你们年费能减免一下'], ['agent', '我建议您投诉到总行']],
        c4: [['agent', '您好'], ['customer', '好的谢谢']],
        c5: [['customer', '排队等了二十分钟，太过分了']],
      };
      for (const [callId, turns] of Object.entries(calls)) {
        await addCall(d, { callId, agentId: 'a1', date: '2026-11-20' });
        await addStage(d, callId, 'transcript', transcript(callId, turns));
      }
      // c2's fraud turn is negative by the classifier; the agent's turn in c3 never counts.
      await addStage(d, 'c2', 'sentiment', sentiment(['neutral', 'negative', 'neutral'], ['agent', 'customer', 'customer']));
      await addCall(d, { callId: 'bad', agentId: 'a1', date: '2026-11-20' });
      await addStage(d, 'bad', 'transcript', { callId: 'bad', language: 'zh' });
      await addCall(d, { callId: 'late', agentId: 'a1', date: '2026-12-01' });
      await addStage(d, 'late', 'transcript', transcript('late', [['customer', '我要投诉额度']]));

      const r = await vocReport(d, parsePeriod('2026-11'));
      expect(r.callsAnalysed).toBe(5);
      expect(r.customerTurns).toBe(7);
      expect(r.taggedTurns).toBe(4);
      expect(r.unreadable).toEqual([{ callId: 'bad', reason: 'transcript: no segments array' }]);
      // All tied at one mention in one call: taxonomy order decides.
      expect(r.topics.map((t) => t.topic)).toEqual(['bill', 'annual_fee', 'fraud', 'wait']);
      const topics = Object.fromEntries(r.topics.map((t) => [t.topic, t]));
      // c1's complaint names no topic; it inherits "账单" from the customer's earlier turn.
      expect(topics.bill).toMatchObject({ mentions: 1, calls: 1, callIds: ['c1'], signals: { complaint: 1, suggestion: 0, negative: 0 } });
      expect(topics.bill.examples[0]).toMatchObject({ callId: 'c1', text: '你们这什么破服务，我要投诉' });
      expect(topics.wait).toMatchObject({ mentions: 1, callIds: ['c5'], signals: { complaint: 1 } });
      expect(topics.fraud).toMatchObject({ mentions: 1, callIds: ['c2'], signals: { complaint: 0, suggestion: 0, negative: 1 } });
      expect(topics.fraud.examples[0]).toMatchObject({ callId: 'c2', text: '我的卡被盗刷了，不是我刷的', atS: 5 });
      expect(topics.annual_fee).toMatchObject({ mentions: 1, callIds: ['c3'], signals: { suggestion: 1 } });
      // "账单短信也太晚了" is neither a phrase match nor negative here, so it is not tagged.
      expect(topics.digital).toBeUndefined();
      expect(topics.limit).toBeUndefined();
    });
  });
});
