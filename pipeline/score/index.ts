/**
 * Entry file of pipeline/score/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { loadScoringContext, toManifestRow } from './load-context.ts';
export { rescoreRange, type RescoreSummary } from './rescore.ts';
export { saveCallScore } from './save.ts';
export { scoreCall, scoreFromResults } from './score.ts';
