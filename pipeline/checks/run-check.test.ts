import { describe, expect, it } from 'vitest';
import { checkResolution } from './resolution.ts';
import { runCheck } from './run-check.ts';
import { agentSays, callContext, paramsFor } from '../../fixtures/support/pipeline/test-calls.ts';
import { checkWaitTime } from './wait-time.ts';
import type { ScorecardCheck } from '../scorecard/schema.ts';

const greetingCheck: ScorecardCheck = {
  id: 'greeting',
  label: '标准开场白',
  kind: 'phrase_in_window',
  weight: 20,
  critical: false,
  section: 'opening',
  notApplicableWhen: [{ direction: 'outbound' }, { callShorterThanS: 5 }],
  params: paramsFor('phrase_in_window', { window: { anchor: 'agent_start', seconds: 10 }, phrases: ['您好，{brand}，我姓{surname}'] }),
};
const greeted = [agentSays(0, 4, '您好，招商银行，我姓王'), agentSays(4, 30, '好的')];

describe('resolution and wait_time (manifest)', () => {
  it('reads resolved and wait_s, and is not applicable when the manifest lacks them', () => {
    expect(checkResolution(callContext([], { call: { resolved: true } }), {}).outcome).toBe('pass');
    expect(checkResolution(callContext([], { call: { resolved: false } }), {}).outcome).toBe('fail');
    expect(checkResolution(callContext([]), {}).outcome).toBe('na');
    expect(checkWaitTime(callContext([], { call: { waitS: 12 } }), { maxWaitS: 15 }).outcome).toBe('pass');
    const slow = checkWaitTime(callContext([], { call: { waitS: 48 } }), { maxWaitS: 15 });
    expect(slow.outcome).toBe('fail');
    expect(slow.reason).toBe('The caller waited 48 s in queue, longer than 15 s.');
    const none = checkWaitTime(callContext([]), { maxWaitS: 15 });
    expect(none).toMatchObject({ outcome: 'na', reason: 'The manifest has no wait_s value for this call.' });
  });
});

describe('runCheck', () => {
  it('stamps the result with the scorecard\'s id, section, label, weight and criticality', () => {
    expect(runCheck(callContext(greeted), greetingCheck)).toMatchObject({
      checkId: 'greeting', section: 'opening', label: '标准开场白', weight: 20, critical: false, outcome: 'pass',
    });
  });

  it('applies the not-applicable rules before running the check', () => {
    const outbound = runCheck(callContext(greeted, { call: { direction: 'outbound' } }), greetingCheck);
    expect(outbound).toMatchObject({ outcome: 'na', reason: 'Not applicable to outbound calls (scorecard rule).' });
    const short = runCheck(callContext(greeted, { call: { durationS: 3 } }), greetingCheck);
    expect(short.outcome).toBe('na');
    expect(short.reason).toMatch(/shorter than 5 s; this one lasted 3 s/);
  });

  it('turns a check that throws on bad stored data into a not-applicable result, not a crash', () => {
    const broken = callContext([{ speaker: 'agent', start: 0, end: 3, text: undefined as unknown as string }], { call: { durationS: 60 } });
    const r = runCheck(broken, greetingCheck);
    expect(r.outcome).toBe('na');
    expect(r.reason).toMatch(/could not run/);
  });
});
