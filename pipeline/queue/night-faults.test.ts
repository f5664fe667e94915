/**
 * Issue 13's failure semantics on a part of the demo night (six good calls, two broken
 * recordings), with a real coordinator (`callqa run --db postgres://…`) and real `callqa worker`
 * processes, in ONE night that meets both faults one after the other (one night's processes and
 * model loads instead of two):
 * - a worker killed with SIGKILL in the middle of a call: its job goes to the other worker after
 *   the visibility timeout, on its next attempt;
 * - right after, Postgres stopped and started (a private server: the shared test server stays
 *   up): workers and coordinator reconnect, and the workers are not stopped by it;
 * - the night finishes with every sampled call processed exactly once, and a recording that
 *   always fails is stored once as failed with its reason (one failures row, one failed job,
 *   never retried for its own error: any extra attempt is one the workers' logs show retried
 *   for a transient error, the outage).
 * Where Postgres's binaries are missing (no private server), the night runs on the shared test
 * server without the restart. Runs where a test Postgres is configured (always in CI).
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
import { openStore, type Store } from '../db/index.ts';
import type { RunSummary } from '../run/index.ts';

const GOOD = ['c-0001', 'c-0002', 'c-0003', 'c-0004', 'c-0005', 'c-0006'];
/** Broken recordings of the demo night and the reasons they fail with. */
const BROKEN = { 'c-0048': 'not_audio', 'c-0061': 'corrupt' } as const;
const CALLS = [...GOOD, ...Object.keys(BROKEN)].sort();
/** Short, so the killed worker's job comes back within seconds; longer than one call takes on a busy machine. */
const VISIBILITY_S = 20;
/** Workers log at info: their "job will be retried" lines say which attempts a transient error cost. */
const WORKER_ENV = { CALLQA_LOG_LEVEL: 'info' };

type Exit = Awaited<CallqaProcess['exited']>;

function summaryOf(run: Exit): RunSummary {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as RunSummary;
}

/** Job keys the workers' logs say were failed for a retry, with the error kind of each retry. */
function retriesInLogs(...stderrs: string[]): { key: string; kind: string }[] {
  return stderrs
    .flatMap((s) => s.split('\n'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { msg?: string; key?: string; kind?: string }];
      } catch {
        return []; // a plain line, or the last one of a killed worker, cut short
      }
    })
    .filter((entry) => entry.msg === 'job will be retried')
    .map((entry) => ({ key: entry.key!, kind: entry.kind! }));
}

describe.runIf(testPgUrl())('a night with a worker killed by SIGKILL, then Postgres restarted', () => {
  const restartable = postgresBinDir() !== undefined;
  let dir: string;
  let server: PrivatePostgres | undefined;
  let db: FreshPgDatabase;
  let store: Store;
  const processes: CallqaProcess[] = [];
  let killed: CallqaProcess;
  let killedJob: { key: string; attempts: number };
  let doneBeforeRestart: number;
  let coordinatorExit: Exit;
  let survivorExit: Exit;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'callqa-queue-faults-'));
    const config = writeQueueTestConfig(dir, { visibilityTimeoutS: VISIBILITY_S });
    const manifest = writeDemoManifest(dir, CALLS);
    server = restartable ? await startPrivatePostgres() : undefined;
    db = await createFreshPgDatabase(server?.url ?? testPgUrl()!);
    const coordinator = startCallqa([...demoRunArgs(db.url, config, manifest), '--json']);
    killed = startCallqa(workerArgs(db.url, config), WORKER_ENV);
    const survivor = startCallqa(workerArgs(db.url, config), WORKER_ENV);
    processes.push(coordinator, killed, survivor);

    const watcher = await openStore(db.url, { poolSize: 1 });
    try {
      // Kill it while it holds a job it has started (that job is lost with it), once the other
      // worker is up: a worker that cannot reach the database while it starts exits, and the
      // restart below must find the survivor running, not starting.
      killedJob = await waitFor('the doomed worker to be running a job while the other one is up', async () => {
        const up = await watcher.sql.get('SELECT id FROM callqa_queue.workers WHERE pid = ?', [survivor.pid]);
        const row = await watcher.sql.get<{ key: string; attempts: number }>(
          "SELECT j.key, j.attempts FROM callqa_queue.jobs j JOIN callqa_queue.workers w ON w.id = j.worker_id WHERE j.state = 'running' AND w.pid = ?",
          [killed.pid],
        );
        return up && row && { key: row.key, attempts: Number(row.attempts) };
      }, 300_000, 200);
      killed.child.kill('SIGKILL');
      const row = await watcher.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM calls WHERE status = 'done'");
      doneBeforeRestart = Number(row!.n);
    } finally {
      await watcher.close();
    }
    if (server) {
      await server.stop();
      await sleep(3000);
      await server.start();
    }
    // If the survivor dies, nothing would finish the night: fail at once instead of waiting for the timeout.
    const survivorDied = survivor.exited.then((exit) => {
      throw new Error(`the surviving worker exited before the night was over (code ${exit.code}): ${exit.stderr.slice(-2000)}`);
    });
    coordinatorExit = await Promise.race([coordinator.exited, survivorDied]);
    survivorDied.catch(() => undefined);
    survivor.child.kill('SIGTERM');
    survivorExit = await survivor.exited;
    store = await openStore(db.url);
  }, 900_000);

  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await store?.close();
    if (server) await server.destroy();
    else await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the night: the coordinator prints the summary of every call; the surviving worker stops cleanly', () => {
    expect(summaryOf(coordinatorExit).calls).toMatchObject({ done: GOOD.length, failed: 2, pending: 0, waitingAsr: 0 });
    expect(survivorExit.code, survivorExit.stderr).toBe(0);
  });

  it.runIf(restartable)('restarted Postgres mid-night, with calls still to do', () => {
    expect(doneBeforeRestart).toBeLessThan(GOOD.length);
  });

  it('gave the lost job to the other worker, on its next attempt', async () => {
    expect((await killed.exited).signal).toBe('SIGKILL');
    const job = await store.sql.get<{ state: string; attempts: number; pid: number }>(
      'SELECT j.state, j.attempts, w.pid FROM callqa_queue.jobs j JOIN callqa_queue.workers w ON w.id = j.worker_id WHERE j.key = ?',
      [killedJob.key],
    );
    expect(Number(job!.attempts)).toBe(killedJob.attempts + 1);
    expect(Number(job!.pid)).not.toBe(killed.pid);
    expect(job!.state).toMatch(/^(done|failed)$/);
  });

  it('processed every sampled call exactly once: one outcome, no duplicate result, nothing left', async () => {
    const calls = await store.sql.all<{ call_id: string; status: string }>('SELECT call_id, status FROM calls WHERE sampled = 1 ORDER BY call_id');
    expect(calls.map((c) => [c.call_id, c.status])).toEqual(CALLS.map((c) => [c, c in BROKEN ? 'failed' : 'done']));
    const dupes = await store.sql.all('SELECT call_id, stage, version, COUNT(*) AS n FROM stage_results GROUP BY call_id, stage, version HAVING COUNT(*) > 1');
    expect(dupes).toEqual([]);
    const scores = await store.sql.all<{ call_id: string; n: number }>('SELECT call_id, COUNT(*) AS n FROM scores GROUP BY call_id ORDER BY call_id');
    expect(scores.map((s) => [s.call_id, Number(s.n)])).toEqual(GOOD.map((c) => [c, 1]));
    const checkDupes = await store.sql.all('SELECT call_id, scorecard_version, check_id FROM check_results GROUP BY call_id, scorecard_version, check_id HAVING COUNT(*) > 1');
    expect(checkDupes).toEqual([]);
    expect(await store.sql.all("SELECT key, state FROM callqa_queue.jobs WHERE state NOT IN ('done', 'failed')")).toEqual([]);
  });

  it('stored each broken recording once as failed with its reason, never retried for its own error', async () => {
    const failures = await store.sql.all<{ call_id: string; stage: string; reason: string }>('SELECT call_id, stage, reason FROM failures ORDER BY call_id');
    expect(failures).toEqual(Object.entries(BROKEN).map(([callId, reason]) => ({ call_id: callId, stage: 'audio', reason })));
    const failedJobs = await store.sql.all<{ key: string; call_id: string; attempts: number; error_kind: string; error_reason: string }>(
      "SELECT key, call_id, attempts, error_kind, error_reason FROM callqa_queue.jobs WHERE state = 'failed' ORDER BY call_id",
    );
    expect(failedJobs.map((j) => [j.call_id, j.error_kind, j.error_reason])).toEqual(Object.entries(BROKEN).map(([callId, reason]) => [callId, 'permanent', reason]));
    const retries = retriesInLogs(killed.stderr(), survivorExit.stderr);
    // A permanent error is final: no retry is ever logged for one.
    expect(retries.filter((r) => r.kind === 'permanent')).toEqual([]);
    for (const job of failedJobs) {
      // One attempt, plus one per transient error (the outage) the logs show, plus the one lost with the killed worker.
      const extra = retries.filter((r) => r.key === job.key).length + (job.key === killedJob.key ? killedJob.attempts : 0);
      expect([job.call_id, Number(job.attempts)]).toEqual([job.call_id, 1 + extra]);
    }
  });
});
