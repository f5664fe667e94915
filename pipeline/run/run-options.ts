/**
 * The RunOptions of a night from the deployment configuration and the night's inputs, shared by
 * `callqa run` and runs started from the API, so both sample and process a date the same way.
 */
import type { Config } from '../config.ts';
import { samplingParamsSchema } from '../sample/index.ts';
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

/** An override left undefined (a flag not given) keeps the configuration's value. */
export function runOptionsFromConfig(config: Config, inputs: NightInputs, overrides: RunOverrides = {}): RunOptions {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as RunOverrides;
  return {
    ...inputs,
    sampling: samplingParamsSchema.parse(config.sampling),
    rankingSampling: config.rankingSampling,
    encoding: config.ingest.encoding,
    concurrency: config.concurrency,
    ...given,
  };
}
