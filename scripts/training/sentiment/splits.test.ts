import { describe, expect, it } from 'vitest';
import type { LabelledText } from './datasets.ts';
import { assignSplits, hashSplit } from './splits.ts';

const row = (text: string, source = 's', officialSplit?: LabelledText['officialSplit']): LabelledText => ({
  text,
  label: 'neutral',
  source,
  lang: 'en',
  officialSplit,
});

describe('hashSplit', () => {
  it('splits about 80/10/10 and gives the same answer every time', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => `sentence number ${i}`);
    const counts = { train: 0, dev: 0, test: 0 };
    for (const t of texts) counts[hashSplit(t)]++;
    expect(counts.train / texts.length).toBeCloseTo(0.8, 1);
    expect(counts.dev / texts.length).toBeCloseTo(0.1, 1);
    expect(counts.test / texts.length).toBeCloseTo(0.1, 1);
    expect(texts.slice(0, 200).map(hashSplit)).toEqual(texts.slice(0, 200).map(hashSplit));
  });

  it('puts texts that normalise alike in the same split (full-width, case, BOM)', () => {
    for (let i = 0; i < 50; i++) expect(hashSplit(`\uFEFFＧＯＯＤ ${i}！`)).toBe(hashSplit(`good ${i}!`));
  });
});

describe('assignSplits', () => {
  it('keeps official splits and drops train rows whose text is a test row elsewhere', () => {
    const testText = Array.from({ length: 500 }, (_, i) => `t${i}`).find((t) => hashSplit(t) === 'test')!;
    const { rows, droppedForLeakage } = assignSplits([
      row(testText, 'hashed'),
      row(testText.toUpperCase(), 'official', 'train'),
      row('only here', 'official', 'dev'),
    ]);
    expect(droppedForLeakage).toBe(1);
    expect(rows.map((r) => [r.source, r.split])).toEqual([
      ['hashed', 'test'],
      ['official', 'dev'],
    ]);
  });
});
