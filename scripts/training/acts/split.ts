/**
 * Train / dev / test split of the real data by a hash of the normalised clause (80/10/10), so a
 * clause said in several dialogues is always in one split, and the test figures are on clauses
 * the model never saw.
 */
import { createHash } from 'node:crypto';
import { normalizeAct } from '../../../models/acts/featurizer.ts';

export type ActSplit = 'train' | 'dev' | 'test';

export function actSplitOf(text: string): ActSplit {
  const key = normalizeAct(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const u = createHash('sha256').update(`callqa-acts\u0000${key}`).digest().readUInt32BE(0) / 2 ** 32;
  return u < 0.8 ? 'train' : u < 0.9 ? 'dev' : 'test';
}
