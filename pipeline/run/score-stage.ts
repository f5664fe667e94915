/** The score stage: the scorecard for the call's language, scored and stored by pipeline/score. */
import { configPath, type Config } from '../config.ts';
import { scoreCall } from '../score/score.ts';
import { saveCallScore } from '../score/save.ts';
import { loadScorecard } from '../scorecard/load.ts';
import type { ScoreStage } from './components.ts';

export function createScoreStage(config: Config & { baseDir: string }): ScoreStage {
  const scorecards = {
    zh: loadScorecard(configPath(config, config.scorecards.zh)),
    en: loadScorecard(configPath(config, config.scorecards.en)),
  };
  return {
    // The transcript's language, not the roster's: a bilingual agent's English call gets the English card.
    score: (input) => scoreCall({ ...input, brand: config.brand }, scorecards[input.transcript.language]),
    save: saveCallScore,
  };
}
