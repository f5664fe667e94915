import { describe, expect, it } from 'vitest';
import {
  featureStrings,
  featurize,
  forEachFeatureHash,
  hash32,
  normalizeText,
  SENTIMENT_LABELS,
  tokenize,
  writeDenseRow,
  type FeaturizerConfig,
} from './featurizer.ts';

const config: FeaturizerConfig = {
  hashBits: 18,
  hanNgrams: [1, 3],
  wordNgrams: [1, 2],
  wordCharNgrams: [3, 5],
  negationScope: true,
  normalization: [],
  labels: SENTIMENT_LABELS,
};

describe('normalizeText', () => {
  it('strips BOMs, folds full-width forms and lower-cases', () => {
    expect(normalizeText('\uFEFF好的！ＯＫ，Ｔｈａｎｋｓ')).toBe('好的!ok,thanks');
  });

  it("splits clitics the way SST is tokenised, with curly apostrophes too", () => {
    expect(normalizeText("I don’t think it's fine")).toBe("i do n't think it 's fine");
  });

  it('replaces URLs', () => {
    expect(normalizeText('see https://example.com/x?y=1 now')).toBe('see  url  now');
  });
});

describe('tokenize', () => {
  it('separates Han runs from other tokens and keeps ! ? and clause breaks', () => {
    expect(tokenize(normalizeText('你们到底能不能解决！Why not, ok?'))).toEqual({
      hanRuns: ['你们到底能不能解决'],
      tokens: ['!', 'why', 'not', '.', 'ok', '?'],
    });
  });
});

describe('featureStrings', () => {
  it('makes Han 1–3-grams within a run', () => {
    const f = featureStrings('不好吃', { ...config, wordCharNgrams: [0, 0] });
    expect(f).toEqual(['h不', 'h好', 'h吃', 'h不好', 'h好吃', 'h不好吃']);
  });

  it('makes word uni/bi-grams, a negated copy after a negator, and boundary char n-grams', () => {
    const f = featureStrings('not good. fine', { ...config, wordCharNgrams: [3, 3] });
    expect(f).toEqual(expect.arrayContaining(['wnot', 'wgood', 'wnot good', 'wgood fine', 'ngood', 'c<go', 'cod>']));
    // The clause break ends the negation scope.
    expect(f).not.toContain('nfine');
  });
});

describe('hash32 / featurize', () => {
  it('is 32-bit FNV-1a (reference values)', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes exactly the feature strings, in order, without building them', () => {
    for (const text of ['这都第三次了，你们到底能不能解决！', "I don't like it, never again!", '𠮷野家 ok', '']) {
      const viaStrings = featureStrings(text, config).map(hash32);
      const viaHashes: number[] = [];
      forEachFeatureHash(text, config, (h) => viaHashes.push(h));
      expect(viaHashes).toEqual(viaStrings);
    }
  });

  it('gives unique indices in range with unit L2 norm', () => {
    const f = featurize('好的，谢谢。Thanks a lot!', config);
    expect(new Set(f.indices).size).toBe(f.indices.length);
    expect(Math.max(...f.indices)).toBeLessThan(1 << config.hashBits);
    const norm = Math.sqrt(f.values.reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 6);
  });

  it('gives no features for blank text', () => {
    expect(featurize('  ，。 ', config).indices.length).toBe(0);
  });

  it('writes a dense row', () => {
    const small = { ...config, hashBits: 8 };
    const f = featurize('好', small);
    const dense = new Float32Array(2 * 256);
    writeDenseRow(f, dense, 1, 8);
    expect(dense.slice(0, 256).every((v) => v === 0)).toBe(true);
    expect(dense.slice(256).reduce((s, v) => s + v, 0)).toBeCloseTo(f.values.reduce((s, v) => s + v, 0), 6);
  });
});
