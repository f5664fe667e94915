/**
 * `npx tsx scripts/training/acts/tune-act-thresholds.ts`
 *
 * Precision and recall of each paraphrase-set check on the **dev** split (never heldout) with the
 * act model's threshold set to each of a few values, all checks at once — the sweep the shipped
 * scorecards' `actThreshold` values were chosen from. The act model was trained on the dev
 * wordings, so these figures flatter the act model: pick thresholds on the safe side.
 */
import { evaluateParaphraseSet, loadParaphraseSet } from '../../eval/paraphrase/eval-paraphrase.ts';
import { shippedScorecards } from '../../eval/eval-checks.ts';
import type { Scorecard } from '../../../pipeline/scorecard/index.ts';

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];

/** Every actThreshold in the card (checks and their elements / categories) set to `t`. */
function withActThreshold(card: Scorecard, t: number): Scorecard {
  const copy = structuredClone(card);
  for (const check of copy.sections.flatMap((s) => s.checks)) {
    const p = check.params as Record<string, unknown>;
    if ('actThreshold' in p) p.actThreshold = t;
    for (const list of [p.elements, p.categories] as ({ actThreshold?: number }[] | undefined)[]) for (const x of list ?? []) delete x.actThreshold;
  }
  return copy;
}

const set = loadParaphraseSet();
const cards = shippedScorecards();
const rows: Record<string, string[]> = {};
for (const t of THRESHOLDS) {
  const ev = evaluateParaphraseSet(set, { zh: withActThreshold(cards.zh, t), en: withActThreshold(cards.en, t) }, ['dev']);
  for (const [k, c] of Object.entries(ev.figures)) (rows[k] ??= []).push(`${c.precision.toFixed(3)}/${c.recall.toFixed(3)}`);
}
console.log(`dev P/R at actThreshold ${THRESHOLDS.map((t) => (t > 1 ? 'off' : t)).join(' | ')}`);
for (const [k, v] of Object.entries(rows).sort()) console.log(`${k.padEnd(22)} ${v.join('  ')}`);
