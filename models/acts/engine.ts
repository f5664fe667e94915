/**
 * The utterance-act model at scoring time: the shipped `models/acts/model.onnx` + `config.json`,
 * loaded once (actModel() is a lazily created singleton) and run synchronously on clauses of
 * agent speech (see onnx-linear.ts for why not through onnxruntime's async session).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACT_MODEL_DIR, readActConfig, type ActModelConfig } from './config.ts';
import { actFeaturize, featurizerFingerprint, normalizeAct, type ActFeaturizerConfig } from './featurizer.ts';
import { ACT_LABELS, type ActLabel } from './labels.ts';
import { linearProbs, readLinearOnnx, type LinearWeights } from './onnx-linear.ts';

export interface ActPrediction {
  label: ActLabel;
  /** Probability of each label, in ACT_LABELS order. */
  probs: Record<ActLabel, number>;
}

export class ActModel {
  /** `id@version+sha` — stored in evidence notes so a result names the model that decided it. */
  readonly version: string;
  private readonly featurizer: ActFeaturizerConfig;
  // The checks of one call ask about the same clauses many times; a small cache keeps it cheap.
  private readonly cache = new Map<string, ActPrediction>();

  constructor(
    readonly config: ActModelConfig,
    private readonly linear: LinearWeights,
  ) {
    this.version = `${config.id}@${config.version}+${config.model.sha256.slice(0, 12)}`;
    const { fingerprint: _, ...featurizer } = config.featurizer;
    this.featurizer = featurizer;
    if (linear.width !== 1 << featurizer.hashBits || linear.classes !== ACT_LABELS.length) {
      throw new Error(`act model: weights are ${linear.width}×${linear.classes}, config says ${1 << featurizer.hashBits}×${ACT_LABELS.length}`);
    }
  }

  classify(text: string): ActPrediction {
    const key = normalizeAct(text).trim();
    let hit = this.cache.get(key);
    if (hit) return hit;
    const f = actFeaturize(key, this.featurizer);
    const p = linearProbs(this.linear, f.indices, f.values);
    const probs = Object.fromEntries(ACT_LABELS.map((l, i) => [l, p[i]])) as Record<ActLabel, number>;
    let best = 0;
    for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    hit = { label: ACT_LABELS[best], probs };
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(key, hit);
    return hit;
  }
}

/** Loads and verifies (sha256 of the ONNX file, featurizer fingerprint) the model in `dir`. */
export function loadActModel(dir = ACT_MODEL_DIR): ActModel {
  const config = readActConfig(dir);
  const file = join(dir, config.model.file);
  const bytes = readFileSync(file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== config.model.sha256) throw new Error(`act model ${file}: sha256 ${sha.slice(0, 12)}… is not the config's ${config.model.sha256.slice(0, 12)}…`);
  const { fingerprint, ...featurizer } = config.featurizer;
  const now = featurizerFingerprint(featurizer);
  if (now !== fingerprint) throw new Error(`act model ${dir}: the featurizer changed since training (fingerprint ${now}, trained with ${fingerprint}); retrain with scripts/training/acts/train-acts.ts`);
  return new ActModel(config, readLinearOnnx(bytes));
}

let shared: ActModel | undefined;

/** The shipped model, loaded on first use and kept for the process. */
export function actModel(): ActModel {
  shared ??= loadActModel();
  return shared;
}
