import { describe, expect, it } from 'vitest';
import { actFeatureStrings, featurizerFingerprint, type ActFeaturizerConfig } from './featurizer.ts';

const base: ActFeaturizerConfig = { hashBits: 16, hanNgrams: [1, 3], wordNgrams: [1, 2], wordCharNgrams: [3, 5] };

describe('the act featurizer: word pairs with words between (wordSkipGap, I24)', () => {
  it('pairs each word with the words 2..gap+1 places after it, and with none when the gap is absent or 0', () => {
    const pairs = (c: ActFeaturizerConfig) => actFeatureStrings('You did this to yourself', c).filter((s) => s.startsWith('s'));
    expect(pairs(base)).toEqual([]);
    expect(pairs({ ...base, wordSkipGap: 0 })).toEqual([]);
    expect(pairs({ ...base, wordSkipGap: 1 })).toEqual(['syou this', 'sdid to', 'sthis yourself']);
    expect(pairs({ ...base, wordSkipGap: 3 })).toContain('syou yourself');
    expect(pairs({ ...base, wordSkipGap: 2 })).not.toContain('syou yourself');
  });

  it('leaves Han text alone (its character n-grams already span the gaps) and changes the fingerprint only when set', () => {
    expect(actFeatureStrings('您好很高兴为您服务', { ...base, wordSkipGap: 3 })).toEqual(actFeatureStrings('您好很高兴为您服务', base));
    expect(featurizerFingerprint({ ...base, wordSkipGap: 0 })).toBe(featurizerFingerprint(base));
    expect(featurizerFingerprint({ ...base, wordSkipGap: 3 })).not.toBe(featurizerFingerprint(base));
  });
});
