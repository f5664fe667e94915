/**
 * The full labelled corpus of the compact model: the public data sets plus the project's own
 * neutral Mandarin templates, split deterministically. Training and the held-out tests both
 * build it through this function, so they agree on which row is test.
 */
import { datasetsDir, loadSentimentData, type LabelledText, type SkippedRow } from './datasets.ts';
import { assignSplits, type SplitRow } from './splits.ts';
import { enComplaintUtterances } from './en-complaints.ts';
import { enNeutralUtterances } from './en-neutral.ts';
import { NEGATIVE_LEXICON_EN, POSITIVE_LEXICON_EN } from './lexicon.ts';
import { zhNeutralUtterances } from './zh-neutral.ts';
import { zhResignedUtterances } from './zh-resigned.ts';

/** Number of generated neutral service-call utterances (see zh-neutral.ts, en-neutral.ts). */
export const NEUTRAL_TEMPLATE_COUNTS = { zh: 6000, en: 2000 } as const;
/** Number of generated English complaint turns (see en-complaints.ts). */
export const COMPLAINT_TEMPLATE_COUNT = 2000;
/** Number of generated Mandarin resigned give-ups (see zh-resigned.ts); fewer exist than asked. */
export const ZH_RESIGNED_TEMPLATE_COUNT = 60;

export interface Corpus {
  rows: SplitRow[];
  skipped: SkippedRow[];
  droppedForLeakage: number;
  /** sha256 of each data file read, relative to the datasets folder. */
  files: Record<string, string>;
  datasetsDir: string;
}

export function buildCorpus(root = datasetsDir()): Corpus {
  const loaded = loadSentimentData(root);
  const templates: LabelledText[] = [
    ...zhNeutralUtterances(NEUTRAL_TEMPLATE_COUNTS.zh).map((text) => ({ text, label: 'neutral' as const, source: 'zh_neutral_templates', lang: 'zh' as const })),
    ...enNeutralUtterances(NEUTRAL_TEMPLATE_COUNTS.en).map((text) => ({ text, label: 'neutral' as const, source: 'en_neutral_templates', lang: 'en' as const })),
    ...enComplaintUtterances(COMPLAINT_TEMPLATE_COUNT).map((text) => ({ text, label: 'negative' as const, source: 'en_complaint_templates', lang: 'en' as const })),
    ...zhResignedUtterances(ZH_RESIGNED_TEMPLATE_COUNT).map((text) => ({ text, label: 'negative' as const, source: 'zh_resigned_templates', lang: 'zh' as const })),
    // Lexicon entries are training material only, never evaluated on.
    ...NEGATIVE_LEXICON_EN.map((text) => ({ text, label: 'negative' as const, source: 'en_lexicon', lang: 'en' as const, officialSplit: 'train' as const })),
    ...POSITIVE_LEXICON_EN.map((text) => ({ text, label: 'positive' as const, source: 'en_lexicon', lang: 'en' as const, officialSplit: 'train' as const })),
  ];
  const { rows, droppedForLeakage } = assignSplits([...loaded.rows, ...templates]);
  return { rows, skipped: loaded.skipped, droppedForLeakage, files: loaded.files, datasetsDir: root };
}
