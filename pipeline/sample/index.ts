/**
 * Entry file of pipeline/sample/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { samplingParamsSchema, type SamplingParams } from './draw.ts';
export { NoCallsToSampleError, sampleDate, type StoredSample } from './store.ts';
