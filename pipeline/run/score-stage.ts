/** The score stage: the scorecard for the call's language, scored and stored by pipeline/score. */
import type { BrandBook } from '../checks/index.ts';
import { configPath, type Config } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { scoreCall, saveCallScore } from '../score/index.ts';
import { loadScorecard } from '../scorecard/index.ts';
import type { ScoreStage } from './components.ts';

export function createScoreStage(config: Config & { baseDir: string }): ScoreStage {
  const scorecards = {
    zh: loadScorecard(configPath(config, config.scorecards.zh)),
    en: loadScorecard(configPath(config, config.scorecards.en)),
  };
  const brand = brandFor(config.brand, Object.values(scorecards));
  return {
    // The transcript's language, not the roster's: a bilingual agent's English call gets the English card.
    score: (input) => scoreCall({ ...input, brand }, scorecards[input.transcript.language]),
    save: saveCallScore,
  };
}

/**
 * The configured brand book, or a refusal naming what to set when a scorecard says `{brand}`
 * and the configuration has none (checked before any call is processed).
 */
export function brandFor(brand: BrandBook | undefined, scorecards: readonly { id: string; file?: string }[]): BrandBook {
  if (brand) return brand;
  const needing = scorecards.filter((card) => JSON.stringify(card).includes('{brand}'));
  if (needing.length === 0) return { name: '', aliases: [] };
  throw new ConfigError(
    `no brand configured, but scorecard${needing.length > 1 ? 's' : ''} ${needing.map((c) => c.id).join(', ')} say {brand}: ` +
      'set brand.name (and brand.aliases) in callqa.yaml, --config or $CALLQA_CONFIG (README: Configuration)',
  );
}
