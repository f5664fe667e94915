/**
 * Entry file of pipeline/scorecard/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { loadScorecard } from './load.ts';
export type { CheckKind, ElementRule, NotApplicableRule, ParamsOf, ResolvedMatch, Scorecard, ScorecardCheck } from './schema.ts';
export { SLOT, SLOT_NAMES, slotsIn } from './slots.ts';
export { DISCOURSE_FILLERS, INTENSIFIERS } from './ignored-words.ts';
