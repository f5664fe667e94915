/**
 * GoEmotions (Demszky et al., ACL 2020; Reddit comments, Apache-2.0 via the copied repository)
 * through its sentiment grouping (`group/`: ambiguous, negative, neutral, positive; a comment
 * may carry several). Mapping to the model's three classes:
 * - exactly one polar group (negative or positive), with or without neutral/ambiguous → that group;
 * - both negative and positive → dropped (mixed: no single right answer);
 * - only neutral and/or ambiguous → neutral. Ambiguous is surprise, curiosity, confusion and
 *   realization: mostly questions and "oh, I see" remarks, which in a service call are not a
 *   sign of an upset or a pleased customer.
 * The official train/dev/test split is kept.
 */
import type { SentimentLabel } from '../../../pipeline/types.ts';
import type { LoadedSet, Reader, SplitName } from './dataset-files.ts';

const GROUP_FILES: Record<SplitName, string> = { train: 'train.tsv', dev: 'dev.tsv', test: 'test.tsv' };

/** Label of one comment from its group names; undefined means dropped (mixed polarity). */
export function goemotionsLabel(groups: readonly string[]): SentimentLabel | undefined {
  const negative = groups.includes('negative');
  const positive = groups.includes('positive');
  if (negative && positive) return undefined;
  return negative ? 'negative' : positive ? 'positive' : 'neutral';
}

export function loadGoemotions(reader: Reader, out: LoadedSet): void {
  const names = reader.read('goemotions_en/group/labels.txt').split('\n').map((l) => l.trim()).filter(Boolean);
  for (const split of ['train', 'dev', 'test'] as const) {
    const rel = `goemotions_en/group/${GROUP_FILES[split]}`;
    reader.read(rel).split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const [rawText, ids] = line.split('\t');
      const text = rawText?.trim();
      const groups = (ids ?? '').split(',').map((id) => names[Number(id)]);
      if (!text || groups.some((g) => g === undefined)) {
        out.skipped.push({ file: rel, line: i + 1, reason: `not "text<TAB>label ids" with ids < ${names.length}` });
        return;
      }
      const label = goemotionsLabel(groups);
      if (!label) out.skipped.push({ file: rel, line: i + 1, reason: 'both negative and positive groups (mixed)' });
      else out.rows.push({ text, label, source: 'goemotions', lang: 'en', officialSplit: split });
    });
  }
}
