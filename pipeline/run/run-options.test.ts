import { expect, it } from 'vitest';
import { configSchema } from '../config.ts';
import { runOptionsFromConfig } from './run-options.ts';

const inputs = { date: '2026-11-20', recordingsDir: '/r', manifestPath: '/m.csv', rosterPath: '/roster.csv' };

it('takes sampling, ranking sampling, encoding and concurrency from the config, and flags only when given', () => {
  const config = configSchema.parse({ sampling: { rate: 0.5 }, rankingSampling: { budget: 7 }, ingest: { encoding: 'gb18030' }, concurrency: 3 });
  const fromConfig = runOptionsFromConfig(config, inputs, { seed: undefined, concurrency: undefined, encoding: undefined });
  expect(fromConfig).toMatchObject({ ...inputs, concurrency: 3, encoding: 'gb18030', sampling: { rate: 0.5 }, rankingSampling: { budget: 7 } });
  expect(fromConfig).not.toHaveProperty('seed');
  expect(runOptionsFromConfig(config, inputs, { concurrency: 1, encoding: 'utf-8', resample: true })).toMatchObject({ concurrency: 1, encoding: 'utf-8', resample: true });
});
