/**
 * Trains the compact Mandarin/English sentiment model and writes it to models/sentiment/:
 * `model.onnx` (linear softmax over hashed n-grams) and `config.json` (featurizer, labels,
 * model sha256, data files and their sha256, split counts, options, metrics).
 *
 *   npx tsx scripts/training/train-sentiment.ts [--out <dir>]
 *
 * Deterministic: splits come from text hashes, shuffling from a fixed seed, epochs are
 * fixed; re-running on the same data writes byte-identical files. About a minute on one core.
 * Prints dev and test metrics, then checks that onnxruntime-node reproduces the in-memory
 * model's probabilities on every test row.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadCompactSentiment } from '../../models/sentiment.ts';
import { COMPACT_CONFIG_FILE, COMPACT_SENTIMENT_DIR, type CompactSentimentConfig } from '../../models/sentiment/config.ts';
import { featurize, SENTIMENT_LABELS } from '../../models/sentiment/featurizer.ts';
import { buildCorpus, COMPLAINT_TEMPLATE_COUNT, NEUTRAL_TEMPLATE_COUNTS } from './sentiment/corpus.ts';
import { buildSentimentOnnx, ONNX_NAMES } from './sentiment/export-onnx.ts';
import { labelShares } from './sentiment/metrics.ts';
import { loadMobilecsTurns } from './sentiment/mobilecs.ts';
import { select, SPLIT_FRACTIONS } from './sentiment/splits.ts';
import { evaluateSuites, evaluationSuites, formatResults } from './sentiment/suites.ts';
import { CLASS_WEIGHTS, FEATURIZER, SOURCE_WEIGHTS, TRAIN_OPTIONS, trainOnRows } from './sentiment/train-model.ts';
import { predictProbs, type LinearModel } from './sentiment/trainer.ts';

export const MODEL_ID = 'callqa-sentiment-compact';
const MODEL_FILE = 'model.onnx';

function parseArgs(argv: string[]): { out: string } {
  const i = argv.indexOf('--out');
  return { out: i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : COMPACT_SENTIMENT_DIR };
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const log = (...a: unknown[]) => console.log(...a);

async function main(): Promise<void> {
  const { out } = parseArgs(process.argv.slice(2));
  const started = Date.now();

  const corpus = buildCorpus();
  log(`data: ${corpus.datasetsDir}`);
  const counts: Record<string, Record<string, Record<string, number>>> = {};
  for (const r of corpus.rows) {
    ((counts[r.source] ??= {})[r.split] ??= {})[r.label] = (counts[r.source][r.split][r.label] ?? 0) + 1;
  }
  for (const [source, bySplit] of Object.entries(counts)) log(`  ${source.padEnd(24)} ${JSON.stringify(bySplit)}`);
  const skippedByFile: Record<string, number> = {};
  for (const s of corpus.skipped) skippedByFile[s.file] = (skippedByFile[s.file] ?? 0) + 1;
  log(`  skipped rows: ${JSON.stringify(skippedByFile)}; train/dev rows dropped because their text is a test row: ${corpus.droppedForLeakage}`);

  const train = select(corpus.rows, 'train');
  log(`training on ${train.length} rows, 2^${FEATURIZER.hashBits} features, ${JSON.stringify(TRAIN_OPTIONS)}`);
  const model: LinearModel = trainOnRows(train, undefined, (epoch, loss) =>
    log(`  epoch ${epoch}: mean weighted loss ${loss.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`),
  );

  const inMemory = async (texts: string[]) => texts.map((t) => predictProbs(model, featurize(t, FEATURIZER)));
  const devResults = await evaluateSuites(evaluationSuites(corpus, 'dev'), inMemory);
  const testSuites = evaluationSuites(corpus, 'test');
  const testResults = await evaluateSuites(testSuites, inMemory);
  log(`\ndev (in-memory model):\n${formatResults(devResults)}`);
  log(`\ntest (in-memory model):\n${formatResults(testResults)}`);

  const onnx = buildSentimentOnnx(
    model,
    { labels: SENTIMENT_LABELS.join(','), featurizer: JSON.stringify(FEATURIZER), model_id: MODEL_ID },
    'Compact zh/en sentiment classifier: hashed n-gram features (see config.json) → linear → softmax [negative, neutral, positive].',
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, MODEL_FILE), onnx);
  const config: CompactSentimentConfig = {
    id: MODEL_ID,
    featurizer: FEATURIZER,
    model: { file: MODEL_FILE, sha256: sha256(onnx), inputs: { indices: ONNX_NAMES.indices, values: ONNX_NAMES.values }, outputName: ONNX_NAMES.probs },
    training: {
      script: 'scripts/training/train-sentiment.ts',
      datasetsDir: '../shared/datasets (relative to the repository; CALLQA_DATASETS_DIR overrides)',
      files: corpus.files,
      neutralTemplates: { counts: NEUTRAL_TEMPLATE_COUNTS, generators: ['scripts/training/sentiment/zh-neutral.ts', 'scripts/training/sentiment/en-neutral.ts'] },
      complaintTemplates: { count: COMPLAINT_TEMPLATE_COUNT, generator: 'scripts/training/sentiment/en-complaints.ts' },
      splits: {
        rule: `sha256(normalised text): first 32 bits / 2^32 < ${SPLIT_FRACTIONS.train} train, < ${SPLIT_FRACTIONS.train + SPLIT_FRACTIONS.dev} dev, else test; SST keeps its official splits; train/dev rows whose text is any test row are dropped`,
        rows: counts,
        skippedRows: skippedByFile,
        droppedForLeakage: corpus.droppedForLeakage,
      },
      options: TRAIN_OPTIONS,
      sourceWeights: SOURCE_WEIGHTS,
      classWeights: CLASS_WEIGHTS,
      trainRows: train.length,
      metrics: { dev: devResults, test: testResults },
    },
  };
  const writeConfig = () => writeFileSync(join(out, COMPACT_CONFIG_FILE), JSON.stringify(config, null, 2) + '\n');
  writeConfig();
  log(`\nwrote ${relative(process.cwd(), join(out, MODEL_FILE))} (${(onnx.length / 1e6).toFixed(2)} MB, sha256 ${config.model.sha256.slice(0, 12)}) and ${COMPACT_CONFIG_FILE}`);

  // Parity: the exported ONNX run by onnxruntime-node must give the in-memory probabilities.
  const runtime = await loadCompactSentiment({ dir: out, batchSize: 64 });
  const texts = testSuites.flatMap((s) => s.rows.map((r) => r.text));
  const viaOnnx = await runtime.scoreTexts(texts);
  const viaMemory = await inMemory(texts);
  let maxAbsDiff = 0;
  viaOnnx.forEach((p, i) =>
    SENTIMENT_LABELS.forEach((label, c) => (maxAbsDiff = Math.max(maxAbsDiff, Math.abs(p[label] - viaMemory[i][c])))),
  );
  log(`parity: onnxruntime-node vs in-memory on ${texts.length} test rows: max |Δp| = ${maxAbsDiff.toExponential(2)}`);
  if (!(maxAbsDiff < 1e-4)) throw new Error(`ONNX export disagrees with the trained model (max |Δp| ${maxAbsDiff})`);

  const mobilecs = loadMobilecsTurns();
  const smoke: Record<string, ReturnType<typeof labelShares>> = {};
  for (const speaker of ['customer', 'agent'] as const) {
    const turns = mobilecs.filter((t) => t.speaker === speaker);
    const probs = await runtime.scoreTexts(turns.map((t) => t.text));
    smoke[speaker] = labelShares(probs.map((p) => [p.negative, p.neutral, p.positive]));
    log(`mobilecs smoke (unlabelled real zh service calls), ${speaker} turns n=${turns.length}: ${JSON.stringify(smoke[speaker], (_, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`);
  }
  await runtime.close();

  config.training.parity = { rows: texts.length, maxAbsProbDiff: maxAbsDiff };
  config.training.mobilecsSmokeLabelShares = smoke;
  writeConfig();
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
