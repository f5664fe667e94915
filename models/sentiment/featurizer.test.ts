/**
 * The fast featurizer (typed arrays, integer hashing over code points) against a plain
 * reference: the string-building version it replaced, kept here. Both must give the same
 * feature hashes in the same order on a few hundred Mandarin and English sentences.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../scripts/training/sentiment/corpus.ts';
import { datasetsDir } from '../../scripts/training/sentiment/datasets.ts';
import { enNeutralUtterances } from '../../scripts/training/sentiment/en-neutral.ts';
import { zhNeutralUtterances } from '../../scripts/training/sentiment/zh-neutral.ts';
import {
  Featurizer,
  featurize,
  forEachFeatureHash,
  hashCodePoints,
  NEGATORS,
  normalizeText,
  SENTIMENT_LABELS,
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

// ---- The reference: the straightforward string version (slow, obviously right). ----
const HAN = /\p{Script=Han}/u;
const TOKEN_CHAR = /[\p{L}\p{N}'_]/u;
const CLAUSE_BREAK = new Set(['.', ',', ';', ':', '。', '；', '、']);
const PUNCT = new Set(['!', '?', '.']);

function referenceTokenize(normalized: string): { hanRuns: string[]; tokens: string[] } {
  const hanRuns: string[] = [];
  const tokens: string[] = [];
  let han = '';
  let tok = '';
  const flushHan = () => {
    if (han) hanRuns.push(han);
    han = '';
  };
  const flushTok = () => {
    if (tok && tok !== "'" && tok !== "''") tokens.push(tok);
    tok = '';
  };
  for (const ch of normalized) {
    if (HAN.test(ch)) {
      flushTok();
      han += ch;
    } else if (TOKEN_CHAR.test(ch)) {
      flushHan();
      tok += ch;
    } else {
      flushHan();
      flushTok();
      if (ch === '!' || ch === '?') tokens.push(ch);
      else if (CLAUSE_BREAK.has(ch)) tokens.push('.');
    }
  }
  flushHan();
  flushTok();
  return { hanRuns, tokens };
}

function referenceFeatureStrings(text: string, c: FeaturizerConfig): string[] {
  const { hanRuns, tokens } = referenceTokenize(normalizeText(text));
  const out: string[] = [];
  for (const run of hanRuns) {
    const chars = Array.from(run);
    for (let n = c.hanNgrams[0]; n <= c.hanNgrams[1]; n++) {
      for (let i = 0; i + n <= chars.length; i++) out.push('h' + chars.slice(i, i + n).join(''));
    }
  }
  const words = tokens.filter((t) => !PUNCT.has(t));
  for (const t of tokens) if (t === '!' || t === '?') out.push('p' + t);
  for (let n = c.wordNgrams[0]; n <= c.wordNgrams[1]; n++) {
    for (let i = 0; i + n <= words.length; i++) out.push('w' + words.slice(i, i + n).join(' '));
  }
  if (c.negationScope) {
    let negated = false;
    for (const t of tokens) {
      if (PUNCT.has(t)) negated = false;
      else if (NEGATORS.has(t)) negated = true;
      else if (negated) out.push('n' + t);
    }
  }
  if (c.wordCharNgrams[0] > 0) {
    for (const w of words) {
      const chars = Array.from('<' + w + '>');
      for (let n = c.wordCharNgrams[0]; n <= c.wordCharNgrams[1]; n++) {
        for (let i = 0; i + n <= chars.length; i++) out.push('c' + chars.slice(i, i + n).join(''));
      }
    }
  }
  return out;
}

// ---- Sentences: tricky hand-written ones, generated service turns, and real data rows when present. ----
const HAND_WRITTEN = [
  '这都第三次了，你们到底能不能解决！',
  "I don't like it, never again!",
  '𠮷野家 ok 𠮷𠮷',
  '',
  '   ',
  "'' quoted '' and ' alone",
  'not good. fine',
  'ＯＫ，Ｔｈａｎｋｓ！！？',
  '好的，谢谢。Thanks a lot!',
  'see https://example.com/x?y=1 now',
  'abc\uD800def', // a lone surrogate
  '客服123号，工号A7，订单No.55',
  "won't can't shouldn't it's they're",
  '不是很好，但也没有那么差；还行吧、凑合',
];

function sentences(): string[] {
  const out = [...HAND_WRITTEN, ...zhNeutralUtterances(150, 5), ...enNeutralUtterances(150, 5)];
  if (existsSync(datasetsDir())) {
    const rows = buildCorpus().rows.filter((r) => r.split === 'test');
    for (const source of ['waimai_10k', 'chnsenticorp_htl', 'tweeteval', 'sst_fine', 'goemotions']) {
      out.push(...rows.filter((r) => r.source === source).slice(0, 60).map((r) => r.text));
    }
  }
  return out;
}

describe('hashCodePoints', () => {
  it('is 32-bit FNV-1a (reference values; one step per code point)', () => {
    expect(hashCodePoints('')).toBe(0x811c9dc5);
    expect(hashCodePoints('a')).toBe(0xe40c292c);
    expect(hashCodePoints('foobar')).toBe(0xbf9cf968);
    // An astral character is one step, not two UTF-16 units.
    expect(hashCodePoints('𠮷')).toBe((Math.imul(0x811c9dc5 ^ 0x20bb7, 0x01000193) >>> 0));
  });
});

describe('Featurizer', () => {
  const texts = sentences();

  it('hashes exactly the reference feature strings, in order, on every sentence', () => {
    expect(texts.length).toBeGreaterThan(300);
    const fast = new Featurizer(config);
    for (const text of texts) {
      const expected = referenceFeatureStrings(text, config).map(hashCodePoints);
      const got: number[] = [];
      fast.forEachHash(text, (h) => got.push(h));
      expect({ text, got }).toEqual({ text, got: expected });
    }
  });

  it('agrees with the reference under other n-gram settings too', () => {
    const other: FeaturizerConfig = { ...config, hanNgrams: [2, 2], wordNgrams: [1, 3], wordCharNgrams: [0, 0], negationScope: false };
    for (const text of texts.slice(0, 80)) {
      const got: number[] = [];
      forEachFeatureHash(text, other, (h) => got.push(h));
      expect(got).toEqual(referenceFeatureStrings(text, other).map(hashCodePoints));
    }
  });

  it('is deterministic: the same text gives the same features, whatever came before', () => {
    const a = new Featurizer(config);
    const b = new Featurizer(config);
    const first = texts.map((t) => a.featurize(t));
    const reversed = [...texts].reverse().map((t) => b.featurize(t)).reverse();
    first.forEach((f, i) => {
      expect(Array.from(f.indices)).toEqual(Array.from(reversed[i].indices));
      expect(Array.from(f.values)).toEqual(Array.from(reversed[i].values));
    });
  });

  it('gives the unique buckets of the reference, with unit L2 norm', () => {
    const mask = (1 << config.hashBits) - 1;
    for (const text of texts.slice(0, 100)) {
      const f = featurize(text, config);
      const expected = [...new Set(referenceFeatureStrings(text, config).map((s) => hashCodePoints(s) & mask))];
      expect(Array.from(f.indices)).toEqual(expected);
      if (expected.length) expect(Math.sqrt(f.values.reduce((s, v) => s + v * v, 0))).toBeCloseTo(1, 6);
    }
  });

  it('gives no features for blank text', () => {
    expect(featurize('  ，。 ', config).indices.length).toBe(0);
  });
});

describe('normalizeText', () => {
  it('strips BOMs, folds full-width forms and lower-cases', () => {
    expect(normalizeText('\uFEFF好的！ＯＫ，Ｔｈａｎｋｓ')).toBe('好的!ok,thanks');
  });

  it('splits clitics the way SST is tokenised, with curly apostrophes too', () => {
    expect(normalizeText('I don’t think it\'s fine')).toBe("i do n't think it 's fine");
  });

  it('replaces URLs', () => {
    expect(normalizeText('see https://example.com/x?y=1 now')).toBe('see  url  now');
  });
});

describe('reference feature strings (what the hashes stand for)', () => {
  it('makes Han 1–3-grams within a run', () => {
    expect(referenceFeatureStrings('不好吃', { ...config, wordCharNgrams: [0, 0] })).toEqual(['h不', 'h好', 'h吃', 'h不好', 'h好吃', 'h不好吃']);
  });

  it('makes word uni/bi-grams, a negated copy after a negator, and boundary char n-grams', () => {
    const f = referenceFeatureStrings('not good. fine', { ...config, wordCharNgrams: [3, 3] });
    expect(f).toEqual(expect.arrayContaining(['wnot', 'wgood', 'wnot good', 'wgood fine', 'ngood', 'c<go', 'cod>']));
    expect(f).not.toContain('nfine');
  });
});
