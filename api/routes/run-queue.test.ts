/**
 * The night on the job queue seen from the API and the runs page: `GET /api/v1/runs/{id}` answers
 * a `queue` field (what `callqa status` prints) on a Postgres store whose night ran on the queue,
 * none on SQLite; `/runs` shows the same figures to admin and QA, to no one else. The queue is
 * real (pg-boss on the test Postgres) and worked by runJobs with a handler that fails one call
 * as a broken recording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import { testPgUrl } from '../../fixtures/support/store/test-pg-url.ts';
import { StageError } from '../../pipeline/errors.ts';
import { enqueueCalls, openQueue, runJobs } from '../../pipeline/queue/index.ts';
import type { RunQueueView } from './run-queue.ts';

describe.runIf(testPgUrl())('a run whose night is on the job queue (Postgres)', () => {
  let h: Harness;
  let date: string;

  beforeAll(async () => {
    h = await setupHarness({}, 'postgres');
    date = (await h.store.sql.get<{ date: string }>('SELECT date FROM runs WHERE id = ?', [h.store.runId]))!.date;
    const queue = await openQueue({ url: h.store.dbFile, retryDelayS: 1, supervise: false });
    try {
      await enqueueCalls(queue, { date, runId: h.store.runId, callIds: ['q-1', 'q-2', 'q-broken'], group: 'cpu' });
      await runJobs({ queue, groups: ['cpu'], concurrency: 1, pollIntervalMs: 50, exitWhenDrained: true }, async (job) => {
        if (job.callId === 'q-broken') throw new StageError('audio', 'not_audio', 'not a media file');
        return { stagesDone: ['audio', 'vad', 'sentiment', 'score'] };
      });
      // Queued after the others finished: still waiting.
      await enqueueCalls(queue, { date, runId: h.store.runId, callIds: ['q-late'], group: 'cpu' });
    } finally {
      await queue.close();
    }
  }, 120_000);

  afterAll(async () => {
    await h?.cleanup();
  });

  it('GET /runs/{id} answers the night\'s queue figures', async () => {
    const res = await h.request('admin', `/api/v1/runs/${h.store.runId}`);
    expect(res.status).toBe(200);
    const { queue } = (await res.json()) as { queue: RunQueueView };
    expect(queue.date).toBe(date);
    expect(queue.calls).toEqual({ total: 4, done: 2, failed: 1, inProgress: 1 });
    expect(queue.groups.cpu).toMatchObject({ waiting: 1, running: 0 });
    expect(queue.groups.asr).toMatchObject({ waiting: 0, running: 0 });
    expect(queue.failedByReason).toEqual({ not_audio: 1 });
    expect(queue.stagesPerMinute.score).toBeGreaterThan(0);
    expect(queue.workers).toEqual([]);
    // Pace known (jobs finished lately) and work left: a finish time in the future.
    expect(Date.parse(queue.estimatedFinish!)).toBeGreaterThan(Date.now() - 1000);
  });

  it('shows them on /runs to admin and QA only', async () => {
    for (const who of ['admin', 'qa'] as const) {
      const res = await h.request(who, '/runs');
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`data-run="${h.store.runId}"`);
      expect(html).toContain('data-k="done">2<');
      expect(html).toContain('data-k="failed">1<');
      expect(html).toContain('data-k="inProgress">1<');
    }
    for (const who of ['coachA', 'hr'] as const) expect((await h.request(who, '/runs')).status).toBe(403);
  });
});

describe('a run on SQLite', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await setupHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.cleanup();
  });

  it('has no queue field, and /runs lists it without a queue panel', async () => {
    const body = (await (await h.request('admin', `/api/v1/runs/${h.store.runId}`)).json()) as Record<string, unknown>;
    expect(body.id).toBe(h.store.runId);
    expect(body).not.toHaveProperty('queue');
    const html = await (await h.request('qa', '/runs')).text();
    expect(html).toContain(`data-run="${h.store.runId}"`);
    expect(html).not.toContain('run-queue');
  });
});
