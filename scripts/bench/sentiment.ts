/**
 * Sentiment throughput of the committed compact model (featurize + onnxruntime-node) on one
 * core (intra- and inter-op threads 1), one JSON line per figure:
 * - `sentiment.batched.sentences_per_s`: the runner's default batch of 32, as the nightly run
 *   scores a transcript (goal ≥ 20,000, issue 15);
 * - `sentiment.single.sentences_per_s`: one sentence per ONNX run, the worst case (goal ≥ 5,000).
 * Sentences: held-out test rows of the Mandarin review sets and of SST-2/TweetEval (half each),
 * or, when the datasets folder is absent, a built-in set of call turns. Best of 3 runs; each line
 * also gives `perCpuSecond` (sentences per CPU second of this process) and the 1-minute load.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadCompactSentiment } from '../../models/sentiment.ts';
import { buildCorpus } from '../training/sentiment/corpus.ts';
import { datasetsDir } from '../training/sentiment/datasets.ts';
import { select } from '../training/sentiment/splits.ts';
import type { Benchmark, BenchResult } from './types.ts';

const BATCH = 32;
const FALLBACK = [
  '您好，招商银行信用卡中心，我姓王，很高兴为您服务',
  '我已经打了三次电话了，你们到底能不能解决',
  '好的，谢谢',
  'I would like to check my statement for this month.',
  'This is the third time I am calling about this.',
  'Thank you for your help, goodbye.',
];

function sentences(): { texts: string[]; source: string } {
  if (!existsSync(datasetsDir())) {
    return { texts: Array.from({ length: 2000 }, (_, i) => FALLBACK[i % FALLBACK.length]), source: 'built-in call turns' };
  }
  const test = select(buildCorpus().rows, 'test');
  const zh = test.filter((r) => r.lang === 'zh' && r.source !== 'zh_neutral_templates').slice(0, 1000);
  const en = test.filter((r) => r.source === 'sst2' || r.source === 'tweeteval').slice(0, 1000);
  return { texts: [...zh, ...en].map((r) => r.text), source: 'test splits: zh reviews + SST-2/TweetEval' };
}

/**
 * Best of 3 wall-clock runs, plus the process CPU seconds of that run (all threads: onnxruntime
 * runs on a libuv worker). On a loaded machine wall time also counts other processes' turns;
 * sentences per CPU second is the one-core figure that load does not distort.
 */
async function bestOf3(run: () => Promise<void>): Promise<{ wallS: number; cpuS: number }> {
  let best = { wallS: Infinity, cpuS: Infinity };
  for (let i = 0; i < 3; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    const wallS = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    if (wallS < best.wallS) best = { wallS, cpuS: (used.user + used.system) / 1e6 };
  }
  return best;
}

const bench: Benchmark = async function* (): AsyncIterable<BenchResult> {
  const { texts, source } = sentences();
  const meanChars = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);
  // CALLQA_SENTIMENT_DIR lets a freshly trained model be measured before it is committed.
  const model = await loadCompactSentiment({ dir: process.env.CALLQA_SENTIMENT_DIR, intraOpNumThreads: 1, interOpNumThreads: 1, batchSize: BATCH });
  try {
    await model.scoreTexts(texts.slice(0, 200)); // warm-up
    const common = { unit: 'sentences/s', model: model.version, intraOpThreads: 1, meanChars, source, loadAvg1m: Number(loadavg()[0].toFixed(2)) };
    const figures = (n: number, t: { wallS: number; cpuS: number }) => ({
      value: Math.round(n / t.wallS),
      perCpuSecond: Math.round(n / t.cpuS),
      sentences: n,
    });

    const batched = await bestOf3(async () => void (await model.scoreTexts(texts)));
    yield { name: 'sentiment.batched.sentences_per_s', ...figures(texts.length, batched), batchSize: BATCH, ...common };

    const single = texts.slice(0, 1000);
    const one = await bestOf3(async () => {
      for (const t of single) await model.scoreTexts([t]);
    });
    yield { name: 'sentiment.single.sentences_per_s', ...figures(single.length, one), batchSize: 1, ...common };
  } finally {
    await model.close();
  }
};

export default bench;
