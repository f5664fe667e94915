/**
 * `callqa worker` and `callqa status` as a user runs them (child processes). The refusals need
 * no database; the rest runs against a real Postgres when CALLQA_TEST_PG_URL is set (CI: must be).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../fixtures/support/cli/run-cli.ts';
import { createFreshPgDatabase, type FreshPgDatabase } from '../../../fixtures/support/store/fresh-pg-database.ts';
import { testPgUrl } from '../../../fixtures/support/store/test-pg-url.ts';
import { asrAvailability } from '../../../models/registry.ts';
import { StageError } from '../../../pipeline/errors.ts';
import { cudaUnavailableReason, enqueueCalls, openQueue, runJobs, type QueueStatus } from '../../../pipeline/queue/index.ts';

const adminUrl = testPgUrl();

describe('callqa worker and status refuse what they cannot do, in one line', () => {
  it.each(['worker', 'status'])('%s refuses a SQLite store', async (command) => {
    const r = await runCli([command, '--db', 'data/some.sqlite']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^callqa ${command}: callqa ${command} needs the Postgres store .*SQLite file`))]);
  });

  it('run --no-wait refuses a SQLite store (no workers there: the run processes the night itself)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-no-wait-'));
    try {
      const r = await runCli(['run', '--db', join(dir, 'store.sqlite'), '--demo', '--date', '2026-11-20', '--no-wait']);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('--no-wait is for a Postgres store');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('worker refuses a stage list that splits a stage group', async () => {
    const r = await runCli(['worker', '--db', 'postgres://nobody@localhost:1/none', '--stages', 'audio,vad']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^callqa worker: --stages: a worker runs whole stage groups; add sentiment, score/);
  });
});

describe.runIf(adminUrl)('callqa worker and status on Postgres', () => {
  let db: FreshPgDatabase;
  beforeAll(async () => {
    db = await createFreshPgDatabase(adminUrl!, { empty: true });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it.runIf(cudaUnavailableReason())('worker --device cuda refuses where onnxruntime-node has no CUDA provider (exit 69)', async () => {
    const r = await runCli(['worker', '--db', db.url, '--device', 'cuda']);
    expect(r.code).toBe(69);
    expect(r.stderr.trim().split('\n')).toEqual([`callqa worker: --device cuda: ${cudaUnavailableReason()}`]);
  });

  it('status prints calls, queue depth, throughput, workers and an estimated finish', async () => {
    let nightStartedMs = 0;
    const queue = await openQueue({ url: db.url, retryDelayS: 1, supervise: false });
    try {
      await enqueueCalls(queue, { date: '2026-11-20', runId: 1, callIds: ['a-1', 'a-2', 'a-3', 'broken-1'], group: 'cpu' });
      nightStartedMs = Date.now();
      const summary = await runJobs({ queue, groups: ['cpu'], concurrency: 2, pollIntervalMs: 100, exitWhenDrained: true }, async (job) => {
        if (job.callId.startsWith('broken')) throw new StageError('audio', 'decode_failed', 'not a RIFF file');
        await queue.pool.query('SELECT pg_sleep(0.05)');
        return { stagesDone: ['audio', 'vad', 'sentiment', 'score'] };
      });
      expect(summary).toMatchObject({ done: 3, failed: 1 });
      await enqueueCalls(queue, { date: '2026-11-20', runId: 1, callIds: ['late-1', 'late-2'], group: 'cpu' });
    } finally {
      await queue.close();
    }

    const json = await runCli(['status', '--db', db.url, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const status = JSON.parse(json.stdout) as QueueStatus;
    expect(status.date).toBe('2026-11-20');
    expect(status.calls).toEqual({ total: 6, done: 3, failed: 1, inProgress: 2 });
    expect(status.groups.cpu).toMatchObject({ waiting: 2, running: 0 });
    expect(status.stagesPerMinute.score).toBeCloseTo(3 / 15);
    expect(status.failedByReason).toEqual({ decode_failed: 1 });
    expect(status.workers).toEqual([]);
    // 2 jobs left at 4 finished in the t minutes since the night's first job started (the
    // window is longer than the night, so the pace is over t, at least a quarter minute): t/2 from now.
    const nightMin = Math.max(0.25, (Date.now() - nightStartedMs) / 60_000);
    const etaMin = (new Date(status.estimatedFinish!).getTime() - Date.now()) / 60_000;
    expect(etaMin).toBeGreaterThan(0.25 / 2 - 0.05);
    expect(etaMin).toBeLessThan(nightMin / 2 + 0.05);

    const text = await runCli(['status', '--db', db.url, '--date', '2026-11-20']);
    expect(text.stdout).toContain('Calls: 6 queued · 3 done · 1 failed · 2 in progress');
    expect(text.stdout).toMatch(/Estimated finish: .* UTC \(in (under a minute|\d+ min)\)/);
    expect(text.stdout).not.toContain(':callqa@');
  });

  it('worker --stages asr refuses on a machine without the Whisper model, saying why (exit 69)', async (ctx) => {
    const whisper = await asrAvailability();
    if (whisper.ok) ctx.skip();
    const r = await runCli(['worker', '--db', db.url, '--stages', 'asr', '--config', 'fixtures/demo-config.yaml']);
    expect(r.code).toBe(69);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^callqa worker: cannot serve asr jobs: /)]);
  });
});
