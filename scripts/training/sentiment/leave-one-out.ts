/**
 * Leave-one-dataset-out evaluation of the compact sentiment model (issue 11): for each
 * held-out set, train exactly as train-sentiment.ts does but without any row of that set, then
 * score the set's test rows. Next to it, the shipped model (trained with the set) on the same
 * rows, and the shipped model on the English customer-service sets kept apart from training
 * (heldout.ts).
 *
 *   npx tsx scripts/training/sentiment/leave-one-out.ts [--markdown]
 *
 * Prints one JSON line per held-out set (and per customer-service set), then, with
 * --markdown, the table for models/README.md. Three-class sets: macro-F1 over the three
 * classes and negative recall from the argmax. Binary sets (reviews, SST-2; no neutral gold):
 * scored on negative vs positive only — decision P(pos) > P(neg), macro-F1 of the two classes.
 * About 30 s per held-out set on one core.
 */
import { pathToFileURL } from 'node:url';
import { loadCompactSentiment } from '../../../models/sentiment.ts';
import { featurize } from '../../../models/sentiment/featurizer.ts';
import type { SentimentLabel } from '../../../pipeline/types.ts';
import { buildCorpus } from './corpus.ts';
import { loadCsTurns, ussLowSatisfactionTest } from './heldout.ts';
import { binaryF1Report, threeClassReport, type Probs } from './metrics.ts';
import { select, type SplitRow } from './splits.ts';
import { FEATURIZER, trainOnRows, type FeatureCache } from './train-model.ts';
import { predictProbs } from './trainer.ts';

export interface HeldOut {
  name: string;
  /** Sources left out of training. */
  sources: string[];
  /** Test rows scored, by kind. */
  three?: string;
  binary?: string;
}

export const HELD_OUT: HeldOut[] = [
  { name: 'TweetEval', sources: ['tweeteval'], three: 'tweeteval' },
  { name: 'GoEmotions', sources: ['goemotions'], three: 'goemotions' },
  { name: 'SST', sources: ['sst_fine', 'sst2'], three: 'sst_fine', binary: 'sst2' },
  { name: 'ChnSentiCorp', sources: ['chnsenticorp_htl'], binary: 'chnsenticorp_htl' },
  { name: 'waimai_10k', sources: ['waimai_10k'], binary: 'waimai_10k' },
  { name: 'online_shopping_10_cats', sources: ['online_shopping_10_cats'], binary: 'online_shopping_10_cats' },
];

export type Scorer = (texts: string[]) => Promise<Probs[]>;
export type Rows = { text: string; label: SentimentLabel }[];

export interface Figures {
  kind: 'three' | 'binary';
  n: number;
  macroF1: number;
  negativeRecall: number;
}

export async function figures(kind: 'three' | 'binary', rows: Rows, score: Scorer): Promise<Figures> {
  const probs = await score(rows.map((r) => r.text));
  const gold = rows.map((r) => r.label);
  if (kind === 'binary') {
    const r = binaryF1Report(probs, gold);
    return { kind, n: r.n, macroF1: r.macroF1, negativeRecall: r.negativeRecall };
  }
  const r = threeClassReport(probs, gold);
  return { kind, n: r.n, macroF1: r.macroF1, negativeRecall: r.perClass.negative.recall };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const fmt = (f: Figures) => `${f.macroF1.toFixed(3)} | ${f.negativeRecall.toFixed(3)}`;

async function main(): Promise<void> {
  const markdown = process.argv.includes('--markdown');
  const corpus = buildCorpus();
  const train = select(corpus.rows, 'train');
  const test = (source: string): SplitRow[] => select(corpus.rows, 'test', source);
  const cache: FeatureCache = new Map();
  const shipped = await loadCompactSentiment({ batchSize: 64 });
  const viaShipped: Scorer = async (texts) => (await shipped.scoreTexts(texts)).map((p) => [p.negative, p.neutral, p.positive]);
  const table: string[] = [];

  for (const h of HELD_OUT) {
    const started = Date.now();
    const left = new Set(h.sources);
    const model = trainOnRows(train.filter((r) => !left.has(r.source)), cache);
    const viaLodo: Scorer = async (texts) => texts.map((t) => predictProbs(model, featurize(t, FEATURIZER)));
    for (const [kind, source] of [['three', h.three], ['binary', h.binary]] as const) {
      if (!source) continue;
      const rows = test(source);
      const lodo = await figures(kind, rows, viaLodo);
      const inDomain = await figures(kind, rows, viaShipped);
      const line = { heldOut: h.name, testRows: source, kind, n: rows.length, lodo: { macroF1: round(lodo.macroF1), negativeRecall: round(lodo.negativeRecall) }, shipped: { macroF1: round(inDomain.macroF1), negativeRecall: round(inDomain.negativeRecall) }, seconds: Math.round((Date.now() - started) / 1000) };
      console.log(JSON.stringify(line));
      table.push(`| ${h.name} | ${source} (${kind === 'three' ? '3-class' : 'neg vs pos'}) | ${rows.length} | ${fmt(lodo)} | ${fmt(inDomain)} |`);
    }
  }

  const cs: [string, string, Rows][] = [
    ['cs_turns_en', 'hand-written English customer turns, never trained or tuned on', loadCsTurns()],
    ['uss_low_test', 'USS test dialogues, user turns rated 1–2 (weak gold, all negative)', ussLowSatisfactionTest(corpus)],
  ];
  const csTable: string[] = [];
  for (const [name, note, rows] of cs) {
    const f = await figures('three', rows, viaShipped);
    const probs = await viaShipped(rows.map((r) => r.text));
    const report = threeClassReport(probs, rows.map((r) => r.label));
    console.log(JSON.stringify({ set: name, note, n: f.n, shipped: { macroF1: round(f.macroF1), negativeRecall: round(f.negativeRecall) }, confusion: report.confusion }));
    csTable.push(`| ${name} | ${note} | ${f.n} | ${name === 'uss_low_test' ? '—' : f.macroF1.toFixed(3)} | ${f.negativeRecall.toFixed(3)} |`);
  }
  await shipped.close();

  if (markdown) {
    console.log('\n| left out | scored on (test rows) | n | LODO macro-F1 | LODO neg recall | shipped macro-F1 | shipped neg recall |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    console.log(table.join('\n'));
    console.log('\n| set | what | n | macro-F1 | neg recall |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(csTable.join('\n'));
  }
}

// Run only as a script: neural/compare.ts imports the held-out sets and scoring from here.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
