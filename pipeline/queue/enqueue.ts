/**
 * Puts calls on the queue: one ledger row and one pg-boss job per job key, in one transaction,
 * so a coordinator killed halfway leaves each call either fully queued or not at all, and
 * enqueuing the night again adds only what is missing: a done or failed job is never queued
 * again by a rerun, and a waiting one whose pg-boss job was lost is sent again — except for the
 * calls a run retries (`callqa run --retry-failed`): their chain of jobs starts again under that run.
 */
import type pg from 'pg';
import { jobIdOfKey, jobKey, type JobPayload } from './job-key.ts';
import { queueName, type Queue } from './open-queue.ts';
import type { StageGroup } from './stage-groups.ts';

export interface EnqueueRequest {
  date: string;
  runId: number;
  callIds: readonly string[];
  group: StageGroup;
  /** The step in each call's chain (1 for the first job). */
  step?: number;
  /**
   * Calls of `callIds` this run retries (they failed in an earlier run): their finished jobs
   * are queued again as fresh first attempts of this run, and their later steps forgotten.
   */
  retryCallIds?: readonly string[];
}

/** Rows per statement: keeps each transaction short on a 200,000-call night. */
const CHUNK = 1000;

/** Returns how many jobs were new. */
export async function enqueueCalls(queue: Queue, request: EnqueueRequest): Promise<number> {
  let added = 0;
  for (let start = 0; start < request.callIds.length; start += CHUNK) {
    added += await inTransaction(queue, (c) => enqueueChunk(queue, c, { ...request, callIds: request.callIds.slice(start, start + CHUNK) }));
  }
  return added;
}

async function enqueueChunk(queue: Queue, client: pg.PoolClient, request: EnqueueRequest): Promise<number> {
  const step = request.step ?? 1;
  const payloads: JobPayload[] = request.callIds.map((callId) => ({ callId, date: request.date, runId: request.runId, group: request.group, step }));
  const keys = payloads.map(jobKey);
  const retried = request.retryCallIds?.filter((c) => request.callIds.includes(c)) ?? [];
  if (retried.length > 0) await requeueFinished(queue, client, request, retried, step);
  const inserted = await client.query(
    `INSERT INTO ${queue.schema}.jobs (key, run_date, run_id, call_id, stage_group, step, max_attempts)
     SELECT k, $2, $3, c, $4, $5, $6 FROM unnest($1::text[], $7::text[]) AS t(k, c)
     ON CONFLICT (key) DO NOTHING`,
    [keys, request.date, request.runId, request.group, step, queue.settings.maxAttempts, request.callIds],
  );
  // Also (re)send the keys the ledger still has waiting: a no-op while their pg-boss job exists
  // (same id), and a repair when it does not (pg-boss dropped it past its retention).
  // The ledger's run: a waiting job queued by an earlier run keeps its pg-boss id and payload.
  const waiting = await client.query<{ key: string; run_id: number }>(
    `SELECT key, run_id FROM ${queue.schema}.jobs WHERE key = ANY($1::text[]) AND state = 'waiting'`,
    [keys],
  );
  const runOfWaiting = new Map(waiting.rows.map((r) => [r.key, Number(r.run_id)]));
  const jobs = payloads
    .filter((p) => runOfWaiting.has(jobKey(p)))
    .map((p) => ({ ...p, runId: runOfWaiting.get(jobKey(p))! }))
    .map((p) => ({
      id: jobIdOfKey(jobKey(p), p.runId),
      name: queueName(p.group),
      data: p,
      // One delivery more than the attempts: when the last attempt's worker dies, that extra
      // delivery is where the runner stores the job as failed instead of losing it.
      retryLimit: queue.settings.maxAttempts,
      retryDelay: queue.settings.retryDelayS,
      retryBackoff: true,
      expireInSeconds: queue.settings.visibilityTimeoutS,
    }));
  if (jobs.length > 0) await queue.boss.insert(jobs, { db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) } });
  return inserted.rowCount ?? 0;
}

/**
 * The retried calls' finished jobs at `step` become waiting first attempts of this run (a new
 * pg-boss id: jobIdOfKey), and their finished later steps are deleted — the chain runs again and
 * queues them anew. A job still waiting or running is left alone.
 */
async function requeueFinished(queue: Queue, client: pg.PoolClient, request: EnqueueRequest, callIds: readonly string[], step: number): Promise<void> {
  await client.query(
    `DELETE FROM ${queue.schema}.jobs WHERE run_date = $1 AND call_id = ANY($2::text[]) AND step > $3 AND state IN ('done', 'failed')`,
    [request.date, callIds, step],
  );
  await client.query(
    `UPDATE ${queue.schema}.jobs SET state = 'waiting', run_id = $4, attempts = 0, worker_id = NULL, error_kind = NULL, error_reason = NULL,
       last_error = NULL, stages_done = NULL, enqueued_at = now(), started_at = NULL, finished_at = NULL
     WHERE run_date = $1 AND call_id = ANY($2::text[]) AND step = $3 AND stage_group = $5 AND state IN ('done', 'failed')`,
    [request.date, callIds, step, request.runId, request.group],
  );
}

async function inTransaction<T>(queue: Queue, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await queue.pool.connect();
  try {
    await c.query('BEGIN');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}
