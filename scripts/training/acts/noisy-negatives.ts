/**
 * One ASR-noised copy of each hard negative (`other`) grammar row. The acts' positives reach training
 * through the noisy-transcript model (the paraphrase wordings, 8 noisy copies each), the hard negatives
 * only as written: so a garbled negative — 「卧看一下」 for 「我看一下」, the agent looking with no request to
 * hold — had only the positives' n-grams (卧看…) and was read 0.88 as a hold request by the first I11 candidate,
 * which lost Mandarin unannounced holds over the spent splits (as the I10 retrain had). These copies alone took it
 * to 0.80 and brought no hold back; weighting the hard negatives as one act's row (train-acts.ts) did (0.51).
 * Kept so that negatives and positives are seen through the same noise. Only `other`: noised copies of every
 * grammar row were tried in I6 and added forbidden false alarms.
 */
import { noisyEn, noisyZh, rng } from '../../fixtures/make-noisy-set.ts';
import type { ActExample } from './real-data.ts';

export function noisyHardNegatives(rows: readonly ActExample[], seed = 'callqa-acts-negatives-1'): ActExample[] {
  const r = rng(seed);
  const out: ActExample[] = [];
  for (const row of rows) {
    if (row.label !== 'other') continue;
    const zh = /\p{Script=Han}/u.test(row.text);
    const noisy = zh ? noisyZh(r, row.text, 1 + (out.length % 2)) : noisyEn(r, row.text, 1 + (out.length % 2));
    if (noisy && noisy !== row.text) out.push({ text: noisy, label: 'other', source: `${row.source}/noisy` });
  }
  return out;
}
