/** Issue 11's keep rule on hand-made comparisons: each clause can reject on its own. */
import { describe, expect, it } from 'vitest';
import { decide, type Line } from './keep-rule.ts';

const line = (set: string, linear: number, neural: number, negLinear = 0.5, negNeural = 0.5): Line => ({
  section: 'lodo',
  set,
  kind: 'three',
  n: 100,
  linear: { macroF1: linear, negativeRecall: negLinear },
  neural: { macroF1: neural, negativeRecall: negNeural },
});

describe('keep rule', () => {
  const winning = [line('a', 0.6, 0.65), line('b', 0.7, 0.72), line('c', 0.8, 0.79)];

  it('keeps a model better on most sets, at most 0.02 worse on any, within 2× throughput', () => {
    expect(decide(winning, 1.5)).toMatchObject({ keep: true, better: 2, sets: 3 });
  });

  it('rejects when better on only half the sets', () => {
    expect(decide([line('a', 0.6, 0.65), line('b', 0.7, 0.69)], 1).keep).toBe(false);
  });

  it('rejects a loss of more than 0.02 on one set, and names it', () => {
    const d = decide([...winning, line('d', 0.6, 0.65), line('e', 0.7, 0.67)], 1);
    expect(d.keep).toBe(false);
    expect(d.worstSet).toMatch(/^e /);
    expect(d.worstDelta).toBeCloseTo(-0.03, 6);
  });

  it('rejects a model more than 2× slower', () => {
    expect(decide(winning, 2.1).keep).toBe(false);
  });

  it('compares negative recall on uss_low_test, whose gold is all negative', () => {
    const uss = { ...line('uss_low_test', 0.3, 0.3, 0.4, 0.5), section: 'cs' as const };
    expect(decide([uss], 1)).toMatchObject({ keep: true, better: 1 });
  });
});
