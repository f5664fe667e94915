/**
 * The worker loop: `concurrency` slots, each taking one job at a time from the queues of the
 * stage groups this worker serves, running the injected handler on it, and storing the outcome:
 * - the handler resolves: the job is done (and the call's next job, if it names one, is queued);
 * - it throws a permanent error (a StageError: a broken recording): the job is failed with its
 *   reason, no retry;
 * - it throws anything else: retried by pg-boss after an exponential backoff, and stored as
 *   failed with its last error once `maxAttempts` attempts have failed.
 * A job whose worker dies stays `active` in pg-boss until its visibility timeout; pg-boss then
 * hands it to another worker (see open-queue.ts).
 *
 * Stopping (the `stop` signal): no new job is taken, jobs in flight finish, the worker is marked
 * stopped in the registry, and the promise resolves with what this worker did.
 *
 * Postgres going away: fetching keeps polling (pg-boss reports an unreachable database as an
 * empty queue), and the writes after a job are retried for up to `bookkeepingRetryS`; if they
 * still fail, the job is left to its visibility timeout and runs again — handlers are idempotent
 * (stage results are unique per call × stage × version), so that costs time, not correctness.
 */
import type PgBoss from 'pg-boss';
import { setTimeout as sleep } from 'node:timers/promises';
import { rootLogger } from '../log.ts';
import { enqueueCalls } from './enqueue.ts';
import { describeError, errorKind, isRetryable } from './error-kind.ts';
import { beginAttempt, countUnfinished, markDone, markError } from './job-ledger.ts';
import { jobKey, type JobPayload } from './job-key.ts';
import { queueName, type Queue } from './open-queue.ts';
import { ALL_GROUPS, type StageGroup } from './stage-groups.ts';
import { heartbeat, markWorkerStopped, registerWorker, type WorkerCounts } from './worker-registry.ts';

export interface QueueJob extends JobPayload {
  key: string;
  /** 1-based attempt number. */
  attempt: number;
  /** Aborted when the worker is told to stop at once (a second signal): give up the job. */
  signal: AbortSignal;
}

export interface JobResult {
  /** The call's next job (e.g. `asr` when the cpu job found no transcript). */
  next?: StageGroup;
  /** Stages this job ran, for per-stage throughput in `status`. */
  stagesDone?: readonly string[];
}

export type JobHandler = (job: QueueJob) => Promise<JobResult | void>;

export interface RunJobsOptions {
  queue: Queue;
  groups: readonly StageGroup[];
  /** Jobs run at once by this worker. */
  concurrency: number;
  /** What the worker's models run on; recorded in the registry. */
  device?: string;
  /** What its models said when they loaded; recorded in the registry for the night's summary. */
  notes?: readonly string[];
  /** Wait between polls of an empty queue, ms. */
  pollIntervalMs?: number;
  heartbeatIntervalS?: number;
  /** Aborted: stop taking jobs, finish those in flight, return. */
  stop?: AbortSignal;
  /** Aborted: also abort the jobs in flight (their handlers see `job.signal`); they run again elsewhere. */
  abortInFlight?: AbortSignal;
  /**
   * Return once no job of `drainGroups` is waiting, retrying or running (benchmarks, tests).
   */
  exitWhenDrained?: boolean;
  /**
   * The groups whose jobs must all be finished before a draining worker returns. Default: all —
   * a handler may chain jobs either way (cpu → asr → cpu). With the real pipeline an asr job
   * queues nothing after it, so a cpu-only worker need not wait for asr jobs (worker.ts).
   */
  drainGroups?: readonly StageGroup[];
  /** How long to keep retrying the ledger/queue writes after a job when the database is away, s. */
  bookkeepingRetryS?: number;
}

export interface WorkerSummary extends WorkerCounts {
  workerId: string;
  retried: number;
  /** Duplicate deliveries of jobs already done or failed. */
  skipped: number;
}

export async function runJobs(options: RunJobsOptions, handler: JobHandler): Promise<WorkerSummary> {
  const { queue, groups, concurrency } = options;
  const pollMs = options.pollIntervalMs ?? 1000;
  const heartbeatS = options.heartbeatIntervalS ?? 10;
  const bookkeepingRetryMs = (options.bookkeepingRetryS ?? 120) * 1000;
  const stop = options.stop ?? new AbortController().signal;
  const abortInFlight = options.abortInFlight ?? new AbortController().signal;
  const workerId = await registerWorker(queue, { groups, concurrency, device: options.device ?? 'cpu', heartbeatIntervalS: heartbeatS, notes: options.notes });
  const log = rootLogger().child({ component: 'worker', workerId });
  const summary: WorkerSummary = { workerId, running: 0, done: 0, failed: 0, retried: 0, skipped: 0 };
  let drained = false;

  const beat = setInterval(() => {
    heartbeat(queue, workerId, summary).catch((err: Error) => log.warn({ err: err.message }, 'heartbeat failed'));
  }, heartbeatS * 1000);

  /** Retries a write through a database outage; false when it never got through. */
  const persist = async (what: string, write: () => Promise<unknown>): Promise<boolean> => {
    const deadline = Date.now() + bookkeepingRetryMs;
    for (let delayMs = 200; ; delayMs = Math.min(delayMs * 2, 5000)) {
      try {
        await write();
        return true;
      } catch (err) {
        if (Date.now() + delayMs > deadline || !isRetryable(errorKind(err))) {
          log.error({ err: (err as Error).message, what }, 'could not store a job outcome; the job will run again after its visibility timeout');
          return false;
        }
        await sleep(delayMs);
      }
    }
  };

  const runOne = async (group: StageGroup, job: PgBoss.Job<JobPayload>): Promise<void> => {
    const name = queueName(group);
    const key = jobKey(job.data);
    let start;
    try {
      start = await beginAttempt(queue, key, workerId);
    } catch (err) {
      log.warn({ key, err: (err as Error).message }, 'could not start a job; it will be retried after its visibility timeout');
      return;
    }
    if (start.action !== 'run') {
      if (start.action === 'skip') summary.skipped++;
      else {
        summary.failed++;
        log.warn({ key, lastError: start.lastError }, 'job failed: its last attempt never finished');
      }
      await persist('complete', () => queue.boss.complete(name, job.id, { outcome: start.action }));
      return;
    }
    summary.running++;
    const jobLog = log.child({ key, attempt: start.attempt });
    try {
      const result = (await handler({ ...job.data, key, attempt: start.attempt, signal: abortInFlight })) ?? {};
      if (result.next) {
        const next = result.next;
        const queued = await persist('enqueue next', () =>
          enqueueCalls(queue, { date: job.data.date, runId: job.data.runId, callIds: [job.data.callId], group: next, step: job.data.step + 1 }),
        );
        if (!queued) return;
      }
      if (!(await persist('mark done', () => markDone(queue, key, result.stagesDone)))) return;
      await persist('complete', () => queue.boss.complete(name, job.id, { outcome: 'done' }));
      summary.done++;
      jobLog.debug('job done');
    } catch (err) {
      const kind = errorKind(err);
      const final = !isRetryable(kind) || start.attempt >= start.maxAttempts;
      const described = describeError(err);
      if (!(await persist('mark error', () => markError(queue, key, workerId, { kind, ...described }, final)))) return;
      if (final) {
        // pg-boss's own retry would run it again; the ledger already says failed, so close the job.
        await persist('complete', () => queue.boss.complete(name, job.id, { outcome: 'failed', reason: described.reason }));
        summary.failed++;
        jobLog.warn({ kind, reason: described.reason, err: described.message }, 'job failed');
      } else {
        await persist('fail for retry', () => queue.boss.fail(name, job.id, { kind, reason: described.reason, message: described.message }));
        summary.retried++;
        jobLog.info({ kind, reason: described.reason, err: described.message }, 'job will be retried');
      }
    } finally {
      summary.running--;
    }
  };

  const slot = async (index: number): Promise<void> => {
    // Slots start at different groups, so a worker serving both does not starve either.
    const order = groups.map((_, i) => groups[(i + index) % groups.length]);
    while (!stop.aborted && !drained) {
      let took = false;
      for (const group of order) {
        if (stop.aborted) break;
        const [job] = (await queue.boss.fetch<JobPayload>(queueName(group), { batchSize: 1 })) ?? [];
        if (!job) continue;
        took = true;
        await runOne(group, job);
        break;
      }
      if (took) continue;
      if (options.exitWhenDrained) {
        const unfinished = await countUnfinished(queue, options.drainGroups ?? ALL_GROUPS).catch(() => -1);
        if (unfinished === 0) drained = true;
      }
      if (!drained) await sleep(pollMs, undefined, { signal: stop }).catch(() => undefined);
    }
  };

  log.info({ groups, concurrency }, 'worker started');
  try {
    await Promise.all(Array.from({ length: concurrency }, (_, i) => slot(i)));
  } finally {
    clearInterval(beat);
    await persist('worker stopped', () => markWorkerStopped(queue, workerId, summary));
    log.info({ done: summary.done, failed: summary.failed, retried: summary.retried }, 'worker stopped');
  }
  return summary;
}
