/**
 * The English customer-service evaluation sets, kept apart from training and tuning:
 * - `cs_turns_en`: scripts/training/sentiment/heldout/cs-turns-en.tsv, 90 customer turns written
 *   for this evaluation before the retrained model existed (60 negative, 20 neutral,
 *   10 positive). No training code reads it; weights were never chosen by looking at it.
 * - `uss_low_test`: the USS user turns of the test-split dialogues whose rounded mean
 *   satisfaction is 1–2 (weak gold: the rating is about the dialogue, the words are often plain).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SentimentLabel } from '../../../pipeline/types.ts';
import type { Corpus } from './corpus.ts';

export const CS_TURNS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'heldout/cs-turns-en.tsv');

const LABELS = new Set<SentimentLabel>(['negative', 'neutral', 'positive']);

export function loadCsTurns(file = CS_TURNS_FILE): { text: string; label: SentimentLabel }[] {
  const rows: { text: string; label: SentimentLabel }[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [label, text] = line.split('\t');
    if (!LABELS.has(label as SentimentLabel) || !text?.trim()) throw new Error(`${file}:${i + 1}: not "label<TAB>text"`);
    rows.push({ text: text.trim(), label: label as SentimentLabel });
  });
  return rows;
}

/** USS test-split user turns rated 1–2 on average: all gold negative. */
export function ussLowSatisfactionTest(corpus: Corpus): { text: string; label: SentimentLabel }[] {
  return corpus.rows.filter((r) => r.source === 'uss' && r.split === 'test' && r.label === 'negative').map(({ text, label }) => ({ text, label }));
}
