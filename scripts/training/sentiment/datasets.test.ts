/**
 * Dataset loaders on a small copy of the shared datasets layout, with each known quirk
 * planted: BOMs, an empty review, a bad label, an IMDb sentence split over two lines,
 * malformed MultiDoGO lines and duplicate turns.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSentimentData } from './datasets.ts';

function makeDatasets(): string {
  const root = mkdtempSync(join(tmpdir(), 'callqa-datasets-'));
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  put('ChnSentiCorp_htl_all/ChnSentiCorp_htl_all.csv', 'label,review\n1,"房间很大,""干净"""\n0,\n0,隔音太差\n');
  put('waimai_10k/waimai_10k.csv', 'label,review\n1,很快，好吃\n2,标签不对\n');
  put('online_shopping_10_cats/online_shopping_10_cats.csv', 'cat,label,review\n书籍,1,\uFEFF做父母一定要有这样的心态\n水果,0,不新鲜\n');
  for (const split of ['train', 'dev', 'test']) put(`sst_sentence/stsa.fine.${split}`, `0 awful .\n2 it is a movie .\n4 a gem .\nx broken line\n`);
  put('sst_sentence/stsa.binary.test', '0 awful .\n1 a gem .\n');
  put('tweeteval_sentiment/val_text.txt', 'good day \nmeh\n');
  put('tweeteval_sentiment/val_labels.txt', '2\n1\n');
  put('tweeteval_sentiment/test_text.txt', 'bad day\n');
  put('tweeteval_sentiment/test_labels.txt', '0\n');
  put('uci_sentiment_sentences/amazon_cells_labelled.txt', 'Great phone.\t1\n');
  put('uci_sentiment_sentences/imdb_labelled.txt', 'A slow movie\u0085 with a split\nline.  \t0\nLoved it.\t1\n');
  put('uci_sentiment_sentences/yelp_labelled.txt', 'Crust is not good.\t0\n');
  const header = 'conversationId\tturnNumber\tutteranceId\tutterance\tslot-labels\tintent\n';
  put(
    'multidogo_customer_turns_en/airline/train.tsv',
    header + 'c1\t2\tu\ti want to book a flight\tO\tbookflight\nc1\t4\tu\t"city a\n' + ' to city b"\tO\tcontentonly\nc1\t6\tu\tthanks a lot\tO\tthankyou\nc2\t2\tu\tOK\tO\tconfirmation\nc2\t4\tu\tok\tO\tconfirmation\n',
  );
  put('multidogo_customer_turns_en/airline/dev.tsv', header);
  put('multidogo_customer_turns_en/airline/test.tsv', header);
  put('multidogo_customer_turns_en/LICENSE.txt', 'x');
  put('goemotions_en/group/labels.txt', 'ambiguous\nnegative\nneutral\npositive');
  put('goemotions_en/group/train.tsv', 'so annoying\t1\tid1\nwhat is this?\t0\tid2\nlove it but hate it\t1,3\tid3\nok then\t2,0\tid4\n');
  put('goemotions_en/group/dev.tsv', 'great stuff\t3\tid5\nbad ids\t9\tid6\n');
  put('goemotions_en/group/test.tsv', '');
  const uss = 'USER\tI need a taxi.\tInform\t3,3,2\nSYSTEM\tWhere to?\t\t\nUSER\tI said the station!\t\t2,1,2\nUSER\tOVERALL\t\t2,2,2\n\nUSER\tThanks, perfect.\t\t4,5,4\nUSER\t\t\t3\n';
  put('uss_satisfaction_en/MWOZ.txt', uss);
  put('uss_satisfaction_en/SGD.txt', '');
  put(
    'mobilecs_example_zh/example.json',
    JSON.stringify([
      { id: 'd1', content: [{ '[SPEAKER 1]': '你好，很高兴为您服务', '[SPEAKER 2]': '我想问一下_流量', 客服意图: '问候', 用户意图: '询问（ent-1）' }] },
      { id: 'd2', content: [{ '[SPEAKER 1]': '好的', '[SPEAKER 2]': '谢谢你', 客服意图: '被动确认', 用户意图: '客套' }] },
    ]),
  );
  return root;
}

describe('loadSentimentData', () => {
  const root = makeDatasets();
  const data = loadSentimentData(root);
  const of = (source: string) => data.rows.filter((r) => r.source === source);

  it('reads quoted CSV reviews, strips BOMs and skips empty reviews and bad labels with file and line', () => {
    expect(of('chnsenticorp_htl').map((r) => [r.label, r.text])).toEqual([
      ['positive', '房间很大,"干净"'],
      ['negative', '隔音太差'],
    ]);
    expect(of('online_shopping_10_cats')[0].text).toBe('做父母一定要有这样的心态');
    expect(data.skipped).toEqual(
      expect.arrayContaining([
        { file: 'ChnSentiCorp_htl_all/ChnSentiCorp_htl_all.csv', line: 3, reason: 'empty review' },
        { file: 'waimai_10k/waimai_10k.csv', line: 3, reason: 'label "2" is not 0/1' },
      ]),
    );
  });

  it('maps SST fine labels to three classes and keeps the official split', () => {
    const fineTest = of('sst_fine').filter((r) => r.officialSplit === 'test');
    expect(fineTest.map((r) => r.label)).toEqual(['negative', 'neutral', 'positive']);
    expect(of('sst2').map((r) => [r.label, r.officialSplit])).toEqual([['negative', 'test'], ['positive', 'test']]);
    expect(data.skipped.filter((s) => s.file.startsWith('sst_sentence/stsa.fine')).map((s) => s.line)).toEqual([4, 4, 4]);
  });

  it('pairs tweets with their labels', () => {
    expect(of('tweeteval').map((r) => [r.text, r.label])).toEqual([['good day', 'positive'], ['meh', 'neutral'], ['bad day', 'negative']]);
  });

  it('joins an IMDb sentence split across two physical lines and reads NEL as a space', () => {
    expect(of('uci').map((r) => r.text)).toEqual(['Great phone.', 'A slow movie  with a split line.', 'Loved it.', 'Crust is not good.']);
  });

  it('skips malformed MultiDoGO lines, keeps duplicates once, and weak-labels thanks as positive', () => {
    expect(of('multidogo').map((r) => [r.text, r.label, r.weak])).toEqual([
      ['i want to book a flight', 'neutral', true],
      ['thanks a lot', 'positive', true],
      ['OK', 'neutral', true],
    ]);
    const bad = data.skipped.filter((s) => s.file === 'multidogo_customer_turns_en/airline/train.tsv');
    expect(bad.map((s) => s.reason)).toEqual(['4 tab fields, expected 6', '3 tab fields, expected 6']);
  });

  it('maps GoEmotions groups: one polar group wins, mixed is dropped, ambiguous/neutral is neutral', () => {
    expect(of('goemotions').map((r) => [r.text, r.label, r.officialSplit])).toEqual([
      ['so annoying', 'negative', 'train'],
      ['what is this?', 'neutral', 'train'],
      ['ok then', 'neutral', 'train'],
      ['great stuff', 'positive', 'dev'],
    ]);
    const skipped = data.skipped.filter((s) => s.file.startsWith('goemotions_en'));
    expect(skipped.map((s) => [s.line, s.reason.slice(0, 9)])).toEqual([[3, 'both nega'], [2, 'not "text']]);
  });

  it('labels USS user turns by rounded mean satisfaction, skipping OVERALL and SYSTEM lines', () => {
    expect(of('uss').map((r) => [r.text, r.label])).toEqual([
      ['I need a taxi.', 'neutral'],
      ['I said the station!', 'negative'],
      ['Thanks, perfect.', 'positive'],
    ]);
    // One dialogue, one split.
    expect(new Set(of('uss').slice(0, 2).map((r) => r.officialSplit)).size).toBe(1);
    expect(data.skipped.filter((s) => s.file === 'uss_satisfaction_en/MWOZ.txt').map((s) => s.line)).toEqual([7]);
  });

  it('takes MobileCS turns with informational intents only as neutral, pause marks read as commas', () => {
    expect(of('mobilecs_neutral').map((r) => [r.text, r.label])).toEqual([
      ['你好，很高兴为您服务', 'neutral'],
      ['我想问一下，流量', 'neutral'],
      ['好的', 'neutral'],
    ]);
  });

  it('records a sha256 for every file read', () => {
    expect(Object.keys(data.files)).toHaveLength(24);
    for (const h of Object.values(data.files)) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});
