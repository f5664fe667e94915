import { describe, expect, it } from 'vitest';
import { checkPhraseInWindow } from './phrase-in-window.ts';
import { agentSays, callContext, customerSays, paramsFor } from '../../fixtures/support/pipeline/test-calls.ts';

const greeting = paramsFor('phrase_in_window', {
  window: { anchor: 'agent_start', seconds: 10 },
  phrases: [['您好，{brand}，我姓{surname}，很高兴为您服务', '您好，欢迎致电{brand}，我姓{surname}，很高兴为您服务']],
});
const closing = paramsFor('phrase_in_window', {
  window: { anchor: 'agent_end', seconds: 20 },
  require: 'all',
  phrases: [['请问还有其他可以帮您的吗'], ['感谢您的来电，再见', '感谢您的来电']],
});
const body = [customerSays(5, 8, '我想查一下账单'), agentSays(9, 14, '好的，您本期账单是三千二百元，到期日是二十五号')];

describe('phrase_in_window: greeting with brand and surname', () => {
  it('passes an ASR-garbled greeting with homophones and gives evidence', () => {
    const r = checkPhraseInWindow(callContext([agentSays(1.2, 4.8, '您好，招商因行信用卡中心，我性王，很高兴为您服务'), ...body]), greeting);
    expect(r.outcome).toBe('pass');
    expect(r.evidence[0]).toMatchObject({
      atS: 1.2, speaker: 'agent', quote: '您好，招商因行信用卡中心，我性王，很高兴为您服务',
      matched: '您好，招商银行信用卡中心，我姓王，很高兴为您服务', similarity: 1,
    });
  });

  it('fails a greeting with someone else\'s surname and says whose', () => {
    const r = checkPhraseInWindow(callContext([agentSays(1, 4, '您好，招商银行信用卡中心，我姓李，很高兴为您服务'), ...body]), greeting);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toContain('“李”');
    expect(r.reason).toContain('“王”');
    expect(r.evidence[0].quote).toContain('我姓李');
  });

  it('fails a greeting without a surname', () => {
    const r = checkPhraseInWindow(callContext([agentSays(1, 4, '您好，招商银行信用卡中心，很高兴为您服务'), ...body]), greeting);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/without the agent's surname/);
  });

  it('measures the window from the agent\'s first words, not from the recording start', () => {
    const late = callContext([
      customerSays(0, 20, '（IVR 提示音）'),
      agentSays(21, 25, '您好，招商银行，我姓王，很高兴为您服务'),
      customerSays(26, 28, '我想查一下账单'),
    ]);
    expect(checkPhraseInWindow(late, greeting).outcome).toBe('pass');
  });

  it('fails a greeting said after the window and tells when it was said', () => {
    const ctx = callContext([agentSays(0, 3, '喂，您好'), customerSays(3, 12, '喂？'), agentSays(14, 18, '您好，招商银行，我姓王，很高兴为您服务')]);
    const r = checkPhraseInWindow(ctx, greeting);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/at 14 s .* is not within the first 10 s of agent speech/);
    // Evidence never quotes speech outside the check's window: the reason says when it was said.
    expect(r.evidence).toEqual([]);
  });

  it('is not applicable when the agent never speaks, or the roster has no surname', () => {
    expect(checkPhraseInWindow(callContext([customerSays(0, 3, '喂？')]), greeting).outcome).toBe('na');
    const r = checkPhraseInWindow(callContext([agentSays(0, 3, '您好，招商银行，我姓王')], { agent: { surname: '' } }), greeting);
    expect(r.outcome).toBe('na');
    expect(r.reason).toMatch(/no surname/);
  });

  it('passes an English greeting with a one-letter ASR slip, and fails a wrong English surname', () => {
    const en = paramsFor('phrase_in_window', {
      window: { anchor: 'agent_start', seconds: 10 },
      phrases: ['Thank you for calling {brand}, my name is {surname}, how may I help you'],
    });
    const ok = callContext([agentSays(0.5, 5, 'thank you for calling China Merchant Bank, um, my name is Smith, how may I help you?')], { language: 'en' });
    expect(checkPhraseInWindow(ok, en).outcome).toBe('pass');
    const wrong = callContext([agentSays(0.5, 5, 'Thank you for calling CMB, my name is Johnson, how may I help you?')], { language: 'en' });
    const r = checkPhraseInWindow(wrong, en);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toContain('“Johnson”');
  });
});

describe('phrase_in_window: closing and courtesy words', () => {
  it('passes a closing with both parts in the agent\'s last seconds', () => {
    const ctx = callContext([...body, agentSays(40, 46, '请问还有其他可以帮您的吗？好的，感谢您的来电，再见')]);
    const r = checkPhraseInWindow(ctx, closing);
    expect(r.outcome).toBe('pass');
    expect(r.evidence).toHaveLength(2);
  });

  it('fails a closing that misses one part and names the missing part', () => {
    const ctx = callContext([...body, agentSays(40, 44, '还有别的事吗？那就这样，拜拜')]);
    const r = checkPhraseInWindow(ctx, closing);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toContain('请问还有其他可以帮您的吗');
  });

  it('does not credit a closing phrase said early in the call', () => {
    const ctx = callContext([agentSays(1, 4, '感谢您的来电，请问还有其他可以帮您的吗'), customerSays(5, 8, '我想查账单'), agentSays(9, 60, '好的'.repeat(40))]);
    expect(checkPhraseInWindow(ctx, closing).outcome).toBe('fail');
  });

  it('requires every courtesy item with require: all', () => {
    const courtesy = paramsFor('phrase_in_window', { window: { anchor: 'anywhere' }, require: 'all', phrases: ['请', '您', ['谢谢', '感谢']] });
    expect(checkPhraseInWindow(callContext([agentSays(0, 5, '请您稍等，谢谢')]), courtesy).outcome).toBe('pass');
    const r = checkPhraseInWindow(callContext([agentSays(0, 5, '你等一下，谢谢')]), courtesy);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/“请”/);
  });
});
