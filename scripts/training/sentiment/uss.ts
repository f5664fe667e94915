/**
 * USS per-turn user satisfaction (Sun et al., SIGIR 2021) on MultiWOZ and SGD dialogues: each
 * USER turn carries 1–5 ratings from several annotators of how satisfied the user is at that
 * point. Mapping: the mean rating, rounded, 1–2 → negative, 3 → neutral, 4–5 → positive.
 * These are weak labels: a rating says how the dialogue is going, and a dissatisfied user's
 * words are often plain ("No, in the north please"), so the trainer gives them a low weight.
 * The dialogue-level OVERALL lines are not turns and are skipped. A dialogue's turns share one
 * split (by hash of file and dialogue number), so no test dialogue is half trained on.
 */
import { createHash } from 'node:crypto';
import type { SentimentLabel } from '../../../pipeline/types.ts';
import type { LoadedSet, Reader, SplitName } from './dataset-files.ts';
import { SPLIT_FRACTIONS } from './splits.ts';

export const USS_FILES = ['uss_satisfaction_en/MWOZ.txt', 'uss_satisfaction_en/SGD.txt'] as const;

/** Rounded mean rating → label. */
export function ussLabel(ratings: readonly number[]): SentimentLabel {
  const mean = Math.round(ratings.reduce((s, r) => s + r, 0) / ratings.length);
  return mean <= 2 ? 'negative' : mean >= 4 ? 'positive' : 'neutral';
}

function dialogueSplit(file: string, dialogue: number): SplitName {
  const u = createHash('sha256').update(`${file}#${dialogue}`).digest().readUInt32BE(0) / 2 ** 32;
  return u < SPLIT_FRACTIONS.train ? 'train' : u < SPLIT_FRACTIONS.train + SPLIT_FRACTIONS.dev ? 'dev' : 'test';
}

export function loadUssSatisfaction(reader: Reader, out: LoadedSet): void {
  for (const rel of USS_FILES) {
    let dialogue = 0;
    reader.read(rel).split('\n').forEach((line, i) => {
      if (!line.trim()) {
        dialogue++;
        return;
      }
      const [role, rawText, , rawRatings] = line.split('\t');
      if (role !== 'USER' || rawText === 'OVERALL') return;
      const ratings = (rawRatings ?? '').split(',').map(Number).filter((r) => r >= 1 && r <= 5);
      const text = (rawText ?? '').trim();
      if (!text || ratings.length === 0) {
        out.skipped.push({ file: rel, line: i + 1, reason: 'USER turn without text or 1–5 ratings' });
        return;
      }
      out.rows.push({ text, label: ussLabel(ratings), source: 'uss', lang: 'en', officialSplit: dialogueSplit(rel, dialogue), weak: true });
    });
  }
}
