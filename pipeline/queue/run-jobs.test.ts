/**
 * The queue and its workers against a real Postgres, with real worker processes
 * (fixtures/support/queue/queue-test-worker.ts) whose handler writes rows through Postgres.
 * Runs when CALLQA_TEST_PG_URL is set; in CI a missing URL fails (test-pg-url.ts).
 * Settings are short so failures show in seconds: a 3 s visibility timeout, maintenance every
 * second, retries after 1 s doubling.
 * Postgres restarting mid-night is tested in night-faults.test.ts, on a private server: restarting
 * the shared test server would break the test files running beside this one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshPgDatabase, type FreshPgDatabase } from '../../fixtures/support/store/fresh-pg-database.ts';
import { testPgUrl } from '../../fixtures/support/store/test-pg-url.ts';
import { startTestWorker, waitFor, type WorkerProcess } from '../../fixtures/support/queue/worker-process.ts';
import { aliveWorkers, enqueueCalls, openQueue, waitForNight, type Queue } from './index.ts';

const adminUrl = testPgUrl();
const VISIBILITY_S = 3;

interface LedgerRow {
  key: string;
  call_id: string;
  state: string;
  attempts: number;
  error_kind: string | null;
  error_reason: string | null;
  last_error: string | null;
}

describe.runIf(adminUrl)('job queue on Postgres', () => {
  let db: FreshPgDatabase;
  let queue: Queue;
  const workers: WorkerProcess[] = [];

  const worker = (env: Record<string, string> = {}): WorkerProcess => {
    const w = startTestWorker({ QUEUE_TEST_URL: db.url, QUEUE_TEST_VISIBILITY_S: String(VISIBILITY_S), ...env });
    workers.push(w);
    return w;
  };
  const drainingWorker = (env: Record<string, string> = {}) => worker({ QUEUE_TEST_EXIT_WHEN_DRAINED: '1', ...env });
  const rows = async <T extends object>(text: string, params: unknown[] = []): Promise<T[]> => (await queue.pool.query(text, params)).rows as T[];
  const ledger = (date: string) => rows<LedgerRow>('SELECT * FROM callqa_queue.jobs WHERE run_date = $1 ORDER BY key', [date]);
  const attempts = (callId: string) =>
    rows<{ stage_group: string; attempt: number; worker_pid: number; at: Date }>('SELECT * FROM queue_test_attempts WHERE call_id = $1 ORDER BY id', [callId]);
  const results = (prefix: string) => rows<{ call_id: string; worker_pid: number }>("SELECT * FROM queue_test_results WHERE call_id LIKE $1 || '%' ORDER BY call_id", [prefix]);
  const expectCleanExit = async (w: WorkerProcess) => {
    const exit = await w.exited;
    expect(exit.code, exit.stderr).toBe(0);
    return JSON.parse(exit.stdout.trim().split('\n').at(-1)!) as { done: number; failed: number; retried: number; skipped: number };
  };

  beforeAll(async () => {
    db = await createFreshPgDatabase(adminUrl!, { empty: true });
    queue = await openQueue({ url: db.url, visibilityTimeoutS: VISIBILITY_S, maxAttempts: 3, retryDelayS: 1, supervise: false });
    await queue.pool.query(`
      CREATE TABLE queue_test_attempts (id serial PRIMARY KEY, call_id text, stage_group text, step int, attempt int, worker_pid int, at timestamptz DEFAULT clock_timestamp());
      CREATE TABLE queue_test_results (call_id text PRIMARY KEY, worker_pid int);
      CREATE TABLE queue_test_transcripts (call_id text PRIMARY KEY);`);
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await queue?.close();
    await db?.drop();
  });

  it('runs a job enqueued twice once, stores one result, and skips a duplicate delivery', async () => {
    const calls = ['ok-1', 'ok-2', 'ok-3', 'ok-4', 'ok-5'];
    expect(await enqueueCalls(queue, { date: '2026-11-01', runId: 1, callIds: calls, group: 'cpu' })).toBe(5);
    expect(await enqueueCalls(queue, { date: '2026-11-01', runId: 1, callIds: calls, group: 'cpu' })).toBe(0);
    const [a, b] = [drainingWorker(), drainingWorker()];
    const done = [await expectCleanExit(a), await expectCleanExit(b)];
    expect(done.reduce((n, s) => n + s.done, 0)).toBe(5);
    expect((await results('ok-')).map((r) => r.call_id)).toEqual(calls);
    expect(await rows('SELECT * FROM queue_test_attempts WHERE call_id LIKE $1', ['ok-%'])).toHaveLength(5);
    expect((await ledger('2026-11-01')).every((r) => r.state === 'done' && r.attempts === 1)).toBe(true);

    // The same job delivered again (as after a lost acknowledgement): the ledger says done, the handler is not run.
    await queue.boss.send('callqa-cpu', { callId: 'ok-1', date: '2026-11-01', runId: 1, group: 'cpu', step: 1 });
    const again = await expectCleanExit(drainingWorker());
    expect(again).toMatchObject({ done: 0, skipped: 1 });
    expect(await attempts('ok-1')).toHaveLength(1);
  });

  it('hands the job of a worker killed with SIGKILL to another worker after the visibility timeout', async () => {
    await enqueueCalls(queue, { date: '2026-11-02', runId: 2, callIds: ['slow-1'], group: 'cpu' });
    const doomed = worker({ QUEUE_TEST_SLOW_MS: '4000', QUEUE_TEST_CONCURRENCY: '1' });
    await waitFor('the first attempt to start', async () => (await attempts('slow-1')).length === 1);
    await waitFor('the doomed worker to be registered alive', async () => (await aliveWorkers(queue)).some((w) => w.id.includes(`:${doomed.pid}:`)));
    doomed.child.kill('SIGKILL');
    expect((await doomed.exited).signal).toBe('SIGKILL');
    const killedAt = Date.now();

    const rescuer = drainingWorker({ QUEUE_TEST_SLOW_MS: '200' });
    await expectCleanExit(rescuer);
    const tries = await attempts('slow-1');
    expect(tries.map((t) => t.worker_pid)).toEqual([doomed.pid, rescuer.pid]);
    // Not before the visibility timeout, counted from the first attempt's start.
    expect(tries[1].at.getTime() - tries[0].at.getTime()).toBeGreaterThanOrEqual(VISIBILITY_S * 1000);
    expect(await results('slow-1')).toEqual([{ call_id: 'slow-1', worker_pid: rescuer.pid }]);
    const [row] = await ledger('2026-11-02');
    expect(row).toMatchObject({ state: 'done', attempts: 2, error_reason: 'worker_lost' });
    expect(row.last_error).toMatch(/stopped during attempt 1/);
    // Its heartbeat stopped: after three missed beats the killed worker no longer counts as alive.
    await waitFor('the killed worker to drop out of the alive list', async () => !(await aliveWorkers(queue)).some((w) => w.id.includes(`:${doomed.pid}:`)), 10_000);
    expect(Date.now() - killedAt).toBeLessThan(60_000);
  });

  it('stores a job as failed, not lost, when the worker of its last attempt dies too', async () => {
    const oneAttempt = await openQueue({ url: db.url, visibilityTimeoutS: 2, maxAttempts: 1, retryDelayS: 1, supervise: false });
    try {
      await enqueueCalls(oneAttempt, { date: '2026-11-08', runId: 8, callIds: ['slow-x'], group: 'cpu' });
    } finally {
      await oneAttempt.close();
    }
    const doomed = worker({ QUEUE_TEST_SLOW_MS: '20000', QUEUE_TEST_CONCURRENCY: '1' });
    await waitFor('the only attempt to start', async () => (await attempts('slow-x')).length === 1);
    doomed.child.kill('SIGKILL');
    const summary = await expectCleanExit(drainingWorker());
    expect(summary).toMatchObject({ done: 0, failed: 1 });
    expect(await attempts('slow-x')).toHaveLength(1);
    expect(await ledger('2026-11-08')).toMatchObject([{ state: 'failed', attempts: 1, error_kind: 'lost', error_reason: 'worker_lost' }]);
    const night = await waitForNight(queue, { date: '2026-11-08', pollMs: 100 });
    expect(night.calls).toEqual({ total: 1, done: 0, failed: 1, inProgress: 0 });
    expect(night.failedByReason).toEqual({ worker_lost: 1 });
  });

  it('sends again, when the night is enqueued again, a waiting job whose pg-boss job was lost', async () => {
    await enqueueCalls(queue, { date: '2026-11-09', runId: 9, callIds: ['ok-lost'], group: 'cpu' });
    await queue.pool.query("DELETE FROM callqa_pgboss.job WHERE data->>'callId' = 'ok-lost'");
    expect(await enqueueCalls(queue, { date: '2026-11-09', runId: 9, callIds: ['ok-lost'], group: 'cpu' })).toBe(0);
    await expectCleanExit(drainingWorker());
    expect(await results('ok-lost')).toHaveLength(1);
  });

  it('stores a permanently failing job once as failed with its reason, without retrying', async () => {
    await enqueueCalls(queue, { date: '2026-11-03', runId: 3, callIds: ['broken-1'], group: 'cpu' });
    const summary = await expectCleanExit(drainingWorker());
    expect(summary).toMatchObject({ failed: 1, retried: 0 });
    expect(await attempts('broken-1')).toHaveLength(1);
    expect(await ledger('2026-11-03')).toMatchObject([{ state: 'failed', attempts: 1, error_kind: 'permanent', error_reason: 'decode_failed' }]);
    expect((await ledger('2026-11-03'))[0].last_error).toMatch(/not a RIFF file/);
    expect(await results('broken-')).toEqual([]);
  });

  it('retries a transient error with a growing backoff until it succeeds, and stores one that never does as failed', async () => {
    await enqueueCalls(queue, { date: '2026-11-04', runId: 4, callIds: ['flaky-1', 'down-1'], group: 'cpu' });
    await expectCleanExit(drainingWorker({ QUEUE_TEST_FLAKY_FAILURES: '2' }));
    const flaky = await attempts('flaky-1');
    expect(flaky.map((t) => t.attempt)).toEqual([1, 2, 3]);
    const gaps = [flaky[1].at.getTime() - flaky[0].at.getTime(), flaky[2].at.getTime() - flaky[1].at.getTime()];
    // pg-boss's backoff: retryDelay × 2^(n−1) × (1 + jitter in [0,1)) before retry n, i.e. ≥ 1 s then ≥ 2 s.
    expect(gaps[0]).toBeGreaterThanOrEqual(1000);
    expect(gaps[1]).toBeGreaterThanOrEqual(2000);
    expect(await results('flaky-1')).toHaveLength(1);
    const [down, flakyRow] = await ledger('2026-11-04');
    expect(flakyRow).toMatchObject({ call_id: 'flaky-1', state: 'done', attempts: 3 });
    expect(down).toMatchObject({ call_id: 'down-1', state: 'failed', attempts: 3, error_kind: 'transient', error_reason: 'ECONNRESET' });
    expect(await attempts('down-1')).toHaveLength(3);
  });

  it('chains a call through cpu, asr and cpu jobs on workers limited to their stage group', async () => {
    await enqueueCalls(queue, { date: '2026-11-05', runId: 5, callIds: ['asr-1', 'asr-2'], group: 'cpu' });
    const cpu = drainingWorker({ QUEUE_TEST_GROUPS: 'cpu' });
    const asr = drainingWorker({ QUEUE_TEST_GROUPS: 'asr' });
    await Promise.all([expectCleanExit(cpu), expectCleanExit(asr)]);
    expect((await results('asr-')).map((r) => r.call_id)).toEqual(['asr-1', 'asr-2']);
    expect(await rows('SELECT call_id FROM queue_test_transcripts ORDER BY call_id')).toEqual([{ call_id: 'asr-1' }, { call_id: 'asr-2' }]);
    const tries = await rows<{ stage_group: string; step: number; worker_pid: number }>("SELECT * FROM queue_test_attempts WHERE call_id = 'asr-1' ORDER BY id");
    expect(tries.map((t) => [t.stage_group, t.step, t.worker_pid])).toEqual([['cpu', 1, cpu.pid], ['asr', 2, asr.pid], ['cpu', 3, cpu.pid]]);
    expect((await ledger('2026-11-05')).map((r) => [r.key, r.state])).toEqual([
      ['2026-11-05/asr-1/asr/2', 'done'], ['2026-11-05/asr-1/cpu/1', 'done'], ['2026-11-05/asr-1/cpu/3', 'done'],
      ['2026-11-05/asr-2/asr/2', 'done'], ['2026-11-05/asr-2/cpu/1', 'done'], ['2026-11-05/asr-2/cpu/3', 'done'],
    ]);
  });

  it('finishes after SIGTERM the jobs in flight and takes no new ones', async () => {
    const calls = ['slow-t1', 'slow-t2', 'slow-t3', 'slow-t4'];
    await enqueueCalls(queue, { date: '2026-11-06', runId: 6, callIds: calls, group: 'cpu' });
    const w = worker({ QUEUE_TEST_SLOW_MS: '1500', QUEUE_TEST_CONCURRENCY: '2' });
    await waitFor('two jobs in flight', async () => Number((await rows<{ n: string }>("SELECT count(*) n FROM queue_test_attempts WHERE call_id LIKE 'slow-t%'"))[0].n) === 2);
    w.child.kill('SIGTERM');
    const summary = await expectCleanExit(w);
    expect(summary.done).toBe(2);
    expect(await results('slow-t')).toHaveLength(2);
    expect((await ledger('2026-11-06')).map((r) => r.state).sort()).toEqual(['done', 'done', 'waiting', 'waiting']);
    expect((await aliveWorkers(queue)).some((a) => a.id.includes(`:${w.pid}:`))).toBe(false);
    await expectCleanExit(drainingWorker());
    expect(await results('slow-t')).toHaveLength(4);
  });
});
