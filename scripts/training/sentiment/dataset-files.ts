/**
 * What every data-set loader shares: the row and result types, the datasets folder, and the
 * reader that records each file's sha256 for the model's config.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language, SentimentLabel } from '../../../pipeline/types.ts';

export type SplitName = 'train' | 'dev' | 'test';

export interface LabelledText {
  text: string;
  label: SentimentLabel;
  /** Data-set id, e.g. `waimai_10k`. */
  source: string;
  lang: Language;
  /** Set when the data set ships its own split (SST); otherwise assigned by hash of the text. */
  officialSplit?: SplitName;
  /** True for weak labels mapped from something other than a sentiment annotation. */
  weak?: boolean;
}

export interface SkippedRow {
  file: string;
  /** 1-based physical line, where known. */
  line?: number;
  reason: string;
}

export interface LoadedSet {
  rows: LabelledText[];
  skipped: SkippedRow[];
  /** sha256 of every file read, keyed by path relative to the datasets folder. */
  files: Record<string, string>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** `CALLQA_DATASETS_DIR`, else `<repo>/../shared/datasets`. */
export function datasetsDir(): string {
  return process.env.CALLQA_DATASETS_DIR ?? resolve(here, '../../../../shared/datasets');
}

/** Reads files under the datasets folder, recording each file's sha256 for the model's config. */
export class Reader {
  readonly files: Record<string, string> = {};
  constructor(readonly root: string) {}
  read(rel: string): string {
    const buf = readFileSync(join(this.root, rel));
    this.files[rel] = createHash('sha256').update(buf).digest('hex');
    return buf.toString('utf8');
  }
}
