/**
 * Linear vs neural sentiment model, like for like (issue 11). Both are trained by their own
 * trainer on exactly the same rows with the same features and loss weights:
 * - leave one data set out (the sets and scoring of leave-one-out.ts): train both without the
 *   set, score its test rows;
 * - trained on the whole train split: the test-split suites (suites.ts) and the customer-service
 *   held-out sets (heldout.ts; never trained or tuned on). The neural model trained on the whole
 *   train split is also written, with a config.json, to --out, so the benchmark can measure it
 *   (CALLQA_SENTIMENT_DIR=<out> npx tsx scripts/bench/main.ts sentiment), and its ONNX output is
 *   checked against the in-memory forward pass on every test row.
 *
 *   npx tsx scripts/training/sentiment/neural/compare.ts [--sets TweetEval,SST | --sets none] [--max-epochs 3] [--no-full] [--out dir] > lines.jsonl
 *
 * One JSON line per scored set; decide.ts turns the lines into the model card's tables and the
 * decision. Several minutes per left-out set on a shared core: --sets splits the work.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCompactSentiment } from '../../../../models/sentiment.ts';
import { featurize, SENTIMENT_LABELS } from '../../../../models/sentiment/featurizer.ts';
import { buildCorpus } from '../corpus.ts';
import { loadCsTurns, ussLowSatisfactionTest } from '../heldout.ts';
import { figures, HELD_OUT, type Figures, type Rows, type Scorer } from '../leave-one-out.ts';
import type { Probs } from '../metrics.ts';
import { select, type SplitRow } from '../splits.ts';
import { evaluationSuites } from '../suites.ts';
import { FEATURIZER, trainOnRows, type FeatureCache } from '../train-model.ts';
import { predictProbs, type LinearModel } from '../trainer.ts';
import { predictNeuralProbs, type EmbeddingBagModel } from './embedding-bag-model.ts';
import { NEURAL_OPTIONS, trainNeuralOnRows } from './train-neural-model.ts';
import { writeNeuralModelDir } from './write-model-dir.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const brief = (f: Figures) => ({ macroF1: round(f.macroF1), negativeRecall: round(f.negativeRecall) });
const cpuSeconds = (since: NodeJS.CpuUsage) => round(process.cpuUsage(since).user / 1e6);

function scorers(linear: LinearModel, neural?: EmbeddingBagModel): { linear: Scorer; neural: Scorer } {
  return {
    linear: async (texts) => texts.map((t) => predictProbs(linear, featurize(t, FEATURIZER))),
    neural: async (texts) => texts.map((t) => predictNeuralProbs(neural!, featurize(t, FEATURIZER))),
  };
}

async function both(section: string, set: string, kind: 'three' | 'binary', rows: Rows, s: { linear: Scorer; neural: Scorer }, extra: object = {}) {
  if (rows.length === 0) return;
  const [lin, neu] = [await figures(kind, rows, s.linear), await figures(kind, rows, s.neural)];
  console.log(JSON.stringify({ section, set, kind, n: rows.length, linear: brief(lin), neural: brief(neu), ...extra }));
}

async function main(): Promise<void> {
  const only = arg('--sets')?.split(',').filter(Boolean);
  const out = arg('--out') ?? join(tmpdir(), 'callqa-sentiment-neural');
  const corpus = buildCorpus();
  const train = select(corpus.rows, 'train');
  const test = (source: string): SplitRow[] => select(corpus.rows, 'test', source);
  const cache: FeatureCache = new Map();

  // Leave-one-out neural figures after every epoch up to --max-epochs, so the epoch count can be
  // chosen on the dev split afterwards without retraining; decide.ts reads only the lines of
  // NEURAL_OPTIONS.epochs, the count chosen on dev.
  const maxEpochs = Math.max(NEURAL_OPTIONS.epochs, Number(arg('--max-epochs') ?? NEURAL_OPTIONS.epochs));
  for (const h of HELD_OUT.filter((x) => !only || only.includes(x.name))) {
    const left = new Set(h.sources);
    const rows = train.filter((r) => !left.has(r.source));
    const scored = ([['three', h.three], ['binary', h.binary]] as const).filter((x): x is ['three' | 'binary', string] => x[1] !== undefined);
    let since = process.cpuUsage();
    const linear = trainOnRows(rows, cache);
    const linearCpuS = cpuSeconds(since);
    since = process.cpuUsage();
    const byEpoch: { cpuS: number; probs: Map<string, Probs> }[] = [];
    trainNeuralOnRows(rows, cache, { ...NEURAL_OPTIONS, epochs: maxEpochs }, (_, __, model) => {
      const cpuS = cpuSeconds(since);
      const probs = new Map(scored.flatMap(([, source]) => test(source).map((r) => [r.text, predictNeuralProbs(model, featurize(r.text, FEATURIZER))] as const)));
      byEpoch.push({ cpuS, probs });
    });
    const viaLinear = scorers(linear).linear;
    for (const [epoch, { cpuS, probs }] of byEpoch.entries()) {
      const viaNeural: Scorer = async (texts) => texts.map((t) => probs.get(t)!);
      for (const [kind, source] of scored) {
        await both('lodo', h.name, kind, test(source), { linear: viaLinear, neural: viaNeural }, { scoredOn: source, epoch: epoch + 1, trainCpuS: { linear: linearCpuS, neural: cpuS } });
      }
    }
  }
  if (process.argv.includes('--no-full')) return;

  const linear = trainOnRows(train, cache);
  const neural = trainNeuralOnRows(train, cache);
  const s = scorers(linear, neural);
  const suites = evaluationSuites(corpus, 'test');
  for (const suite of suites) await both('test', suite.name, suite.kind, suite.rows, s);
  await both('cs', 'cs_turns_en', 'three', loadCsTurns(), s);
  await both('cs', 'uss_low_test', 'three', ussLowSatisfactionTest(corpus), s);
  console.log(JSON.stringify({ section: 'full', neuralOptions: NEURAL_OPTIONS, trainRows: train.length }));

  // The exported ONNX must give the in-memory forward pass's probabilities on every test row.
  const dir = writeNeuralModelDir(neural, out, { trainRows: train.length });
  const runtime = await loadCompactSentiment({ dir, batchSize: 64 });
  const texts = suites.flatMap((x) => x.rows.map((r) => r.text));
  const viaOnnx = await runtime.scoreTexts(texts);
  await runtime.close();
  let maxAbsDiff = 0;
  texts.forEach((t, i) => {
    const p = predictNeuralProbs(neural, featurize(t, FEATURIZER));
    SENTIMENT_LABELS.forEach((label, c) => (maxAbsDiff = Math.max(maxAbsDiff, Math.abs(viaOnnx[i][label] - p[c]))));
  });
  console.log(JSON.stringify({ section: 'parity', dir, rows: texts.length, maxAbsProbDiff: maxAbsDiff }));
}

await main();
