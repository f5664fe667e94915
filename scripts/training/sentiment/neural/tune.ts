/**
 * Hyperparameter search for the neural model on a subsample: train on a fixed random subset of
 * the train split, score the dev split after every epoch (dev-score.ts), next to the linear
 * model trained on the same subset. Never reads a test split or a held-out customer-service set.
 *
 *   npx tsx scripts/training/sentiment/neural/tune.ts [--rows 40000] [--grid small|narrow|lr|width] [--epochs 5]
 *
 * Prints one JSON line per (setting, epoch). Minutes on one core.
 */
import { featurize } from '../../../../models/sentiment/featurizer.ts';
import { mulberry32, shuffleInPlace } from '../../../dev/lib/random.ts';
import { buildCorpus } from '../corpus.ts';
import { select } from '../splits.ts';
import { FEATURIZER, trainOnRows, type FeatureCache } from '../train-model.ts';
import { predictProbs } from '../trainer.ts';
import { devScore, tuningSuites } from './dev-score.ts';
import { predictNeuralProbs } from './embedding-bag-model.ts';
import type { NeuralTrainOptions } from './embedding-bag-trainer.ts';
import { NEURAL_OPTIONS, trainNeuralOnRows } from './train-neural-model.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const GRIDS: Record<string, Partial<NeuralTrainOptions>[]> = {
  lr: [
    { embeddingLearningRate: 0.02 },
    { embeddingLearningRate: 0.05 },
    { embeddingLearningRate: 0.1 },
    { embeddingLearningRate: 0.2 },
    { embeddingLearningRate: 0.05, denseLearningRate: 0.001 },
    { embeddingLearningRate: 0.05, denseLearningRate: 0.01 },
  ],
  width: [{ hidden: 32 }, { hidden: 64 }, { hidden: 128 }, { hidden: 64, initScale: 0.2 }, { hidden: 64, batchSize: 8 }],
  // The narrow search run at high machine load: the two widths within the throughput budget, two step sizes.
  narrow: [{ hidden: 32, embeddingLearningRate: 0.02 }, { hidden: 32, embeddingLearningRate: 0.05 }, { hidden: 64, embeddingLearningRate: 0.02 }],
  small: [{}],
};

const round = (x: number) => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
  const rows = Number(arg('--rows', '40000'));
  const grid = GRIDS[arg('--grid', 'small')];
  const epochs = Number(arg('--epochs', '5'));
  const corpus = buildCorpus();
  const train = shuffleInPlace(select(corpus.rows, 'train'), mulberry32(11)).slice(0, rows);
  const suites = tuningSuites(corpus);
  const cache: FeatureCache = new Map();
  const devFeatures = new Map(suites.flatMap((s) => s.rows.map((r) => [r.text, featurize(r.text, FEATURIZER)] as const)));

  let started = process.cpuUsage();
  const linear = trainOnRows(train, cache);
  const linearScore = devScore(suites, (t) => predictProbs(linear, devFeatures.get(t)!));
  console.log(JSON.stringify({ model: 'linear', trainRows: train.length, dev: round(linearScore.mean), bySuite: Object.fromEntries(Object.entries(linearScore.bySuite).map(([k, v]) => [k, round(v)])), cpuS: round(process.cpuUsage(started).user / 1e6) }));

  for (const change of grid) {
    const opts = { ...NEURAL_OPTIONS, ...change, epochs };
    started = process.cpuUsage();
    trainNeuralOnRows(train, cache, opts, (epoch, loss, model) => {
      const s = devScore(suites, (t) => predictNeuralProbs(model, devFeatures.get(t)!));
      console.log(JSON.stringify({ model: 'neural', change, epoch, loss: round(loss), dev: round(s.mean), bySuite: Object.fromEntries(Object.entries(s.bySuite).map(([k, v]) => [k, round(v)])), cpuS: round(process.cpuUsage(started).user / 1e6) }));
    });
  }
}

await main();
