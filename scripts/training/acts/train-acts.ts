/**
 * Trains the utterance-act model and writes models/acts/model.onnx + config.json.
 *
 *   npx tsx scripts/training/acts/train-acts.ts [--out <dir>] [--leave-out heldout18,heldout19]
 *
 * `--leave-out` (model selection): trains without those spent splits — their wordings dropped from
 * every source, as the untouched split's are — so a variant of the recipe can be compared with the
 * shipped one on splits neither was trained on (evaluate the model written to `--out`). Never used
 * for the shipped model, and never with the untouched split (it is out of training anyway).
 *
 * Data: real dialogue turns (real-data.ts; split 80/10/10 by clause hash, split.ts), the
 * paraphrase set's dev wordings and (since the H8 round) every wording of the spent held-out
 * splits, with ASR noise (paraphrase-dev.ts; the untouched split's wordings are never used, and no
 * row of any source may be or contain one), written templates (templates.ts) and slot grammars
 * (compositional.ts). Model: linear softmax over hashed n-grams (the sentiment trainer and ONNX
 * writer). Prints per-label accuracy on the real test split, then checks onnxruntime-node against
 * the in-memory model. Deterministic.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ort from 'onnxruntime-node';
import { ACT_CONFIG_FILE, ACT_MODEL_DIR, type ActModelConfig } from '../../../models/acts/config.ts';
import { actFeaturize, featurizerFingerprint, type ActFeaturizerConfig } from '../../../models/acts/featurizer.ts';
import { ACT_LABELS, type ActLabel } from '../../../models/acts/labels.ts';
import { buildSentimentOnnx, ONNX_NAMES } from '../sentiment/export-onnx.ts';
import { averageLinearModels, predictProbs, trainSoftmax, type Example, type TrainOptions } from '../sentiment/trainer.ts';
import { SPENT_BANK_SPLITS, UNTOUCHED_SPLIT, type BankSplit } from '../../eval/paraphrase/splits.ts';
import { paraphraseDevExamples, spentSplitExamples, touchesHeldout, untouchedWordings, wordingsOfSplit } from './paraphrase-dev.ts';
import { mobilecsExamples, multidogoExamples, ussExamples, type ActExample } from './real-data.ts';
import { actSplitOf } from './split.ts';
import { templateExamples } from './templates.ts';
import { compositionalExamples } from './compositional.ts';
import { noisyHardNegatives } from './noisy-negatives.ts';

export const MODEL_ID = 'callqa-acts';
export const MODEL_VERSION = '7';
/**
 * I24: word pairs with up to 3 words between them (wordSkipGap), chosen with `--leave-out heldout30,heldout31` against
 * the same recipe without them (both also trained without heldout32, then untouched): on those three splits, never trained on by
 * either, English forbidden-phrase false alarms 21 -> 16 for one more miss (58 -> 59), Mandarin one more miss (23 -> 24),
 * English closing one more hit and two fewer false alarms, the other checks within a call; real-data test accuracy 0.856 -> 0.872.
 * Also tried in I26 and not kept: word trigrams (wordNgrams [1, 3]) on top, with `--leave-out heldout32,heldout33`: on those two
 * splits English forbidden one call better either way, Mandarin forbidden two worse either way, closing a call or two either
 * way (real-data test accuracy 0.866 -> 0.877): no gain on wordings neither had seen.
 */
export const FEATURIZER: ActFeaturizerConfig = { hashBits: 16, hanNgrams: [1, 3], wordNgrams: [1, 2], wordCharNgrams: [3, 5], wordSkipGap: 3 };
export const TRAIN_OPTIONS: TrainOptions = { epochs: 6, learningRate: 0.1, l2: 1e-6, seed: 11 };
/** The shipped model is the mean of one model per seed (averageLinearModels). */
export const AVERAGED_SEEDS = [11, 12, 13];
/** The big `other` sources are capped so they do not drown the acts (every Nth row kept). */
const OTHER_CAP = { multidogo: 6000, uss: 5000 };
/** Noisy copies of each dev wording (the first is clean). */
const PARAPHRASE_COPIES = 12;
/**
 * Noisy copies of each spent-split wording. I11: 8 (was 4), chosen with `--leave-out heldout18,heldout19`
 * (both recipes trained without those two splits, compared on them): closing recall +11 calls, apology +4,
 * forbidden-phrase misses 78 -> 67 for false alarms 22 -> 32, the rest within a call or two. Also tried there
 * and not kept: 2^18 hash buckets (a 17 MB model for 5 fewer forbidden misses) and the clauses of
 * several-clause wordings as rows of their own (hold-etiquette recall fell to 0.70: "got the times" from
 * a hold thank-you became a hold act).
 */
const SPENT_COPIES = 8;
/** The loss weight of a hard negative (isHardNegative), in act rows: see the weighting comment in main(). */
const HARD_NEGATIVE_WEIGHT = 3;

const datasetsDir = resolve(process.env.CALLQA_DATASETS_DIR ?? join(import.meta.dirname, '../../../../shared/datasets'));

function capOther(rows: ActExample[], prefix: string, cap: number): ActExample[] {
  const others = rows.filter((r) => r.label === 'other' && r.source.startsWith(prefix));
  const step = Math.max(1, Math.ceil(others.length / cap));
  const keep = new Set(others.filter((_, i) => i % step === 0));
  return rows.filter((r) => r.label !== 'other' || !r.source.startsWith(prefix) || keep.has(r));
}

function dedupe(rows: ActExample[]): ActExample[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${r.label}\u0000${r.text.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** An `other` row written for this project against an act (grammars, templates), not an ordinary clause of real dialogue. */
function isHardNegative(r: ActExample): boolean {
  return /^(compositional|templates)\//.test(r.source);
}

function counts(rows: ActExample[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const r of rows) c[r.label] = (c[r.label] ?? 0) + 1;
  return c;
}

export function perLabelAccuracy(rows: ActExample[], predict: (t: string) => ActLabel): Record<string, { n: number; accuracy: number }> {
  const out: Record<string, { n: number; correct: number }> = {};
  for (const r of rows) {
    const o = (out[r.label] ??= { n: 0, correct: 0 });
    o.n++;
    if (predict(r.text) === r.label) o.correct++;
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { n: v.n, accuracy: Math.round((v.correct / v.n) * 1000) / 1000 }]));
}

/** The spent splits named by `--leave-out a,b` (none without the flag). */
export function leftOutSplits(argv: readonly string[]): BankSplit[] {
  const i = argv.indexOf('--leave-out');
  if (i < 0) return [];
  const names = (argv[i + 1] ?? '').split(',').filter(Boolean);
  if (names.length === 0) throw new Error('--leave-out: expected spent splits, e.g. --leave-out heldout18,heldout19');
  for (const n of names) {
    if (!(SPENT_BANK_SPLITS as readonly string[]).includes(n)) throw new Error(`--leave-out ${n}: not a spent split (spent: ${SPENT_BANK_SPLITS.join(', ')})`);
  }
  return names as BankSplit[];
}

async function main() {
  const i = process.argv.indexOf('--out');
  const out = i >= 0 ? resolve(process.argv[i + 1]) : ACT_MODEL_DIR;
  const leftOut = leftOutSplits(process.argv);
  if (leftOut.length > 0 && out === ACT_MODEL_DIR) throw new Error('--leave-out is for model selection: give --out <dir>, never the shipped model');
  // Only the untouched split stays out (H8 round): no row of any source may be, or contain, one of its
  // wordings. The spent splits (heldout, heldout2 onwards) are trained on, like dev.
  const untouched = [...untouchedWordings(), ...leftOut.flatMap(wordingsOfSplit)];
  const clear = (r: ActExample) => !touchesHeldout(r.text, untouched);
  let real = dedupe([...ussExamples(datasetsDir), ...multidogoExamples(datasetsDir), ...mobilecsExamples(datasetsDir)]);
  real = capOther(capOther(real, 'multidogo', OTHER_CAP.multidogo), 'uss', OTHER_CAP.uss);
  const beforeDrop = real.length;
  real = real.filter(clear);
  const droppedHeldout = beforeDrop - real.length;
  const split = (s: string) => real.filter((r) => actSplitOf(r.text) === s);
  const realTrain = split('train');
  const realTest = split('test');
  const ownTemplates = templateExamples();
  const templates = ownTemplates.filter(clear);
  const ownComposed = compositionalExamples();
  const composed = ownComposed.filter(clear);
  const negatives = noisyHardNegatives(composed).filter(clear);
  const dev = paraphraseDevExamples(PARAPHRASE_COPIES).filter(clear);
  const spent = (await spentSplitExamples(SPENT_COPIES, undefined, leftOut)).filter(clear);
  const extra = [...dev, ...spent, ...templates, ...composed, ...negatives];
  const train = [...realTrain, ...extra];

  // Each label weighs about the same in the loss, whatever its row count (capped at 5×). A hard negative
  // (an `other` row of the grammars or templates, written against one act; isHardNegative) weighs as much as a row
  // of an act (1): weighted as one of all the `other` rows, 「我看一下」 alone lost to the hundreds
  // of hold requests ending in it (I11: read 0.88 as a hold request; 0.51 weighted so). With --leave-out
  // heldout18,heldout19 the weighting cost heldout18 forbidden recall (en 10 -> 12 misses, zh 14 -> 16) for fewer false
  // alarms (en 10 -> 9, zh 3 -> 2); over the spent splits it took back the Mandarin holds the I10 retrain had lost.
  // Not the polite sentences of the paraphrase banks: weighted so too, they cost more forbidden recall (zh 18 misses).
  // v7 (I60): three act rows (HARD_NEGATIVE_WEIGHT). With every spent split through heldout62 trained on (four times the
  // spent rows of v6), weighted 1 they lost to the hold requests again: with --leave-out heldout63,…,heldout67 「卧看一下」
  // read 0.80 as a hold request and Mandarin unannounced holds went unflagged (−12 calls on those five splits, dev and
  // heldout); weighted 3, 0.54, and the holds came back (+1) with Mandarin closing false alarms −2 instead of +9.
  const byLabel = counts(train);
  const mean = train.length / Object.keys(byLabel).length;
  const examples: Example[] = train.map((r) => ({
    features: actFeaturize(r.text, FEATURIZER),
    label: ACT_LABELS.indexOf(r.label),
    weight: r.label === 'other' && isHardNegative(r) ? HARD_NEGATIVE_WEIGHT : Math.min(5, mean / byLabel[r.label]),
  }));
  console.log(`${untouched.length} wordings of ${[UNTOUCHED_SPLIT, ...leftOut].join(', ')} (untouched${leftOut.length ? ', left out' : ''}) kept out of every source`);
  console.log(`${ownTemplates.length - templates.length} templates and ${ownComposed.length - composed.length} composed rows dropped: they are, or contain, an untouched wording`);
  console.log(`training on ${examples.length} rows (${realTrain.length} real, ${dev.length} paraphrase dev, ${spent.length} spent-split, ${templates.length + composed.length} templates and grammars, ${negatives.length} noisy hard negatives); dropped ${droppedHeldout} real rows that are untouched wordings`);
  // H4: the mean of models trained from different shuffles (seeds), so a clause near a threshold
  // does not flip with the order the rows were seen in (single-seed retrains moved one call either way).
  const model = averageLinearModels(
    AVERAGED_SEEDS.map((seed) =>
      trainSoftmax(examples, FEATURIZER.hashBits, ACT_LABELS.length, { ...TRAIN_OPTIONS, seed }, (e, loss) => console.log(`seed ${seed} epoch ${e}: loss ${loss.toFixed(4)}`)),
    ),
  );
  const predict = (t: string) => {
    const p = predictProbs(model, actFeaturize(t, FEATURIZER));
    let b = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[b]) b = k;
    return ACT_LABELS[b];
  };
  const testFigures = perLabelAccuracy(realTest, predict);
  const testAccuracy = realTest.filter((r) => predict(r.text) === r.label).length / realTest.length;
  console.log(`real test split (${realTest.length} clauses never trained on): accuracy ${testAccuracy.toFixed(3)}`);
  for (const [l, f] of Object.entries(testFigures)) console.log(`  ${l.padEnd(20)} n=${String(f.n).padStart(5)}  accuracy ${f.accuracy.toFixed(3)}`);

  const onnx = buildSentimentOnnx(model, { labels: ACT_LABELS.join(','), model: MODEL_ID, version: MODEL_VERSION }, 'callqa utterance-act model: linear softmax over hashed n-grams');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'model.onnx'), onnx);
  const config: ActModelConfig = {
    id: MODEL_ID,
    version: MODEL_VERSION,
    labels: [...ACT_LABELS],
    featurizer: { ...FEATURIZER, fingerprint: featurizerFingerprint(FEATURIZER) },
    model: { file: 'model.onnx', sha256: createHash('sha256').update(onnx).digest('hex'), inputName: `${ONNX_NAMES.indices},${ONNX_NAMES.values}`, outputName: ONNX_NAMES.probs },
    training: {
      script: 'scripts/training/acts/train-acts.ts',
      datasets: {
        'uss_satisfaction_en/MWOZ.txt, SGD.txt': 'SYSTEM turns; REQ_MORE → further_help, GOODBYE → goodbye, single-act domain turns → other',
        'multidogo_customer_turns_en/*/{train,dev,test}.tsv': 'openinggreeting → greeting, closinggreeting → goodbye, thankyou → thanks, other intents → other',
        'mobilecs_example_zh/example.json': '问候 → greeting, 客套,再见 → goodbye, 通知 → other',
      },
      fileSha256: Object.fromEntries(
        ['uss_satisfaction_en/MWOZ.txt', 'uss_satisfaction_en/SGD.txt', 'mobilecs_example_zh/example.json'].map((f) => [f, createHash('sha256').update(readFileSync(join(datasetsDir, f))).digest('hex')]),
      ),
      paraphrase: `dev wordings of scripts/eval/paraphrase/elements-{zh,en}.ts (${PARAPHRASE_COPIES} copies each, ASR noise levels 1–2) and, since the H8 round, every wording of the spent splits heldout and ${SPENT_BANK_SPLITS.filter((x) => !leftOut.includes(x)).join(', ')} (${SPENT_COPIES} copies each); no row of any source is or contains a wording of the untouched split (${UNTOUCHED_SPLIT})${leftOut.length ? ` or of the splits left out for validation (${leftOut.join(', ')})` : ''}; ${droppedHeldout} real rows dropped for that`,
      templates: 'scripts/training/acts/templates.ts, scripts/training/acts/compositional.ts (slot grammars, G2 round; H3 round: forbidden categories and their hard negatives; H4 round: short offers of more help, thanks for calling and for holding, waits with their length, more forbidden constructions)',
      split: 'real data: sha256(normalised clause) 80/10/10 train/dev/test; only train is trained on',
      rows: { train: counts(train), realTest: counts(realTest) },
      options: { ...TRAIN_OPTIONS, averagedSeeds: AVERAGED_SEEDS },
      realTest: { n: realTest.length, accuracy: Math.round(testAccuracy * 1000) / 1000, perLabel: testFigures },
    },
  };
  writeFileSync(join(out, ACT_CONFIG_FILE), `${JSON.stringify(config, null, 2)}\n`);
  console.log(`wrote ${join(out, 'model.onnx')} (${(onnx.length / 1e6).toFixed(2)} MB) and ${ACT_CONFIG_FILE}`);

  // The file must compute what the trainer computed: onnxruntime on real test rows.
  const session = await ort.InferenceSession.create(onnx);
  let worst = 0;
  for (const r of realTest.slice(0, 200)) {
    const f = actFeaturize(r.text, FEATURIZER);
    if (f.indices.length === 0) continue;
    const res = await session.run({
      [ONNX_NAMES.indices]: new ort.Tensor('int32', f.indices, [1, f.indices.length]),
      [ONNX_NAMES.values]: new ort.Tensor('float32', f.values, [1, f.values.length, 1]),
    });
    const probs = res[ONNX_NAMES.probs].data as Float32Array;
    const ref = predictProbs(model, f);
    for (let c = 0; c < ref.length; c++) worst = Math.max(worst, Math.abs(ref[c] - probs[c]));
  }
  await session.release();
  console.log(`onnxruntime parity on 200 test rows: max |Δp| ${worst.toExponential(2)}`);
  if (worst > 1e-4) throw new Error('onnxruntime disagrees with the trained model');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
