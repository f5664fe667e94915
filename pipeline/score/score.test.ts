import { describe, expect, it } from 'vitest';
import { agentSays, callContext, customerSays, sentimentFor } from '../../fixtures/support/pipeline/test-calls.ts';
import { loadScorecard } from '../scorecard/load.ts';
import type { CheckResult } from '../types.ts';
import { NOT_SCORABLE, scoreCall, scoreFromResults } from './score.ts';

const result = (checkId: string, outcome: CheckResult['outcome'], weight: number, critical = false): CheckResult => ({
  checkId, section: 's', label: checkId, outcome, weight, critical, reason: `${checkId} ${outcome}`, evidence: [],
});

describe('scoreFromResults', () => {
  it('scores passed weight over applicable weight: not-applicable checks drop out and weights renormalise', () => {
    expect(scoreFromResults([result('a', 'pass', 50), result('b', 'fail', 30), result('c', 'na', 20)]).score).toBe(62.5);
    expect(scoreFromResults([result('a', 'pass', 50), result('b', 'pass', 30), result('c', 'na', 20)]).score).toBe(100);
  });

  it('ignores weight-0 checks', () => {
    expect(scoreFromResults([result('a', 'pass', 100), result('wait', 'fail', 0)]).score).toBe(100);
  });

  it('sets the score to 0 when a critical check fails and says which', () => {
    const s = scoreFromResults([result('a', 'pass', 85), result('forbidden', 'fail', 15, true)]);
    expect(s).toEqual({ score: 0, autoFailed: true, autoFailReasons: ['forbidden: forbidden fail'] });
    expect(scoreFromResults([result('a', 'pass', 85), result('forbidden', 'na', 15, true)]).autoFailed).toBe(false);
  });

  it('marks a call with no applicable weighted check as not scorable', () => {
    expect(scoreFromResults([result('a', 'na', 100)])).toEqual({ score: 0, autoFailed: false, autoFailReasons: [NOT_SCORABLE] });
  });
});

describe('scoreCall with the shipped zh-CN scorecard', () => {
  const card = loadScorecard(new URL('../scorecards/zh-CN-bank.yaml', import.meta.url).pathname);
  const good = [
    agentSays(0.5, 4.5, '您好，招商银行信用卡中心，我姓王，很高兴为您服务'),
    customerSays(5, 9, '你好，我上个月的年费怎么又扣了，太过分了'),
    agentSays(9.5, 15, '非常抱歉给您带来不便，请您提供一下卡号后四位，我帮您查询一下，请您稍等'),
    customerSays(15.5, 17, '好的，一二三四'),
    agentSays(45, 52, '感谢您的耐心等待，年费已经为您申请减免了，三个工作日内退回'),
    customerSays(52.5, 55, '好的，谢谢你'),
    agentSays(55.5, 61, '请问还有其他可以帮您的吗？感谢您的来电，再见'),
  ];

  it('gives a model call full marks, with every check accounted for', () => {
    const s = scoreCall(callContext(good, { call: { resolved: true, waitS: 8 }, sentiment: sentimentFor(good, { 1: -0.8, 5: 0.6 }) }), card);
    const failed = s.checks.filter((c) => c.outcome === 'fail').map((c) => `${c.checkId}: ${c.reason}`);
    expect(failed).toEqual([]);
    expect(s.score).toBe(100);
    expect(s.scorecardVersion).toBe(card.version);
    expect(s.checks).toHaveLength(13);
  });

  it('zeroes a call with a forbidden phrase and gives the reason', () => {
    const rude = [...good.slice(0, 4), agentSays(45, 50, '这个我也不知道，你自己看着办'), ...good.slice(5)];
    const s = scoreCall(callContext(rude, { call: { resolved: true } }), card);
    expect(s.score).toBe(0);
    expect(s.autoFailed).toBe(true);
    expect(s.autoFailReasons[0]).toMatch(/^未使用服务禁语: Said 2 forbidden phrases: 推诿[^:]*: “不知道” at 46.4 s .*“你自己看着办”/);
  });

  it('takes points off for a wrong surname without failing the whole call', () => {
    const wrong = [agentSays(0.5, 4.5, '您好，招商银行信用卡中心，我姓李，很高兴为您服务'), ...good.slice(1)];
    const s = scoreCall(callContext(wrong, { call: { resolved: true } }), card);
    expect(s.checks.find((c) => c.checkId === 'greeting')?.outcome).toBe('fail');
    expect(s.autoFailed).toBe(false);
    expect(s.score).toBeGreaterThan(60);
    expect(s.score).toBeLessThan(90);
  });
});
