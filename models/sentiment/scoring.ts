/**
 * What every sentiment runner (compact ONNX, transformer) shares: the model interface the
 * pipeline talks to, and the step from class probabilities to per-turn results.
 */
import type { SentimentLabel, Transcript, TurnSentiment } from '../../pipeline/types.ts';
import { SENTIMENT_LABELS } from './featurizer.ts';

/** Class probabilities of one text; they sum to 1. */
export type SentimentProbs = Record<SentimentLabel, number>;

/** Whether a model can be loaded here; when not, `reason` says what is missing and how to get it. */
export type ModelAvailability = { available: true; path: string } | { available: false; reason: string; path: string };

export interface SentimentModel {
  /** Model id and version stored with every result, e.g. `callqa-sentiment-compact@1a2b3c4d5e6f`. */
  readonly version: string;
  /** Probabilities for each text, in input order. Empty or blank texts still get a result. */
  scoreTexts(texts: string[]): Promise<SentimentProbs[]>;
  /** Per-turn sentiment of a transcript (blank segments are left out; `index` is the segment index). */
  scoreTranscript(transcript: Transcript): Promise<TurnSentiment[]>;
  /** Releases the session. */
  close(): Promise<void>;
}

/** Highest-probability label; ties go to neutral, then to the earlier label. */
export function labelOf(probs: SentimentProbs): SentimentLabel {
  let best: SentimentLabel = 'neutral';
  for (const label of SENTIMENT_LABELS) if (probs[label] > probs[best]) best = label;
  return best;
}

/** −1..1: P(positive) − P(negative). */
export function polarityScore(probs: SentimentProbs): number {
  return probs.positive - probs.negative;
}

/**
 * Scores the non-blank segments of a transcript with `scoreTexts` in one batch call.
 * Blank segments are left out rather than given an invented neutral result.
 */
export async function scoreTranscriptWith(
  scoreTexts: (texts: string[]) => Promise<SentimentProbs[]>,
  transcript: Transcript,
): Promise<TurnSentiment[]> {
  const kept = transcript.segments.map((s, index) => ({ s, index })).filter(({ s }) => s.text.trim() !== '');
  const probs = await scoreTexts(kept.map(({ s }) => s.text));
  return kept.map(({ s, index }, k) => ({
    index,
    speaker: s.speaker,
    label: labelOf(probs[k]),
    score: polarityScore(probs[k]),
    probs: probs[k],
  }));
}
