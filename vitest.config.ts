import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{pipeline,models,api,scripts,fixtures}/**/*.test.{ts,tsx}'],
    // Real ffmpeg, real ONNX sessions and real SQLite files make some tests take seconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // 2-core machines: keep parallelism modest so model-loading tests don't starve each other.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // Structured logs (pipeline/log.ts) at warn: request and run lines would drown the report. Child
    // `callqa` processes inherit it; tests of the logs pass --log-level themselves.
    env: { CALLQA_LOG_LEVEL: 'warn' },
  },
});
