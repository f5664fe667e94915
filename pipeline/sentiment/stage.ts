/**
 * The sentiment stage of the nightly run: a loaded sentiment model (compact ONNX or
 * transformer — anything that scores transcript turns) plus the call summary. Matches
 * `SentimentStage` in pipeline/run/components.ts; its `version` names the model and the
 * summary window, so stored results are recomputed when either changes.
 */
import type { CallSentiment, Transcript, TurnSentiment } from '../types.ts';
import { DEFAULT_WINDOW_TURNS, summarizeCallSentiment } from './summary.ts';

/** What the stage needs from a model (models/sentiment.ts and models/sentiment-transformer.ts provide it). */
export interface TurnScorer {
  /** Model id@version, stored in `CallSentiment.model`. */
  readonly version: string;
  scoreTranscript(transcript: Transcript): Promise<TurnSentiment[]>;
}

export interface SentimentStageOptions {
  windowTurns?: number;
}

export function createSentimentStage(scorer: TurnScorer, opts: SentimentStageOptions = {}) {
  const windowTurns = opts.windowTurns ?? DEFAULT_WINDOW_TURNS;
  return {
    version: `${scorer.version}/window-${windowTurns}`,
    async analyse(transcript: Transcript): Promise<CallSentiment> {
      const turns = await scorer.scoreTranscript(transcript);
      return summarizeCallSentiment(turns, transcript, scorer.version, { windowTurns });
    },
  };
}
