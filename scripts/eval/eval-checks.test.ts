import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateNoisySet, shippedScorecards, type Evaluation } from './eval-checks.ts';
import { DEFAULT_NOISY, makeNoisySet, NOISY_SET_FILE, type NoisySet } from '../fixtures/make-noisy-set.ts';

const committed = JSON.parse(readFileSync(NOISY_SET_FILE, 'utf8')) as NoisySet;

describe('the noisy set (fixtures/noisy)', () => {
  it('is exactly what make-noisy-set.ts makes from its seed', () => {
    expect(JSON.parse(JSON.stringify(makeNoisySet(DEFAULT_NOISY)))).toEqual(committed);
  });

  it('differs with another seed and holds every hard case', () => {
    expect(makeNoisySet({ ...DEFAULT_NOISY, seed: 'other', zh: 5, en: 0 }).calls[0]).not.toEqual(committed.calls[0]);
    const kinds = new Set(committed.calls.map((c) => c.scenario.greeting));
    expect([...kinds].sort()).toEqual(['correct', 'late', 'near_miss', 'no_brand', 'no_surname', 'variant', 'wrong_surname']);
    expect(new Set(committed.calls.map((c) => c.scenario.noise))).toEqual(new Set(['clean', 'light', 'medium', 'heavy']));
  });
});

describe('script checks on the noisy set', () => {
  let ev: Evaluation;
  const figures = (key: string) => {
    ev ??= evaluateNoisySet(committed, shippedScorecards());
    return ev.figures[key];
  };

  it('detects the greeting with brand and own surname at precision and recall ≥ 0.95', () => {
    expect(figures('greeting').precision).toBeGreaterThanOrEqual(0.95);
    expect(figures('greeting').recall).toBeGreaterThanOrEqual(0.95);
  });

  it('never passes a greeting with someone else\'s surname heard: only one whose surname the transcript dropped, and says so', () => {
    figures('greeting');
    const wrong = committed.calls.filter((c) => c.scenario.greeting === 'wrong_surname');
    expect(wrong.length).toBeGreaterThan(50);
    const passedWrong = ev.misses.filter((m) => m.label === 'greeting' && m.scenario.greeting === 'wrong_surname');
    // A wrong surname the recogniser dropped (「我姓，」) cannot be told from a right one dropped: such a greeting passes at
    // confidence 0.5, its reason naming the unheard surname (surname-unheard.ts). Any other wrong surname fails.
    for (const m of passedWrong) expect(m.reason, m.callId).toContain('no surname was heard after it');
    expect(passedWrong.length).toBeLessThanOrEqual(2);
  });

  it('keeps the forbidden-phrase and closing figures where they were measured (regression guard)', () => {
    // Measured on this set: forbidden P 0.982 R 0.947; closing P 1.000 R 0.973 under the shipped
    // rule (offer of more help, or thanks and goodbye — closingTruth); greeting P 1.000 R 0.955.
    expect(figures('forbidden').precision).toBeGreaterThanOrEqual(0.95);
    expect(figures('forbidden').recall).toBeGreaterThanOrEqual(0.9);
    expect(figures('closing').precision).toBeGreaterThanOrEqual(0.95);
    expect(figures('closing').recall).toBeGreaterThanOrEqual(0.88);
  });

  it('gets every clean transcript right for the greeting', () => {
    expect(figures('greeting@clean')).toMatchObject({ fp: 0, fn: 0 });
  });
});
