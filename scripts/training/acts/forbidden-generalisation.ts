/**
 * `npx tsx scripts/training/acts/forbidden-generalisation.ts`
 *
 * How well the act model finds forbidden-phrase acts in wordings it never saw — measured on the
 * dev split only: a model is trained as train-acts.ts does but WITHOUT the paraphrase set's dev
 * forbidden wordings, then those dev wordings (said, with ASR noise) are classified clause by
 * clause, with their polite hard negatives. Prints recall and false-flag rate per threshold: the
 * figures the shipped forbidden-phrase `actThreshold` values were chosen from (the dev calls
 * themselves cannot show this, the shipped model was trained on their wordings).
 */
import { splitClauses } from '../../../models/acts/clauses.ts';
import { actFeaturize } from '../../../models/acts/featurizer.ts';
import { ACT_LABELS } from '../../../models/acts/labels.ts';
import { predictProbs, trainSoftmax } from '../sentiment/trainer.ts';
import { join, resolve } from 'node:path';
import { heldoutWordings, paraphraseDevExamples, touchesHeldout } from './paraphrase-dev.ts';
import { mobilecsExamples, multidogoExamples, ussExamples } from './real-data.ts';
import { actSplitOf } from './split.ts';
import { templateExamples } from './templates.ts';
import { FEATURIZER, TRAIN_OPTIONS } from './train-acts.ts';

const FORBIDDEN = ['brush_off', 'blame', 'rude', 'promise'] as const;
const datasetsDir = resolve(process.env.CALLQA_DATASETS_DIR ?? join(import.meta.dirname, '../../../../shared/datasets'));
const heldout = heldoutWordings();
const isForbiddenDev = (source: string) => source.includes('/forbidden.');
const real = [...ussExamples(datasetsDir), ...multidogoExamples(datasetsDir), ...mobilecsExamples(datasetsDir)].filter(
  (r) => actSplitOf(r.text) === 'train' && !touchesHeldout(r.text, heldout),
);
const dev = paraphraseDevExamples(6, 'callqa-acts-cv');
const train = [...real, ...dev.filter((r) => !isForbiddenDev(r.source)), ...templateExamples().filter((r) => !touchesHeldout(r.text, heldout))];
const byLabel: Record<string, number> = {};
for (const r of train) byLabel[r.label] = (byLabel[r.label] ?? 0) + 1;
const mean = train.length / Object.keys(byLabel).length;
const model = trainSoftmax(
  train.map((r) => ({ features: actFeaturize(r.text, FEATURIZER), label: ACT_LABELS.indexOf(r.label), weight: Math.min(5, mean / byLabel[r.label]) })),
  FEATURIZER.hashBits,
  ACT_LABELS.length,
  TRAIN_OPTIONS,
);
/** Highest forbidden-act probability over the clauses of one line (as the check sees it). */
const score = (text: string) =>
  Math.max(
    0,
    ...splitClauses(text)
      .filter((c) => (c.text.match(/\p{Script=Han}|[\p{L}\p{N}']+/gu) ?? []).length >= 3)
      .map((c) => {
        const p = predictProbs(model, actFeaturize(c.text, FEATURIZER));
        return Math.max(...FORBIDDEN.map((l) => p[ACT_LABELS.indexOf(l)]));
      }),
  );
const held = dev.filter((r) => isForbiddenDev(r.source));
for (const lang of ['zh', 'en'] as const) {
  const said = held.filter((r) => r.source.includes(`/${lang}/`) && r.label !== 'other').map((r) => score(r.text));
  const polite = held.filter((r) => r.source.includes(`/${lang}/`) && r.label === 'other').map((r) => score(r.text));
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    const recall = said.filter((p) => p >= t).length / said.length;
    const falseFlags = polite.filter((p) => p >= t).length / polite.length;
    console.log(`${lang} t=${t}: recall ${recall.toFixed(3)} of ${said.length} unseen forbidden lines; ${falseFlags.toFixed(3)} of ${polite.length} polite lines flagged`);
  }
}
