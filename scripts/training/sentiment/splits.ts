/**
 * Deterministic train/dev/test splits. A row's split comes from a hash of its normalised
 * text (80/10/10), so identical texts — within a set or across sets — always land in the
 * same split, and re-running gives the same split on any machine. Sets with an official
 * split (SST) keep it. Finally, any train/dev row whose normalised text is also a test row
 * anywhere is dropped, so no test sentence is ever trained on.
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../../../models/sentiment/featurizer.ts';
import type { LabelledText, SplitName } from './dataset-files.ts';

export interface SplitRow extends LabelledText {
  split: SplitName;
}

/** Fractions of hash-split rows going to train and dev; the rest is test. */
export const SPLIT_FRACTIONS = { train: 0.8, dev: 0.1 } as const;

/** Split of a text by sha256 of its normalised form. */
export function hashSplit(text: string): SplitName {
  return splitOfKey(normalizeText(text).trim());
}

function splitOfKey(key: string): SplitName {
  const digest = createHash('sha256').update(key).digest();
  const u = digest.readUInt32BE(0) / 2 ** 32;
  return u < SPLIT_FRACTIONS.train ? 'train' : u < SPLIT_FRACTIONS.train + SPLIT_FRACTIONS.dev ? 'dev' : 'test';
}

export interface SplitResult {
  rows: SplitRow[];
  /** Train/dev rows dropped because the same text is a test row elsewhere. */
  droppedForLeakage: number;
}

export function assignSplits(rows: LabelledText[]): SplitResult {
  const keyed = rows.map((r) => ({ row: r, key: normalizeText(r.text).trim() }));
  const assigned = keyed.map(({ row, key }) => ({ ...row, split: row.officialSplit ?? splitOfKey(key) }));
  const testTexts = new Set(keyed.filter((_, i) => assigned[i].split === 'test').map(({ key }) => key));
  const kept = assigned.filter((r, i) => r.split === 'test' || !testTexts.has(keyed[i].key));
  return { rows: kept, droppedForLeakage: assigned.length - kept.length };
}

/** Rows of one split, optionally of one source. */
export function select(rows: SplitRow[], split: SplitName, source?: string): SplitRow[] {
  return rows.filter((r) => r.split === split && (source === undefined || r.source === source));
}
