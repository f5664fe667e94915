/**
 * Entry file of pipeline/sentiment/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { createSentimentStage } from './stage.ts';
