/**
 * Entry file of pipeline/voc/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { vocReport } from './read.ts';
export type { VocReport } from './report.ts';
