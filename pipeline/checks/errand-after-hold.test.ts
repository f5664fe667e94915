import { describe, expect, it } from 'vitest';
import { ACT_LABELS, type ActLabel } from '../../models/acts/labels.ts';
import type { AgentClause } from './act-signal.ts';
import { isErrandAfterHold } from './errand-after-hold.ts';

/** A clause of `segment` at characters [from, to), with `holdP` as its hold-request probability. */
function clause(segment: number, from: number, to: number, holdP = 0): AgentClause {
  const probs = Object.fromEntries(ACT_LABELS.map((l) => [l, 0])) as Record<ActLabel, number>;
  probs.hold_request = holdP;
  return { segment, text: 'x'.repeat(to - from), from, to, atS: from, endS: to, probs, units: to - from, wholeTurn: false, opensTurn: from === 0, endsTurn: false };
}

describe('isErrandAfterHold', () => {
  const hold = clause(1, 0, 12, 0.9);
  const errand = clause(1, 14, 40);
  const singles = [clause(0, 0, 30), hold, errand];

  it('is true for the clause straight after a hold request in the same turn, alone or as the second of a pair', () => {
    expect(isErrandAfterHold(errand, singles)).toBe(true);
    expect(isErrandAfterHold({ ...clause(1, 0, 40), probs: errand.probs }, singles)).toBe(true);
  });

  it('is false for the hold request itself, a clause before it, a clause in another turn, or after a clause that is no hold request', () => {
    expect(isErrandAfterHold(hold, singles)).toBe(false);
    const before = clause(2, 0, 10);
    const thenHold = clause(2, 12, 20, 0.9);
    expect(isErrandAfterHold(before, [before, thenHold])).toBe(false);
    expect(isErrandAfterHold(clause(0, 0, 30), singles)).toBe(false);
    const weak = clause(3, 0, 12, 0.3);
    const after = clause(3, 14, 30);
    expect(isErrandAfterHold(after, [weak, after])).toBe(false);
  });
});
