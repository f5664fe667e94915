/**
 * Loaders for the sentiment data sets in the shared datasets folder (see its README and
 * each SOURCE.txt). Each loader returns labelled rows plus the rows it skipped, with the
 * reason — a bad row never stops loading. Quirks handled here:
 * - online_shopping_10_cats: some reviews start with a byte-order mark (stripped);
 * - ChnSentiCorp / online_shopping: one empty review each (skipped);
 * - uci imdb: sentences broken by a NEL (U+0085) line break — read as a space — and, should a
 *   reader have split them, physical lines without `<TAB>0|1` are joined with the next;
 * - multidogo: ~1,000 lines with the wrong number of tab fields (skipped).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { SentimentLabel } from '../../../pipeline/types.ts';
import { datasetsDir, Reader, type LoadedSet, type SplitName } from './dataset-files.ts';
import { loadGoemotions } from './goemotions.ts';
import { loadMobilecsNeutral } from './mobilecs.ts';
import { loadUssSatisfaction } from './uss.ts';

export { datasetsDir, Reader, type LabelledText, type LoadedSet, type SkippedRow, type SplitName } from './dataset-files.ts';

const stripBom = (s: string) => s.replace(/^\uFEFF+/, '').trim();

function binaryLabel(raw: string): SentimentLabel | undefined {
  const v = raw.trim();
  return v === '1' ? 'positive' : v === '0' ? 'negative' : undefined;
}

/** CSV review sets of SophonPlus/ChineseNlpCorpus: columns `label,review` (+ `cat`). */
function loadChineseCsv(reader: Reader, rel: string, source: string, out: LoadedSet): void {
  const records = parse(reader.read(rel), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  for (const { record, info } of records) {
    const label = binaryLabel(record.label ?? '');
    const text = stripBom(record.review ?? '');
    if (!label) out.skipped.push({ file: rel, line: info.lines, reason: `label "${record.label}" is not 0/1` });
    else if (!text) out.skipped.push({ file: rel, line: info.lines, reason: 'empty review' });
    else out.rows.push({ text, label, source, lang: 'zh' });
  }
}

const SST_FINE: Record<string, SentimentLabel> = { '0': 'negative', '1': 'negative', '2': 'neutral', '3': 'positive', '4': 'positive' };

/** `<label> <sentence>` lines; fine labels 0–4 map to 3 classes (0–1 / 2 / 3–4). */
function loadSst(reader: Reader, rel: string, source: string, split: SplitName, fine: boolean, out: LoadedSet): void {
  reader.read(rel).split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^(\d) (.+)$/.exec(line.trim());
    const label = m && (fine ? SST_FINE[m[1]] : binaryLabel(m[1]));
    if (!m || !label) out.skipped.push({ file: rel, line: i + 1, reason: 'not "<label> <sentence>"' });
    else out.rows.push({ text: m[2], label, source, lang: 'en', officialSplit: split });
  });
}

const TWEET_LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];

function loadTweeteval(reader: Reader, part: 'val' | 'test', out: LoadedSet): void {
  const textRel = `tweeteval_sentiment/${part}_text.txt`;
  const texts = reader.read(textRel).split('\n');
  const labels = reader.read(`tweeteval_sentiment/${part}_labels.txt`).split('\n');
  texts.forEach((raw, i) => {
    const text = raw.trim();
    const label = TWEET_LABELS[Number(labels[i]?.trim())];
    if (!text) return;
    if (!label) out.skipped.push({ file: textRel, line: i + 1, reason: `label "${labels[i]}" is not 0/1/2` });
    else out.rows.push({ text, label, source: 'tweeteval', lang: 'en' });
  });
}

/** `sentence<TAB>0|1`; a physical line without the label continues on the next line. */
function loadUci(reader: Reader, rel: string, out: LoadedSet): void {
  let pending = '';
  let pendingLine = 0;
  reader.read(rel).split('\n').forEach((line, i) => {
    if (!pending) pendingLine = i + 1;
    const joined = pending ? pending + ' ' + line : line;
    const m = /^(.*)\t\s*([01])\s*$/s.exec(joined);
    if (m) {
      // Two IMDb sentences carry a NEL (U+0085) line break inside; it is whitespace, not text.
      out.rows.push({ text: m[1].replace(/[\u0085\u2028\u2029]/g, ' ').trim(), label: binaryLabel(m[2])!, source: 'uci', lang: 'en' });
      pending = '';
    } else if (line.trim()) {
      pending = joined;
    }
  });
  if (pending) out.skipped.push({ file: rel, line: pendingLine, reason: 'no <TAB>0/1 label before end of file' });
}

/**
 * MultiDoGO customer turns carry intents, not sentiment. Weak labels: `thankyou` turns are
 * positive (gratitude); every other customer turn is a task utterance ("i need to check my
 * balance"), taken as neutral. Duplicates ("ok", "yes") are kept once.
 */
function loadMultidogo(reader: Reader, out: LoadedSet): void {
  const root = 'multidogo_customer_turns_en';
  const seen = new Set<string>();
  for (const domain of readdirSync(join(reader.root, root)).sort()) {
    if (domain.includes('.')) continue;
    for (const part of ['train', 'dev', 'test']) {
      const rel = `${root}/${domain}/${part}.tsv`;
      reader.read(rel).split('\n').forEach((line, i) => {
        if (i === 0 || !line.trim()) return;
        const fields = line.split('\t');
        if (fields.length !== 6) {
          out.skipped.push({ file: rel, line: i + 1, reason: `${fields.length} tab fields, expected 6` });
          return;
        }
        const text = fields[3].trim();
        const key = text.toLowerCase();
        if (!text || seen.has(key)) return;
        seen.add(key);
        const intents = fields[5].split('<div>');
        const label: SentimentLabel = intents.includes('thankyou') ? 'positive' : 'neutral';
        out.rows.push({ text, label, source: 'multidogo', lang: 'en', weak: true });
      });
    }
  }
}

/** Every labelled set used by the compact model, read from `root`. */
export function loadSentimentData(root = datasetsDir()): LoadedSet {
  const reader = new Reader(root);
  const out: LoadedSet = { rows: [], skipped: [], files: reader.files };
  loadChineseCsv(reader, 'ChnSentiCorp_htl_all/ChnSentiCorp_htl_all.csv', 'chnsenticorp_htl', out);
  loadChineseCsv(reader, 'waimai_10k/waimai_10k.csv', 'waimai_10k', out);
  loadChineseCsv(reader, 'online_shopping_10_cats/online_shopping_10_cats.csv', 'online_shopping_10_cats', out);
  for (const split of ['train', 'dev', 'test'] as const) {
    loadSst(reader, `sst_sentence/stsa.fine.${split}`, 'sst_fine', split, true, out);
  }
  // SST-2 test is only evaluated; its sentences are the non-neutral part of stsa.fine.test.
  loadSst(reader, 'sst_sentence/stsa.binary.test', 'sst2', 'test', false, out);
  loadTweeteval(reader, 'val', out);
  loadTweeteval(reader, 'test', out);
  for (const f of ['amazon_cells_labelled.txt', 'imdb_labelled.txt', 'yelp_labelled.txt']) {
    loadUci(reader, `uci_sentiment_sentences/${f}`, out);
  }
  loadMultidogo(reader, out);
  loadGoemotions(reader, out);
  loadUssSatisfaction(reader, out);
  loadMobilecsNeutral(reader, out);
  return out;
}
