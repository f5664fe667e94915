/**
 * `callqa run --retry-failed` on Postgres queues the date's failed calls again: a real
 * coordinator and a real `callqa worker` on two demo calls, one of whose recordings is broken on
 * the first night (garbage bytes: a permanent failure) and repaired before the retry. A plain
 * rerun leaves the failed call alone; the retry processes it — under the retrying run, as a
 * fresh first attempt — and leaves the call that was done alone. Runs where a test Postgres is
 * configured (always in CI).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRunArgs, startCallqa, workerArgs, writeDemoManifest, writeQueueTestConfig, type CallqaProcess } from '../../fixtures/support/queue/night-on-queue.ts';
import { createFreshPgDatabase, type FreshPgDatabase } from '../../fixtures/support/store/fresh-pg-database.ts';
import { testPgUrl } from '../../fixtures/support/store/test-pg-url.ts';
import { openStore, type Store } from '../db/index.ts';
import { DEMO, type RunSummary } from '../run/index.ts';

const GOOD = 'c-0001';
/** Broken on the first night, repaired before the retry. */
const REPAIRED = 'c-0002';

type Exit = Awaited<CallqaProcess['exited']>;

function summaryOf(run: Exit): RunSummary {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as RunSummary;
}

describe.runIf(testPgUrl())('callqa run --retry-failed on Postgres', () => {
  let dir: string;
  let db: FreshPgDatabase;
  let store: Store;
  let worker: CallqaProcess | undefined;
  const nights: { first?: Exit; rerun?: Exit; retry?: Exit } = {};
  const jobsAfter: { first?: unknown[]; rerun?: unknown[]; retry?: unknown[] } = {};

  const readJobs = () =>
    store.sql.all<{ call_id: string; state: string; attempts: number; run_id: number; error_reason: string | null }>(
      'SELECT call_id, state, attempts, run_id, error_reason FROM callqa_queue.jobs ORDER BY call_id, step',
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'callqa-queue-retry-'));
    const recordings = join(dir, 'recordings');
    mkdirSync(recordings);
    for (const call of [GOOD, REPAIRED]) {
      for (const file of [`${call}.ogg`, `${call}.transcript.json`]) copyFileSync(join(DEMO.recordings, file), join(recordings, file));
    }
    writeFileSync(join(recordings, `${REPAIRED}.ogg`), 'not audio at all\n'.repeat(64));
    const config = writeQueueTestConfig(dir, { visibilityTimeoutS: 120 });
    const manifest = writeDemoManifest(dir, [GOOD, REPAIRED]);
    db = await createFreshPgDatabase(testPgUrl()!);
    store = await openStore(db.url);
    // One worker for the three runs: its models load once.
    worker = startCallqa(workerArgs(db.url, config));
    const night = async (...extra: string[]) => (await startCallqa([...demoRunArgs(db.url, config, manifest, recordings), '--json', ...extra]).exited);
    nights.first = await night();
    jobsAfter.first = await readJobs();
    nights.rerun = await night();
    jobsAfter.rerun = await readJobs();
    copyFileSync(join(DEMO.recordings, `${REPAIRED}.ogg`), join(recordings, `${REPAIRED}.ogg`));
    nights.retry = await night('--retry-failed');
    jobsAfter.retry = await readJobs();
    worker.child.kill('SIGTERM');
  }, 600_000);

  afterAll(async () => {
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await store?.close();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the first night: one call done, the broken recording failed as a permanent error', () => {
    const first = summaryOf(nights.first!);
    expect(first.calls).toMatchObject({ done: 1, failed: 1, pending: 0 });
    expect(jobsAfter.first!.map((j) => ({ ...(j as object), attempts: Number((j as { attempts: number }).attempts), run_id: Number((j as { run_id: number }).run_id) }))).toEqual([
      { call_id: GOOD, state: 'done', attempts: 1, run_id: first.runId, error_reason: null },
      { call_id: REPAIRED, state: 'failed', attempts: 1, run_id: first.runId, error_reason: expect.any(String) },
    ]);
  });

  it('a rerun without --retry-failed does nothing twice and leaves the failed call failed', () => {
    expect(summaryOf(nights.rerun!).calls).toMatchObject({ processedNow: 0, done: 1, failed: 1, pending: 0 });
    // Not one job queued or run again: the ledger is as the first night left it.
    expect(jobsAfter.rerun).toEqual(jobsAfter.first);
  });

  it('--retry-failed queues the failed call again under the retrying run, and the worker processes it', async () => {
    const [first, retry] = [summaryOf(nights.first!), summaryOf(nights.retry!)];
    expect(retry.calls).toMatchObject({ done: 2, failed: 0, pending: 0 });
    const jobs = jobsAfter.retry!.map((j) => {
      const row = j as { call_id: string; state: string; attempts: number; run_id: number };
      return [row.call_id, row.state, Number(row.attempts), Number(row.run_id)];
    });
    // The done call's job is the first night's, untouched; the repaired call's is the retry's, first attempt.
    expect(jobs).toEqual([[GOOD, 'done', 1, first.runId], [REPAIRED, 'done', 1, retry.runId]]);
    const calls = await store.sql.all<{ call_id: string; status: string; processed_run_id: number }>(
      'SELECT call_id, status, processed_run_id FROM calls WHERE sampled = 1 ORDER BY call_id',
    );
    expect(calls.map((c) => [c.call_id, c.status, Number(c.processed_run_id)])).toEqual([[GOOD, 'done', first.runId], [REPAIRED, 'done', retry.runId]]);
    const scores = await store.sql.all<{ call_id: string }>('SELECT call_id FROM scores ORDER BY call_id');
    expect(scores.map((s) => s.call_id)).toEqual([GOOD, REPAIRED]);
  });

  it('the worker served all three runs and stopped cleanly', async () => {
    const exit = await worker!.exited;
    expect(exit.code, exit.stderr).toBe(0);
  });
});
