/**
 * Named evaluation sets over one split of the corpus, and their evaluation with any scorer
 * (the in-memory trainer during training, the committed ONNX model in tests), so both
 * report the same figures on the same rows.
 */
import type { SentimentLabel } from '../../../pipeline/types.ts';
import type { Corpus } from './corpus.ts';
import { binaryReport, threeClassReport, type BinaryReport, type Probs, type ThreeClassReport } from './metrics.ts';
import { select, type SplitRow } from './splits.ts';
import type { SplitName } from './datasets.ts';

export interface Suite {
  name: string;
  /** `binary`: gold is negative/positive, decision P(pos) > P(neg). `three`: 3-class argmax. */
  kind: 'binary' | 'three';
  rows: { text: string; label: SentimentLabel }[];
  note: string;
}

export type SuiteResult =
  | ({ name: string; kind: 'binary'; note: string } & BinaryReport)
  | ({ name: string; kind: 'three'; note: string } & ThreeClassReport);

export const ZH_REVIEW_SETS = ['chnsenticorp_htl', 'waimai_10k', 'online_shopping_10_cats'] as const;

const polar = (rows: SplitRow[]) => rows.filter((r) => r.label !== 'neutral');

/** The evaluation sets of `split` ('dev' or 'test'). */
export function evaluationSuites(corpus: Corpus, split: Exclude<SplitName, 'train'>): Suite[] {
  const of = (source: string) => select(corpus.rows, split, source);
  const suites: Suite[] = [];
  for (const s of ZH_REVIEW_SETS) suites.push({ name: s, kind: 'binary', rows: of(s), note: 'zh reviews, hash split' });
  suites.push({
    name: 'zh_reviews',
    kind: 'binary',
    rows: ZH_REVIEW_SETS.flatMap((s) => of(s)),
    note: 'all three zh review sets pooled',
  });
  suites.push(
    split === 'test'
      ? { name: 'sst2', kind: 'binary', rows: of('sst2'), note: 'SST-2 official test (stsa.binary.test)' }
      : { name: 'sst2', kind: 'binary', rows: polar(of('sst_fine')), note: 'SST official dev without neutral' },
  );
  suites.push({ name: 'uci', kind: 'binary', rows: of('uci'), note: 'Amazon/Yelp/IMDb sentences, hash split' });
  suites.push({ name: 'sst_fine', kind: 'three', rows: of('sst_fine'), note: `SST-5 official ${split} mapped to 3 classes` });
  suites.push({ name: 'tweeteval', kind: 'three', rows: of('tweeteval'), note: 'TweetEval val+test pooled, hash split' });
  suites.push({ name: 'multidogo', kind: 'three', rows: of('multidogo'), note: 'weak labels: thankyou→positive, other customer turns→neutral' });
  suites.push({ name: 'goemotions', kind: 'three', rows: of('goemotions'), note: `GoEmotions official ${split}, sentiment groups (ambiguous→neutral, mixed dropped)` });
  suites.push({ name: 'uss', kind: 'three', rows: of('uss'), note: 'USS user turns, rounded mean satisfaction 1–2 neg / 3 neu / 4–5 pos (weak), dialogue split' });
  if (split === 'test') {
    suites.push({ name: 'mobilecs_neutral', kind: 'three', rows: of('mobilecs_neutral'), note: 'real zh service turns with informational intents (3 held-out dialogues; only neutral gold)' });
  }
  suites.push({ name: 'en_complaint_templates', kind: 'three', rows: of('en_complaint_templates'), note: 'project-written complaint templates (only negative gold; measures fit, not real-world recall)' });
  for (const lang of ['zh', 'en']) {
    const name = `${lang}_neutral_templates`;
    suites.push({ name, kind: 'three', rows: of(name), note: 'project-written neutral templates (only neutral gold; measures fit, not real-world recall)' });
  }
  return suites;
}

/** Scores every suite with `score` (texts → probabilities in SENTIMENT_LABELS order). */
export async function evaluateSuites(suites: Suite[], score: (texts: string[]) => Promise<Probs[]>): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  for (const suite of suites) {
    const probs = await score(suite.rows.map((r) => r.text));
    const gold = suite.rows.map((r) => r.label);
    results.push(
      suite.kind === 'binary'
        ? { name: suite.name, kind: 'binary', note: suite.note, ...binaryReport(probs, gold) }
        : { name: suite.name, kind: 'three', note: suite.note, ...threeClassReport(probs, gold) },
    );
  }
  return results;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** One line per suite, for the console and the model card. */
export function formatResults(results: SuiteResult[]): string {
  return results
    .map((r) =>
      r.kind === 'binary'
        ? `${r.name.padEnd(24)} n=${String(r.n).padStart(5)}  binary acc ${pct(r.accuracy)}%  (3-class argmax neutral on ${pct(r.neutralRate)}%)`
        : `${r.name.padEnd(24)} n=${String(r.n).padStart(5)}  3-class acc ${pct(r.accuracy)}%  macro-F1 ${pct(r.macroF1)}  ` +
          `neutral P ${pct(r.perClass.neutral.precision)} R ${pct(r.perClass.neutral.recall)}  ` +
          `neg P ${pct(r.perClass.negative.precision)} R ${pct(r.perClass.negative.recall)}  ` +
          `pos P ${pct(r.perClass.positive.precision)} R ${pct(r.perClass.positive.recall)}`,
    )
    .join('\n');
}
