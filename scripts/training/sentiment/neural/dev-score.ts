/**
 * One number to tune the neural model on: the mean macro-F1 over the dev-split evaluation sets
 * (suites.ts), binary sets scored negative vs positive. Template-only sets (one gold class,
 * they measure fit) and the pooled zh_reviews (its parts are already counted) are left out.
 * Dev rows only: the test splits and the customer-service held-out sets are never read here.
 */
import type { Corpus } from '../corpus.ts';
import { binaryF1Report, threeClassReport, type Probs } from '../metrics.ts';
import { evaluationSuites, type Suite } from '../suites.ts';

export function tuningSuites(corpus: Corpus): Suite[] {
  return evaluationSuites(corpus, 'dev').filter((s) => s.rows.length > 0 && s.name !== 'zh_reviews' && !s.name.endsWith('_templates'));
}

export interface DevScore {
  mean: number;
  bySuite: Record<string, number>;
}

export function devScore(suites: readonly Suite[], score: (text: string) => Probs): DevScore {
  const bySuite: Record<string, number> = {};
  for (const s of suites) {
    const probs = s.rows.map((r) => score(r.text));
    const gold = s.rows.map((r) => r.label);
    bySuite[s.name] = s.kind === 'binary' ? binaryF1Report(probs, gold).macroF1 : threeClassReport(probs, gold).macroF1;
  }
  const values = Object.values(bySuite);
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, bySuite };
}
