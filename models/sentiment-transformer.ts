/**
 * Transformer sentiment: a multilingual model (default `sentiment-multilingual` in
 * models/models.json: Xenova/distilbert-base-multilingual-cased-sentiments-student, which
 * covers Mandarin and English) run by transformers.js' `text-classification` pipeline —
 * the higher-accuracy option to the compact committed model, selected in config
 * (`sentiment.engine: transformer`). Same availability rules as ASR: the model must have been
 * fetched into the models folder (`callqa models fetch <id>`); nothing is ever downloaded here.
 */
import { pipeline } from '@huggingface/transformers';
import type { Transcript, TurnSentiment } from '../pipeline/types.ts';
import { configureOfflineModels } from './asr.ts';
import { availability, modelsDir, type Availability } from './registry.ts';
import { scoreTranscriptWith, type SentimentModel, type SentimentProbs } from './sentiment/scoring.ts';
import { modelDevice } from './device.ts';

/** One label of the pipeline's raw output (`top_k: null` gives all labels of a text). */
export interface RawLabelScore {
  label: string;
  score: number;
}

/** The shape of a transformers.js text-classification pipeline called on an array with `top_k: null`. */
export type TextClassifier = (texts: string[], options: { top_k: null }) => Promise<RawLabelScore[][]>;

const STARS = /^([1-5]) stars?$/;

/**
 * Maps a model's raw labels onto negative/neutral/positive and renormalises.
 * Understood: negative/neutral/positive (any case, also neg/neu/pos and "very …"),
 * star ratings (1–2 negative, 3 neutral, 4–5 positive), and LABEL_0..2 (0 negative,
 * 1 neutral, 2 positive; with only two labels, LABEL_1 is positive). Anything else is an
 * error naming the label, so a wrongly configured model never yields silent garbage.
 */
export function mapRawLabels(raw: RawLabelScore[]): SentimentProbs {
  const probs: SentimentProbs = { negative: 0, neutral: 0, positive: 0 };
  const binary = raw.length === 2;
  for (const { label, score } of raw) {
    const l = label.trim().toLowerCase().replace(/^very /, '');
    const star = STARS.exec(l);
    let target: keyof SentimentProbs | undefined;
    if (l === 'negative' || l === 'neg') target = 'negative';
    else if (l === 'neutral' || l === 'neu') target = 'neutral';
    else if (l === 'positive' || l === 'pos') target = 'positive';
    else if (star) target = Number(star[1]) <= 2 ? 'negative' : Number(star[1]) === 3 ? 'neutral' : 'positive';
    else if (l === 'label_0') target = 'negative';
    else if (l === 'label_1') target = binary ? 'positive' : 'neutral';
    else if (l === 'label_2' && !binary) target = 'positive';
    if (!target) {
      throw new Error(`sentiment model label "${label}" is not negative/neutral/positive, a star rating or LABEL_0..2; extend mapRawLabels for this model`);
    }
    probs[target] += score;
  }
  const total = probs.negative + probs.neutral + probs.positive;
  if (!(total > 0)) throw new Error(`sentiment model returned no usable scores: ${JSON.stringify(raw)}`);
  return { negative: probs.negative / total, neutral: probs.neutral / total, positive: probs.positive / total };
}

export class TransformerSentimentModel implements SentimentModel {
  constructor(
    private readonly classify: TextClassifier,
    /** e.g. `Xenova/distilbert-base-multilingual-cased-sentiments-student@80773e3…` */
    readonly version: string,
    private readonly batchSize = 16,
    private readonly dispose: () => Promise<void> = async () => undefined,
  ) {}

  async scoreTexts(texts: string[]): Promise<SentimentProbs[]> {
    const out: SentimentProbs[] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      const chunk = texts.slice(i, i + this.batchSize);
      const raw = await this.classify(chunk, { top_k: null });
      if (raw.length !== chunk.length) throw new Error(`sentiment pipeline returned ${raw.length} results for ${chunk.length} texts`);
      out.push(...raw.map(mapRawLabels));
    }
    return out;
  }

  scoreTranscript(transcript: Transcript): Promise<TurnSentiment[]> {
    return scoreTranscriptWith((texts) => this.scoreTexts(texts), transcript);
  }

  close(): Promise<void> {
    return this.dispose();
  }
}

export interface TransformerSentimentOptions {
  /** Models folder; default `$CALLQA_MODELS_DIR` or models/hub. */
  dir?: string;
  intraOpNumThreads?: number;
  interOpNumThreads?: number;
  /** Texts per pipeline call. Default 16. */
  batchSize?: number;
}

/** Is the sentiment transformer `id` (default: the models.json default) fetched and whole? Never throws. */
export function transformerSentimentAvailability(id?: string, opts: { dir?: string } = {}): Promise<Availability> {
  return availability('sentiment', id, { dir: opts.dir ?? modelsDir() });
}

/**
 * Loads the transformer through transformers.js with remote models disabled and the models
 * folder as local path. A missing or broken model comes back as `{ unavailable }` naming the
 * model and the `callqa models fetch <id>` command — never as a download.
 */
export async function loadTransformerSentiment(
  id?: string,
  opts: TransformerSentimentOptions = {},
): Promise<TransformerSentimentModel | { unavailable: string }> {
  const dir = opts.dir ?? modelsDir();
  const available = await transformerSentimentAvailability(id, { dir });
  if (!available.ok) return { unavailable: available.message };
  const { entry } = available;
  configureOfflineModels(dir);
  try {
    const classifier = await pipeline('text-classification', entry.repo, {
      dtype: entry.dtype as 'q8',
      device: modelDevice(),
      local_files_only: true,
      session_options: {
        intraOpNumThreads: opts.intraOpNumThreads ?? 1,
        interOpNumThreads: opts.interOpNumThreads ?? 1,
        executionMode: 'sequential',
      },
    });
    const classify: TextClassifier = async (texts, options) => (await classifier(texts, options)) as unknown as RawLabelScore[][];
    const version = `${entry.repo}@${available.revision?.slice(0, 12) ?? 'unpinned'}`;
    return new TransformerSentimentModel(classify, version, opts.batchSize ?? 16, () => classifier.dispose());
  } catch (err) {
    return {
      unavailable: `Sentiment model "${entry.id}" in ${available.folder} could not be loaded: ${(err as Error).message}. Run \`callqa models fetch ${entry.id}\` to repair it.`,
    };
  }
}
