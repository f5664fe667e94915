import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that take half a minute or more on two cores (per-file durations of CI's run of
 * 2026-12-02, longest first). CI starts from a clean clone, without vitest's cache of earlier
 * durations, and vitest then starts the largest files first — some of these are small files that
 * spawn whole nights, so they would start last and the run would end with one of them alone on
 * one core. Files missing here just run after them; a stale entry costs nothing.
 */
const SLOW_FILES_LONGEST_FIRST = [
  'pipeline/queue/demo-night-on-queue.test.ts',
  // The first of the files on the demo month (fixtures/support/api/demo-store.ts) builds it for
  // all, the others wait for it: that one early, the others after files that need nothing built.
  'api/routes/evaluations.test.ts',
  // Scores 600 calls of each spent blind split it holds (scripts/eval/paraphrase): about two minutes.
  'scripts/eval/paraphrase/paraphrase-set.test.ts',
  'api/cli.test.ts',
  'pipeline/run/resume.test.ts',
  'pipeline/run/demo-night-stores.test.ts',
  'pipeline/queue/night-faults.test.ts',
  'pipeline/run/soak.test.ts',
  'api/auth/access.test.ts',
  'pipeline/queue/run-jobs.test.ts',
  'scripts/eval/paraphrase/heldout-sets.test.ts',
  'scripts/cli/commands/rescore.test.ts',
  'pipeline/speech/vad-batch-demo.test.ts',
  'scripts/cli/locations.test.ts',
  'scripts/cli/commands/worker-status.test.ts',
];

/** vitest's order (failed first, then longest known or largest first), with the known-slow files ahead of all. */
class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOW_FILES_LONGEST_FIRST.findIndex((slow) => f.moduleId.endsWith(`/${slow}`));
      return i < 0 ? SLOW_FILES_LONGEST_FIRST.length : i;
    };
    // Array.prototype.sort is stable: the other files keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['{pipeline,models,api,scripts,fixtures}/**/*.test.{ts,tsx}'],
    // Real ffmpeg, real ONNX sessions and real SQLite files make some tests take seconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // 2-core machines: keep parallelism modest so model-loading tests don't starve each other.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    sequence: { sequencer: SlowFilesFirst },
    // Each test yields an event-loop turn, so a worker reads the runner's IPC answers between tests
    // (fixtures/support/vitest/yield-between-tests.ts says why).
    setupFiles: ['fixtures/support/vitest/yield-between-tests.ts'],
    // Each run's temporary files in a folder of its own, removed at the end (the file says why).
    globalSetup: ['fixtures/support/vitest/test-tmpdir.ts'],
    // Structured logs (pipeline/log.ts) at warn: request and run lines would drown the report. Child
    // `callqa` processes inherit it; tests of the logs pass --log-level themselves.
    env: { CALLQA_LOG_LEVEL: 'warn' },
  },
});
