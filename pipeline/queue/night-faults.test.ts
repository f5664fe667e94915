/**
 * Issue 13's failure semantics on a part of the demo night (six good calls, two broken
 * recordings), with a real coordinator (`callqa run --db postgres://…`) and real `callqa worker`
 * processes:
 * - a worker killed with SIGKILL in the middle of a call: its job goes to the other worker after
 *   the visibility timeout, and the night finishes with every sampled call processed once;
 * - Postgres stopped and started mid-night (a private server: the shared test server stays up):
 *   workers and coordinator reconnect and the night finishes;
 * - in both, a recording that always fails is stored once as failed with its reason (one
 *   failures row, one failed job of one attempt, never retried).
 * Runs where a test Postgres is configured (always in CI).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRunArgs, startCallqa, workerArgs, writeDemoManifest, writeQueueTestConfig, type CallqaProcess } from '../../fixtures/support/queue/night-on-queue.ts';
import { waitFor } from '../../fixtures/support/queue/worker-process.ts';
import { createFreshPgDatabase, type FreshPgDatabase } from '../../fixtures/support/store/fresh-pg-database.ts';
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from '../../fixtures/support/store/private-postgres.ts';
import { testPgUrl } from '../../fixtures/support/store/test-pg-url.ts';
import { openStore, type Sql, type Store } from '../db/index.ts';
import type { RunSummary } from '../run/index.ts';

const GOOD = ['c-0001', 'c-0002', 'c-0003', 'c-0004', 'c-0005', 'c-0006'];
/** Broken recordings of the demo night and the reasons they fail with. */
const BROKEN = { 'c-0048': 'not_audio', 'c-0061': 'corrupt' } as const;
const CALLS = [...GOOD, ...Object.keys(BROKEN)].sort();
/** Short, so the killed worker's job comes back within seconds; longer than one call takes on a busy machine. */
const VISIBILITY_S = 20;

interface Night {
  dir: string;
  config: string;
  manifest: string;
  processes: CallqaProcess[];
}

function prepareNight(): Night {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-queue-faults-'));
  return { dir, config: writeQueueTestConfig(dir, { visibilityTimeoutS: VISIBILITY_S }), manifest: writeDemoManifest(dir, CALLS), processes: [] };
}

function endNight(night: Night | undefined): void {
  if (!night) return;
  for (const p of night.processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  rmSync(night.dir, { recursive: true, force: true });
}

/**
 * Every sampled call processed exactly once: one outcome, no duplicate result, broken recordings
 * failed once. `retried`: calls whose job may have needed more than one attempt (the job lost with
 * a killed worker; any job caught by a database outage).
 */
async function expectEachCallOnce(sql: Sql, retried: readonly string[] | 'any' = []): Promise<void> {
  const calls = await sql.all<{ call_id: string; status: string }>('SELECT call_id, status FROM calls WHERE sampled = 1 ORDER BY call_id');
  expect(calls.map((c) => c.call_id)).toEqual(CALLS);
  for (const c of calls) expect([c.call_id, c.status]).toEqual([c.call_id, c.call_id in BROKEN ? 'failed' : 'done']);

  const dupes = await sql.all('SELECT call_id, stage, version, COUNT(*) AS n FROM stage_results GROUP BY call_id, stage, version HAVING COUNT(*) > 1');
  expect(dupes).toEqual([]);
  const scores = await sql.all<{ call_id: string; n: number }>('SELECT call_id, COUNT(*) AS n FROM scores GROUP BY call_id ORDER BY call_id');
  expect(scores.map((s) => [s.call_id, Number(s.n)])).toEqual(GOOD.map((c) => [c, 1]));
  const checkDupes = await sql.all('SELECT call_id, scorecard_version, check_id FROM check_results GROUP BY call_id, scorecard_version, check_id HAVING COUNT(*) > 1');
  expect(checkDupes).toEqual([]);

  const failures = await sql.all<{ call_id: string; stage: string; reason: string }>('SELECT call_id, stage, reason FROM failures ORDER BY call_id');
  expect(failures).toEqual(Object.entries(BROKEN).map(([callId, reason]) => ({ call_id: callId, stage: 'audio', reason })));
  const failedJobs = await sql.all<{ call_id: string; attempts: number; error_kind: string; error_reason: string }>(
    "SELECT call_id, attempts, error_kind, error_reason FROM callqa_queue.jobs WHERE state = 'failed' ORDER BY call_id",
  );
  expect(failedJobs.map((j) => [j.call_id, j.error_kind, j.error_reason])).toEqual(Object.entries(BROKEN).map(([callId, reason]) => [callId, 'permanent', reason]));
  for (const job of failedJobs) {
    // A permanent error is never retried: one attempt, unless that attempt itself was lost.
    if (retried !== 'any' && !retried.includes(job.call_id)) expect([job.call_id, Number(job.attempts)]).toEqual([job.call_id, 1]);
  }
  const unfinished = await sql.all("SELECT key, state FROM callqa_queue.jobs WHERE state NOT IN ('done', 'failed')");
  expect(unfinished).toEqual([]);
}

function summaryOf(run: { code: number | null; stdout: string; stderr: string }): RunSummary {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as RunSummary;
}

describe.runIf(testPgUrl())('a worker killed with SIGKILL mid-night', () => {
  let night: Night;
  let db: FreshPgDatabase;
  let store: Store;
  let killedKey: string;
  let killed: CallqaProcess;
  let coordinatorExit: Awaited<CallqaProcess['exited']>;

  beforeAll(async () => {
    night = prepareNight();
    db = await createFreshPgDatabase(testPgUrl()!);
    store = await openStore(db.url);
    const coordinator = startCallqa([...demoRunArgs(db.url, night.config, night.manifest), '--json']);
    killed = startCallqa(workerArgs(db.url, night.config));
    night.processes.push(coordinator, killed);
    // Kill it while it holds a job it has started: that job is lost with it.
    killedKey = await waitFor('the doomed worker to be running a job', async () => {
      const row = await store.sql.get<{ key: string }>(
        "SELECT j.key FROM callqa_queue.jobs j JOIN callqa_queue.workers w ON w.id = j.worker_id WHERE j.state = 'running' AND w.pid = ?",
        [killed.pid],
      );
      return row?.key;
    }, 300_000, 200);
    killed.child.kill('SIGKILL');
    const survivor = startCallqa(workerArgs(db.url, night.config));
    night.processes.push(survivor);
    coordinatorExit = await coordinator.exited;
    survivor.child.kill('SIGTERM');
    expect((await survivor.exited).code).toBe(0);
  }, 900_000);

  afterAll(async () => {
    endNight(night);
    await store?.close();
    await db?.drop();
  });

  it('finishes the night: the coordinator prints the summary of every call', () => {
    const summary = summaryOf(coordinatorExit);
    expect(summary.calls).toMatchObject({ done: GOOD.length, failed: 2, pending: 0, waitingAsr: 0 });
  });

  it('gave the lost job to the other worker, on a second attempt', async () => {
    expect((await killed.exited).signal).toBe('SIGKILL');
    const job = await store.sql.get<{ state: string; attempts: number; pid: number }>(
      'SELECT j.state, j.attempts, w.pid FROM callqa_queue.jobs j JOIN callqa_queue.workers w ON w.id = j.worker_id WHERE j.key = ?',
      [killedKey],
    );
    expect(Number(job!.attempts)).toBe(2);
    expect(Number(job!.pid)).not.toBe(killed.pid);
    expect(job!.state).toMatch(/^(done|failed)$/);
  });

  it('processed every sampled call exactly once; the broken recordings failed once with their reasons', async () => {
    await expectEachCallOnce(store.sql, [killedKey.split('/')[1]]);
  });
});

describe.runIf(testPgUrl() && postgresBinDir())('Postgres stopped and started mid-night', () => {
  let night: Night;
  let server: PrivatePostgres;
  let db: FreshPgDatabase;
  let coordinatorExit: Awaited<CallqaProcess['exited']>;
  let workerExits: Awaited<CallqaProcess['exited']>[];
  let doneBeforeStop: number;

  beforeAll(async () => {
    night = prepareNight();
    server = await startPrivatePostgres();
    db = await createFreshPgDatabase(server.url);
    const coordinator = startCallqa([...demoRunArgs(db.url, night.config, night.manifest), '--json']);
    const workers = [startCallqa(workerArgs(db.url, night.config)), startCallqa(workerArgs(db.url, night.config))];
    night.processes.push(coordinator, ...workers);
    const watcher = await openStore(db.url, { poolSize: 1 });
    try {
      doneBeforeStop = await waitFor('a first call done', async () => {
        const row = await watcher.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM calls WHERE status = 'done'");
        return Number(row!.n) > 0 && Number(row!.n);
      }, 300_000, 200);
    } finally {
      await watcher.close();
    }
    await server.stop();
    await sleep(3000);
    await server.start();
    coordinatorExit = await coordinator.exited;
    for (const w of workers) w.child.kill('SIGTERM');
    workerExits = await Promise.all(workers.map((w) => w.exited));
  }, 900_000);

  afterAll(async () => {
    endNight(night);
    await server?.destroy();
  });

  it('finishes the night after the restart, and the workers were not stopped by it', () => {
    expect(doneBeforeStop).toBeLessThan(GOOD.length);
    expect(summaryOf(coordinatorExit).calls).toMatchObject({ done: GOOD.length, failed: 2, pending: 0 });
    for (const exit of workerExits) expect(exit.code, exit.stderr).toBe(0);
  });

  it('processed every sampled call exactly once; the broken recordings failed once with their reasons', async () => {
    const store = await openStore(db.url);
    try {
      await expectEachCallOnce(store.sql, 'any');
    } finally {
      await store.close();
    }
  });
});
