import { describe, expect, it } from 'vitest';
import { SPENT_BANK_SPLITS, UNTOUCHED_SPLIT } from '../../eval/paraphrase/splits.ts';
import { touchesHeldout, wordingsOfSplit } from './paraphrase-dev.ts';
import { leftOutSplits } from './train-acts.ts';

describe('train-acts.ts --leave-out (model selection on spent splits no candidate trained on)', () => {
  const [a, b] = SPENT_BANK_SPLITS.slice(-2);

  it('names spent splits only, and none without the flag', () => {
    expect(leftOutSplits(['--out', '/tmp/x'])).toEqual([]);
    expect(leftOutSplits(['--leave-out', `${a},${b}`])).toEqual([a, b]);
    expect(() => leftOutSplits(['--leave-out', UNTOUCHED_SPLIT])).toThrow(/not a spent split/);
    expect(() => leftOutSplits(['--leave-out', 'heldout999'])).toThrow(/not a spent split/);
    expect(() => leftOutSplits(['--leave-out'])).toThrow(/expected spent splits/);
  });

  it('drops a row that is, or contains, a wording of a split left out', () => {
    const wordings = wordingsOfSplit(a);
    expect(wordings.length).toBeGreaterThan(500);
    const long = wordings.find((w) => w.length >= 14)!;
    expect(touchesHeldout(long, wordings)).toBe(true);
    expect(touchesHeldout(`um, ${long}, right`, wordings)).toBe(true);
    expect(touchesHeldout('a sentence written for this test alone, zebra quartz', wordings)).toBe(false);
  });
});
