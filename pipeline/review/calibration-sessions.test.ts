/**
 * Session agreement on a constructed case: three analysts, two calls, two checks.
 *
 *   item               ann   bob   cy     counts (pass, fail, na)
 *   c1 greeting        pass  pass  pass   3 0 0
 *   c1 closing         pass  fail  fail   1 2 0
 *   c2 greeting        fail  fail  fail   0 3 0
 *   c2 closing         pass  fail  na     1 1 1
 *
 * Fleiss by hand (n = 3 raters, P_i = Σ n_ij(n_ij − 1) / (3·2)):
 *   P = 1, 1/3, 1, 0 → P̄ = (7/3)/4 = 7/12
 *   category shares: pass 5/12, fail 6/12, na 1/12 → P̄e = (25 + 36 + 1)/144 = 31/72
 *   κ = (7/12 − 31/72)/(1 − 31/72) = (11/72)/(41/72) = 11/41 ≈ 0.2683
 * Per check: greeting P̄ = 1, shares 1/2, 1/2 → P̄e = 1/2, κ = 1;
 *            closing P̄ = 1/6, shares 2/6, 3/6, 1/6 → P̄e = 14/36, κ = (6/36 − 14/36)/(22/36) = −4/11.
 * Majority: c1 greeting pass, c1 closing fail, c2 greeting fail, c2 closing tie (none, not counted).
 *   ann: 2 of 3; bob: 3 of 3; cy: 3 of 3.
 */
import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../types.ts';
import { sessionAgreement } from './calibration-sessions.ts';

const table: [string, string, CheckOutcome, CheckOutcome, CheckOutcome][] = [
  ['c1', 'greeting', 'pass', 'pass', 'pass'],
  ['c1', 'closing', 'pass', 'fail', 'fail'],
  ['c2', 'greeting', 'fail', 'fail', 'fail'],
  ['c2', 'closing', 'pass', 'fail', 'na'],
];
const ratings = table.flatMap(([call, check, ...outcomes]) =>
  (['ann', 'bob', 'cy'] as const).map((evaluator, i) => ({ evaluator, call_id: call, check_id: check, outcome: outcomes[i] })));

describe('calibration session agreement', () => {
  it("gives the hand-computed Fleiss' kappa overall and per check", () => {
    const a = sessionAgreement(ratings);
    expect(a.analysts).toEqual(['ann', 'bob', 'cy']);
    expect(a.overall).toEqual({ items: 4, itemsLeftOut: 0, kappa: expect.closeTo(11 / 41, 12) });
    expect(a.checks.find((c) => c.checkId === 'greeting')!.kappa).toBeCloseTo(1, 12);
    expect(a.checks.find((c) => c.checkId === 'closing')!.kappa).toBeCloseTo(-4 / 11, 12);
  });

  it('takes the majority as the agreed answer, with no answer on a tie', () => {
    const a = sessionAgreement(ratings);
    expect(a.agreed.map((x) => x.answer)).toEqual(['pass', 'fail', 'fail', null]);
    expect(a.analystAgreement).toEqual([
      { evaluator: 'ann', compared: 3, agreed: 2, rate: 2 / 3 },
      { evaluator: 'bob', compared: 3, agreed: 3, rate: 1 },
      { evaluator: 'cy', compared: 3, agreed: 3, rate: 1 },
    ]);
  });

  it('leaves out items an analyst did not rate, and counts them', () => {
    const partial = ratings.filter((r) => !(r.evaluator === 'cy' && r.call_id === 'c2'));
    const a = sessionAgreement(partial);
    expect(a.overall.items).toBe(2);
    expect(a.overall.itemsLeftOut).toBe(2);
    // Items 1 and 2 alone: P̄ = (1 + 1/3)/2 = 2/3; shares pass 4/6, fail 2/6 → P̄e = 20/36; κ = (24/36 − 20/36)/(16/36) = 1/4.
    expect(a.overall.kappa).toBeCloseTo(0.25, 12);
  });
});
