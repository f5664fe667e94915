/**
 * The committed compact model (models/sentiment/model.onnx + config.json), loaded with
 * onnxruntime-node exactly as the pipeline loads it, scored on the held-out test splits of
 * the shared datasets (rows the training script never trained on — same split code).
 * Bounds from issue 4: ≥ 0.88 on each Mandarin review test split, ≥ 0.80 on SST-2 test
 * (binary decision P(pos) > P(neg) from the 3-class model); the neutral class's precision and
 * recall on English 3-class test data are printed and must beat the trivial floor.
 */
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '../../scripts/training/sentiment/corpus.ts';
import { datasetsDir } from '../../scripts/training/sentiment/datasets.ts';
import { loadCsTurns } from '../../scripts/training/sentiment/heldout.ts';
import { threeClassReport } from '../../scripts/training/sentiment/metrics.ts';
import { evaluateSuites, evaluationSuites, formatResults, type SuiteResult } from '../../scripts/training/sentiment/suites.ts';
import { predictProbs } from '../../scripts/training/sentiment/trainer.ts';
import { loadCompactSentiment, type CompactSentimentModel } from '../sentiment.ts';
import { COMPACT_SENTIMENT_DIR } from './config.ts';
import { SENTIMENT_LABELS } from './featurizer.ts';

const haveData = existsSync(datasetsDir());
if (!haveData) {
  const why = `no data sets at ${datasetsDir()} (set CALLQA_DATASETS_DIR, or keep ../shared beside the repository)`;
  // CI always has ../shared beside the clone: there the accuracy bounds must run, not skip.
  if (process.env.CI) throw new Error(`held-out accuracy tests cannot run: ${why}`);
  console.log(`models/sentiment/model.test.ts held-out accuracy SKIPPED: ${why}`);
}

describe('committed compact sentiment model', () => {
  let model: CompactSentimentModel;
  beforeAll(async () => {
    model = await loadCompactSentiment({ batchSize: 64 });
  });
  afterAll(async () => model?.close());

  it('onnxruntime-node gives the probabilities of the weights stored in the ONNX file', async () => {
    // Decode the initializers with the project's onnx.proto subset and recompute the softmax in
    // JS: this checks the export (layout, byte order, graph) independently of the trainer.
    const root = protobuf.loadSync(join(COMPACT_SENTIMENT_DIR, '../../scripts/training/sentiment/onnx-subset.proto'));
    const proto = root.lookupType('onnx.ModelProto').decode(readFileSync(join(COMPACT_SENTIMENT_DIR, model.config.model.file))) as unknown as {
      graph: { initializer: { name: string; dims: number[]; rawData: Uint8Array }[]; node: { opType: string }[] };
      metadataProps: { key: string; value: string }[];
    };
    expect(proto.graph.node.map((n) => n.opType)).toEqual(['Gather', 'Mul', 'ReduceSum', 'Add', 'Softmax']);
    expect(proto.metadataProps.find((p) => p.key === 'labels')?.value).toBe(SENTIMENT_LABELS.join(','));
    const floats = (name: string) => {
      const t = proto.graph.initializer.find((i) => i.name === name)!;
      const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
      return Float32Array.from({ length: t.rawData.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
    };
    const linear = { hashBits: model.config.featurizer.hashBits, numClasses: 3, weights: floats('weights'), bias: floats('bias') };
    const texts = ['这都第三次了，你们到底能不能解决！', '好的，谢谢', 'I want to check my balance.', 'a gorgeous, witty, seductive movie.', ''];
    const viaOrt = await model.scoreTexts(texts);
    texts.forEach((t, i) => {
      const expected = predictProbs(linear, model.featurize(t));
      SENTIMENT_LABELS.forEach((label, c) => expect(viaOrt[i][label]).toBeCloseTo(expected[c], 5));
    });
  });

  it('finds ≥ 70% of the complaints in the held-out English customer-service turns (never trained or tuned on)', async () => {
    const rows = loadCsTurns();
    const probs = await model.scoreTexts(rows.map((r) => r.text));
    const report = threeClassReport(
      probs.map((p) => [p.negative, p.neutral, p.positive]),
      rows.map((r) => r.label),
    );
    console.log(`cs_turns_en: macro-F1 ${report.macroF1.toFixed(3)}, negative recall ${report.perClass.negative.recall.toFixed(3)}, confusion ${JSON.stringify(report.confusion)}`);
    expect(report.perClass.negative.support).toBe(60);
    expect(report.perClass.negative.recall).toBeGreaterThanOrEqual(0.7);
    // Not by calling everything negative: the neutral requests and thanks stay mostly non-negative.
    expect(report.confusion.neutral.negative + report.confusion.positive.negative).toBeLessThanOrEqual(6);
  });

  describe.skipIf(!haveData)('held-out test splits (datasets folder present)', () => {
    let corpus: Corpus;
    let results: Map<string, SuiteResult>;
    beforeAll(async () => {
      corpus = buildCorpus();
      const wanted = new Set(['chnsenticorp_htl', 'waimai_10k', 'online_shopping_10_cats', 'sst2', 'sst_fine', 'tweeteval']);
      const suites = evaluationSuites(corpus, 'test').filter((s) => wanted.has(s.name));
      const list = await evaluateSuites(suites, async (texts) =>
        (await model.scoreTexts(texts)).map((p) => [p.negative, p.neutral, p.positive]),
      );
      console.log(`compact sentiment, committed ONNX, test splits:\n${formatResults(list)}`);
      results = new Map(list.map((r) => [r.name, r]));
    });

    it('never scores a row that was trained on', () => {
      const train = new Set(corpus.rows.filter((r) => r.split === 'train').map((r) => r.text.trim().toLowerCase()));
      const test = corpus.rows.filter((r) => r.split === 'test');
      expect(test.length).toBeGreaterThan(10_000);
      expect(test.filter((r) => train.has(r.text.trim().toLowerCase()))).toEqual([]);
    });

    it.each(['chnsenticorp_htl', 'waimai_10k', 'online_shopping_10_cats'])('Mandarin %s test accuracy ≥ 0.88', (name) => {
      const r = results.get(name)!;
      expect(r.n).toBeGreaterThan(700);
      expect(r.accuracy).toBeGreaterThanOrEqual(0.88);
    });

    it('English SST-2 test accuracy ≥ 0.80 (binary decision from the 3-class model)', () => {
      const r = results.get('sst2')!;
      expect(r.n).toBe(1821);
      expect(r.accuracy).toBeGreaterThanOrEqual(0.8);
    });

    it.each(['sst_fine', 'tweeteval'])('%s: the neutral class beats always-neutral precision and is predicted', (name) => {
      const r = results.get(name)!;
      if (r.kind !== 'three') throw new Error('expected a 3-class report');
      const neutralShare = r.perClass.neutral.support / r.n;
      console.log(`${name}: neutral precision ${r.perClass.neutral.precision.toFixed(3)}, recall ${r.perClass.neutral.recall.toFixed(3)}, base rate ${neutralShare.toFixed(3)}`);
      // Precision above the base rate means a neutral call carries information; recall > 0.15 means it is used.
      expect(r.perClass.neutral.precision).toBeGreaterThan(neutralShare);
      expect(r.perClass.neutral.recall).toBeGreaterThan(0.15);
    });
  });
});
