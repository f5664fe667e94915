/**
 * The RunOptions of a night from the deployment configuration and the night's inputs, shared by
 * `callqa run` and runs started from the API, so both sample and process a date the same way.
 */
import type { Config } from '../config.ts';
import { samplingParamsSchema } from '../sample/draw.ts';
import type { RunOptions } from './run-night.ts';

export interface NightInputs {
  /** Service date YYYY-MM-DD. */
  date: string;
  recordingsDir: string;
  manifestPath: string;
  rosterPath: string;
}

/** What a caller may set beyond the configuration (flags, API body, signals). */
export type RunOverrides = Partial<Omit<RunOptions, keyof NightInputs | 'sampling' | 'rankingSampling'>>;

export function runOptionsFromConfig(config: Config, inputs: NightInputs, overrides: RunOverrides = {}): RunOptions {
  return {
    ...inputs,
    sampling: samplingParamsSchema.parse(config.sampling),
    rankingSampling: config.rankingSampling,
    encoding: config.ingest.encoding,
    ...overrides,
    concurrency: overrides.concurrency ?? config.concurrency,
  };
}
