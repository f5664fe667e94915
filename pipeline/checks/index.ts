/**
 * Entry file of pipeline/checks/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { allBrandNames, brandForCall, type BrandBook } from './brand-for-call.ts';
export type { CallContext } from './context.ts';
export { levenshtein } from './match/cost.ts';
export { runCheck } from './run-check.ts';
