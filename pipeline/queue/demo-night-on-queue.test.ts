/**
 * Issue 13's first piece of evidence: the demo night run on Postgres by a coordinator
 * (`callqa run --db postgres://…`) and three `callqa worker` processes stores the same calls,
 * failures, stage results, check results and scores — and the same summary — as the same night
 * run by `callqa run` on SQLite in one process. Both runs are real child processes started
 * together (transcripts from the demo's sidecars; no Whisper). Runs where a test Postgres is
 * configured (always in CI).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRunArgs, startCallqa, workerArgs, writeQueueTestConfig, type CallqaProcess } from '../../fixtures/support/queue/night-on-queue.ts';
import { openTestStore, type TestStore } from '../../fixtures/support/store/stores.ts';
import { testPgUrl } from '../../fixtures/support/store/test-pg-url.ts';
import { openStore, type Sql, type Store } from '../db/index.ts';
import { LEFT_TO_ASR_WORKERS } from './index.ts';
import type { RunSummary } from '../run/index.ts';

const WORKERS = 3;

describe.runIf(testPgUrl())('the demo night on the job queue with three workers, next to SQLite', () => {
  let dir: string;
  let pg: TestStore;
  let sqlite: Store;
  let workers: CallqaProcess[] = [];
  let onPg: { code: number | null; stdout: string; stderr: string };
  let onSqlite: { code: number | null; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'callqa-queue-night-'));
    // Long enough that no job is taken for lost on a busy machine: this test is about equality.
    const config = writeQueueTestConfig(dir, { visibilityTimeoutS: 900 });
    pg = await openTestStore('postgres');
    const sqliteFile = join(dir, 'night.sqlite');
    const coordinator = startCallqa([...demoRunArgs(pg.url, config), '--json']);
    workers = Array.from({ length: WORKERS }, () => startCallqa(workerArgs(pg.url, config)));
    const single = startCallqa([...demoRunArgs(sqliteFile, config), '--json']);
    [onPg, onSqlite] = await Promise.all([coordinator.exited, single.exited]);
    // The night is over: the workers are told to stop as an operator would (SIGTERM: finish, then exit 0).
    for (const w of workers) w.child.kill('SIGTERM');
    sqlite = await openStore(sqliteFile);
  }, 1_800_000);

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await sqlite?.close();
    await pg?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const summaryOf = (run: { code: number | null; stdout: string; stderr: string }) => {
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as RunSummary;
  };

  it('prints the same summary as the SQLite run (but for run id and time), with the same notes of the models', () => {
    const strip = ({ runId: _r, elapsedS: _e, notes: _n, asrUnavailable: _a, ...rest }: RunSummary) => rest;
    const [pgSummary, sqliteSummary] = [summaryOf(onPg), summaryOf(onSqlite)];
    expect(pgSummary.calls.done).toBeGreaterThan(30);
    expect(pgSummary.calls.failed).toBeGreaterThan(0);
    expect(strip(pgSummary)).toEqual(strip(sqliteSummary));
    // Where Whisper is: the SQLite run says its model is missing; the cpu workers say asr workers do it.
    expect(sqliteSummary.asrUnavailable).toBeTruthy();
    expect(pgSummary.notes).toContain(LEFT_TO_ASR_WORKERS);
    // Every other note (the sentiment model's, the sample's) is said the same way.
    expect(pgSummary.notes.filter((n) => n !== LEFT_TO_ASR_WORKERS)).toEqual(sqliteSummary.notes.filter((n) => n !== sqliteSummary.asrUnavailable));
  });

  it('shared the night among the three workers, each stopping cleanly on SIGTERM', async () => {
    const exits = await Promise.all(workers.map((w) => w.exited));
    for (const exit of exits) expect(exit.code, exit.stderr).toBe(0);
    const byWorker = await pg.sql.all<{ pid: number; done: number }>(
      `SELECT w.pid, COUNT(*) AS done FROM callqa_queue.jobs j JOIN callqa_queue.workers w ON w.id = j.worker_id WHERE j.state IN ('done', 'failed') GROUP BY w.pid`,
    );
    expect(byWorker.map((r) => Number(r.pid)).sort()).toEqual(workers.map((w) => w.pid).sort());
    expect(byWorker.every((r) => Number(r.done) > 0)).toBe(true);
  });

  it.each([
    ['calls', 'SELECT call_id, date, agent_id, started_at, duration_s, abandoned, resolved, sampled, status FROM calls ORDER BY call_id'],
    ['samples', 'SELECT date, seed, call_ids FROM samples ORDER BY date'],
    ['failures', 'SELECT call_id, stage, reason, detail FROM failures ORDER BY call_id, stage, reason'],
    ['stage results (not audio, whose probe names the file)', "SELECT call_id, stage, version, result FROM stage_results WHERE stage <> 'audio' ORDER BY call_id, stage, version"],
    ['scores', 'SELECT call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons FROM scores ORDER BY call_id, scorecard_version'],
    ['check results', 'SELECT call_id, scorecard_version, check_id, section, outcome, weight, critical, reason, evidence, confidence FROM check_results ORDER BY call_id, scorecard_version, check_id'],
  ])('stores the same %s', async (_name, query) => {
    const read = (sql: Sql) => sql.all(query);
    const [fromPg, fromSqlite] = [await read(pg.sql), await read(sqlite.sql)];
    expect(fromSqlite.length).toBeGreaterThan(0);
    expect(fromPg).toEqual(fromSqlite);
  });

  it('ran each sampled call as one cpu job, once; failed recordings are failed jobs, never retried', async () => {
    const jobs = await pg.sql.all<{ call_id: string; stage_group: string; state: string; attempts: number; error_kind: string | null }>(
      'SELECT call_id, stage_group, state, attempts, error_kind FROM callqa_queue.jobs ORDER BY call_id, step',
    );
    const sampled = await pg.sql.all<{ call_id: string; status: string }>('SELECT call_id, status FROM calls WHERE sampled = 1 ORDER BY call_id');
    expect(jobs.filter((j) => j.stage_group === 'cpu').map((j) => j.call_id)).toEqual(sampled.map((c) => c.call_id));
    for (const job of jobs.filter((j) => j.stage_group === 'cpu')) {
      const call = sampled.find((c) => c.call_id === job.call_id)!;
      expect(Number(job.attempts)).toBe(1);
      expect(job.state).toBe(call.status === 'failed' ? 'failed' : 'done');
      if (call.status === 'failed') expect(job.error_kind).toBe('permanent');
    }
    // Calls with neither a stored nor a sidecar transcript wait for an asr worker (none ran here).
    const waiting = sampled.filter((c) => c.status === 'waiting_asr').map((c) => c.call_id);
    expect(jobs.filter((j) => j.stage_group === 'asr').map((j) => [j.call_id, j.state])).toEqual(waiting.map((c) => [c, 'waiting']));
  });
});
