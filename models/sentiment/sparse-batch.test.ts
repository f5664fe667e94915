import { describe, expect, it } from 'vitest';
import { Featurizer, featurize, SENTIMENT_LABELS, type FeaturizerConfig } from './featurizer.ts';
import { featureBuckets, packBuckets, packSparseBatch } from './sparse-batch.ts';

const config: FeaturizerConfig = {
  hashBits: 16,
  hanNgrams: [1, 3],
  wordNgrams: [1, 2],
  wordCharNgrams: [3, 5],
  negationScope: true,
  normalization: [],
  labels: SENTIMENT_LABELS,
};

describe('featureBuckets / packBuckets', () => {
  // A long text after short ones makes the featurizer replace its scratch arrays mid-batch.
  const long = Array.from({ length: 400 }, (_, i) => `item${i} 第${i}号`).join(' ') + ' never again, not good at all!';
  const texts = ['好的', '', long, 'ok thanks', long.slice(0, 300)];

  it('gives each text the buckets featurize() gives it alone, whatever came before', () => {
    const buckets = featureBuckets(new Featurizer(config), texts);
    texts.forEach((t, i) => expect(Array.from(buckets[i])).toEqual(Array.from(featurize(t, config).indices)));
    expect(buckets[2].length).toBeGreaterThan(1024);
  });

  it('pads every row to the longest with bucket 0 and value 0, in the given order', () => {
    const buckets = featureBuckets(new Featurizer(config), texts);
    const order = [3, 1, 0];
    const batch = packBuckets(buckets, order);
    const width = Math.max(...order.map((i) => buckets[i].length));
    expect({ rows: batch.rows, width: batch.width }).toEqual({ rows: 3, width });
    order.forEach((i, r) => {
      const n = buckets[i].length;
      expect(Array.from(batch.indices.subarray(r * width, r * width + n))).toEqual(Array.from(buckets[i]));
      expect(batch.indices.subarray(r * width + n, (r + 1) * width).every((v) => v === 0)).toBe(true);
      const vals = batch.values.subarray(r * width, (r + 1) * width);
      vals.forEach((v, k) => expect(v).toBeCloseTo(k < n ? 1 / Math.sqrt(n) : 0, 7));
    });
  });

  it('gives an all-empty batch width 1 (onnxruntime refuses a zero dimension)', () => {
    const batch = packSparseBatch(new Featurizer(config), ['', '  ']);
    expect(batch.width).toBe(1);
    expect(Array.from(batch.values)).toEqual([0, 0]);
  });
});
