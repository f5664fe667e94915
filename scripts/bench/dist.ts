/**
 * The night on the job queue: the demo night (VAD, sentiment and scoring; transcripts from its
 * sidecars, no Whisper) run on Postgres by 1, 2 and 4 local `callqa worker` processes, and the
 * same night on SQLite by `callqa run` in one process, measured in the same run. One call at a
 * time per process everywhere (config concurrency 1), so the figures compare processes, not threads.
 *
 *   dist.calls_per_s   sampled calls finished per second, with `workers` (1, 2, 4) and
 *                      `store: 'postgres'`, then `workers: 1, store: 'sqlite'`.
 *
 * On Postgres: `callqa run --no-wait` ingests, samples and queues the night (not timed), then
 * the workers start together with --exit-when-drained. The figure is over the span from the
 * first job's start to the last job's end in the queue's ledger (model loading excluded);
 * `wallS` (workers started → all exited) is given beside it. On SQLite the figure is over the
 * summary's elapsed time (ingest and sample included, a fraction of a second).
 *
 * Needs a Postgres role that may create databases: CALLQA_BENCH_PG_URL, else CALLQA_TEST_PG_URL;
 * without one it prints one line saying so. CALLQA_BENCH_DIST_CALLS=N runs the first N calls of
 * the night only (a quick look on a busy machine).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO } from '../../pipeline/run/index.ts';
import { openStore } from '../../pipeline/db/index.ts';
import { createFreshPgDatabase } from '../../fixtures/support/store/fresh-pg-database.ts';
import { demoRunArgs, startCallqa, workerArgs, writeDemoManifest, writeQueueTestConfig } from '../../fixtures/support/queue/night-on-queue.ts';
import type { Benchmark, BenchResult } from './types.ts';

const WORKER_COUNTS = [1, 2, 4];

/** The first `n` call ids of the demo night's manifest, or all of them. */
function demoCallIds(n: number | undefined): string[] | undefined {
  if (!n) return undefined;
  return readFileSync(DEMO.manifest, 'utf8').trim().split('\n').slice(1, n + 1).map((row) => row.split(',')[0]);
}

const bench: Benchmark = async function* () {
  const pgUrl = (process.env.CALLQA_BENCH_PG_URL ?? process.env.CALLQA_TEST_PG_URL)?.trim();
  if (!pgUrl) {
    yield { name: 'dist.calls_per_s', value: NaN, unit: 'calls/s', skipped: 'no Postgres configured: set CALLQA_BENCH_PG_URL (or CALLQA_TEST_PG_URL) to a role that may create databases' };
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-dist-'));
  try {
    const config = writeQueueTestConfig(dir, { visibilityTimeoutS: 1800 });
    const limit = Number(process.env.CALLQA_BENCH_DIST_CALLS ?? 0) || undefined;
    const manifest = writeDemoManifest(dir, demoCallIds(limit));
    const setup = { night: DEMO.date, calls: limit ?? 'all', cores: availableParallelism(), perProcessConcurrency: 1 };

    for (const workers of WORKER_COUNTS) {
      const database = await createFreshPgDatabase(pgUrl);
      try {
        const queued = await startCallqa([...demoRunArgs(database.url, config, manifest), '--no-wait']).exited;
        if (queued.code !== 0) throw new Error(`callqa run --no-wait failed: ${queued.stderr}`);
        const load1 = loadavg()[0];
        const started = performance.now();
        const exits = await Promise.all(Array.from({ length: workers }, () => startCallqa(workerArgs(database.url, config, ['--exit-when-drained'])).exited));
        const wallS = (performance.now() - started) / 1000;
        for (const exit of exits) if (exit.code !== 0) throw new Error(`callqa worker failed: ${exit.stderr}`);
        const store = await openStore(database.url, { poolSize: 1 });
        try {
          const span = (await store.sql.get<{ calls: number; spanS: number }>(
            `SELECT COUNT(*) AS calls, EXTRACT(EPOCH FROM MAX(finished_at) - MIN(started_at))::float8 AS "spanS"
             FROM callqa_queue.jobs WHERE stage_group = 'cpu' AND state IN ('done', 'failed')`,
          ))!;
          const result: BenchResult = {
            name: 'dist.calls_per_s', value: round(Number(span.calls) / Number(span.spanS)), unit: 'calls/s',
            store: 'postgres', workers, ...setup, callsFinished: Number(span.calls), spanS: round(Number(span.spanS)), wallS: round(wallS), load1: round(load1),
          };
          yield result;
        } finally {
          await store.close();
        }
      } finally {
        await database.drop();
      }
    }

    const load1 = loadavg()[0];
    const single = await startCallqa([...demoRunArgs(join(dir, 'night.sqlite'), config, manifest), '--json']).exited;
    if (single.code !== 0) throw new Error(`callqa run on SQLite failed: ${single.stderr}`);
    const summary = JSON.parse(single.stdout) as { elapsedS: number; calls: { processedNow: number } };
    yield {
      name: 'dist.calls_per_s', value: round(summary.calls.processedNow / summary.elapsedS), unit: 'calls/s',
      store: 'sqlite', workers: 1, ...setup, callsFinished: summary.calls.processedNow, spanS: round(summary.elapsedS), load1: round(load1),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const round = (x: number) => Math.round(x * 1000) / 1000;

export default bench;
