/**
 * The ledger's transitions for one job attempt. pg-boss decides who gets a job and when; the
 * ledger says what became of it. Every write is conditional on the row's state, so a slow worker
 * whose job was handed to another after the visibility timeout cannot undo that worker's result.
 *
 *   waiting ──begin──▶ running ──done──▶ done
 *      ▲                 │ └──permanent error, or last attempt──▶ failed
 *      └──retryable error┘
 *   running ──begin again (its worker was lost)──▶ running, or failed after the last attempt
 */
import type { Queue } from './open-queue.ts';
import type { ErrorKind } from './error-kind.ts';
import type { StageGroup } from './stage-groups.ts';

export type AttemptStart =
  | { action: 'run'; attempt: number; maxAttempts: number }
  /** The job is already done or failed (a duplicate delivery): nothing to run. */
  | { action: 'skip' }
  /** The last attempt's worker was lost: the job is now stored as failed. */
  | { action: 'gave_up'; lastError: string };

export async function beginAttempt(queue: Queue, key: string, workerId: string): Promise<AttemptStart> {
  // Every right-hand side below reads the row as it was before this UPDATE.
  const { rows } = await queue.pool.query<{ state: string; attempts: number; max_attempts: number; last_error: string }>(
    `UPDATE ${queue.schema}.jobs SET
       last_error = CASE WHEN state = 'running'
         THEN format('worker %s stopped during attempt %s: no result within the visibility timeout', worker_id, attempts)
         ELSE last_error END,
       error_kind = CASE WHEN state = 'running' THEN 'lost' ELSE error_kind END,
       error_reason = CASE WHEN state = 'running' THEN 'worker_lost' ELSE error_reason END,
       state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'running' END,
       finished_at = CASE WHEN attempts >= max_attempts THEN now() ELSE NULL END,
       attempts = CASE WHEN attempts >= max_attempts THEN attempts ELSE attempts + 1 END,
       worker_id = CASE WHEN attempts >= max_attempts THEN worker_id ELSE $2 END,
       started_at = CASE WHEN attempts >= max_attempts THEN started_at ELSE now() END
     WHERE key = $1 AND state IN ('waiting', 'running')
     RETURNING state, attempts, max_attempts, last_error`,
    [key, workerId],
  );
  const row = rows[0];
  if (!row) return { action: 'skip' };
  if (row.state === 'failed') return { action: 'gave_up', lastError: row.last_error };
  return { action: 'run', attempt: row.attempts, maxAttempts: row.max_attempts };
}

export async function markDone(queue: Queue, key: string, stagesDone: readonly string[] | undefined): Promise<void> {
  await queue.pool.query(
    `UPDATE ${queue.schema}.jobs SET state = 'done', finished_at = now(), stages_done = $2 WHERE key = $1 AND state <> 'done'`,
    [key, stagesDone?.join(',') ?? null],
  );
}

export interface JobError {
  kind: ErrorKind;
  reason: string;
  message: string;
}

/** Stores the attempt's error; `final` stores the job as failed, otherwise it waits for its retry. */
export async function markError(queue: Queue, key: string, workerId: string, error: JobError, final: boolean): Promise<void> {
  await queue.pool.query(
    `UPDATE ${queue.schema}.jobs SET state = $3, finished_at = CASE WHEN $3 = 'failed' THEN now() ELSE NULL END,
       error_kind = $4, error_reason = $5, last_error = $6
     WHERE key = $1 AND state = 'running' AND worker_id = $2`,
    [key, workerId, final ? 'failed' : 'waiting', error.kind, error.reason, error.message.slice(0, 2000)],
  );
}

/** Jobs of `groups` not yet done or failed (waiting, retrying or running). */
export async function countUnfinished(queue: Queue, groups: readonly StageGroup[]): Promise<number> {
  const { rows } = await queue.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${queue.schema}.jobs WHERE state IN ('waiting', 'running') AND stage_group = ANY($1::text[])`,
    [groups],
  );
  return Number(rows[0].n);
}
