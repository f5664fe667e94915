import { describe, expect, it } from 'vitest';
import { weakestChecks, type CheckTally } from './weak-checks.ts';

const tally = (checkId: string, passed: number, failed: number, weight = 10, na = 0): CheckTally => ({ agentId: 'a', checkId, label: checkId, section: 's', weight, passed, failed, na });

describe('weakestChecks', () => {
  it('orders by pass rate, then weight, then failures; skips perfect, display-only and rarely applicable checks', () => {
    const result = weakestChecks([
      tally('perfect', 10, 0),
      tally('display-only', 0, 10, 0),
      tally('rare', 0, 2),
      tally('half-light', 5, 5, 5),
      tally('half-heavy', 5, 5, 20),
      tally('mostly-fine', 9, 1),
      tally('worst', 1, 9, 2, 30),
    ], { limit: 4 });
    expect(result.get('a')!.map((c) => c.checkId)).toEqual(['worst', 'half-heavy', 'half-light', 'mostly-fine']);
    expect(result.get('a')![0]).toMatchObject({ applicable: 10, failed: 9, passRate: 0.1 });
  });
});
