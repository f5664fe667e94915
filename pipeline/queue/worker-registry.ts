/**
 * The worker registry: each worker process registers a row and refreshes its heartbeat every
 * `heartbeatIntervalS`; `status` counts a worker alive while its heartbeat is younger than
 * three intervals and it has not said it stopped. (Whether its jobs are lost is pg-boss's
 * visibility timeout's business, not the heartbeat's: a worker can be alive and stuck.)
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Queue, QueueReader } from './open-queue.ts';

export interface WorkerInfo {
  groups: readonly string[];
  concurrency: number;
  device: string;
  heartbeatIntervalS: number;
  /** What its models said when they loaded (components' notes), repeated in the night's summary. */
  notes?: readonly string[];
}

export interface WorkerCounts {
  running: number;
  done: number;
  failed: number;
}

/** A heartbeat older than this many intervals means the worker is gone. */
export const MISSED_HEARTBEATS_DEAD = 3;

/** Rows of workers gone longer than this are deleted when a worker registers, so the table stays small. */
const FORGET_AFTER_DAYS = 7;

export async function registerWorker(queue: Queue, info: WorkerInfo): Promise<string> {
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  await queue.pool.query(`DELETE FROM ${queue.schema}.workers WHERE heartbeat_at < now() - make_interval(days => $1)`, [FORGET_AFTER_DAYS]);
  await queue.pool.query(
    `INSERT INTO ${queue.schema}.workers (id, host, pid, stage_groups, concurrency, device, heartbeat_interval_s, notes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, hostname(), process.pid, info.groups.join(','), info.concurrency, info.device, info.heartbeatIntervalS, JSON.stringify(info.notes ?? [])],
  );
  return id;
}

export async function heartbeat(queue: Queue, id: string, counts: WorkerCounts): Promise<void> {
  await queue.pool.query(
    `UPDATE ${queue.schema}.workers SET heartbeat_at = now(), jobs_running = $2, jobs_done = $3, jobs_failed = $4 WHERE id = $1`,
    [id, counts.running, counts.done, counts.failed],
  );
}

export async function markWorkerStopped(queue: Queue, id: string, counts: WorkerCounts): Promise<void> {
  await queue.pool.query(
    `UPDATE ${queue.schema}.workers SET heartbeat_at = now(), stopped_at = now(), jobs_running = 0, jobs_done = $2, jobs_failed = $3 WHERE id = $1`,
    [id, counts.done, counts.failed],
  );
}

export interface AliveWorker {
  id: string;
  groups: string;
  concurrency: number;
  device: string;
  running: number;
  heartbeatAgeS: number;
}

export async function aliveWorkers(queue: QueueReader): Promise<AliveWorker[]> {
  const { rows } = (await queue.pool.query(
    `SELECT id, stage_groups, concurrency, device, jobs_running, extract(epoch FROM now() - heartbeat_at)::float8 AS age_s
     FROM ${queue.schema}.workers
     WHERE stopped_at IS NULL AND heartbeat_at > now() - make_interval(secs => heartbeat_interval_s * ${MISSED_HEARTBEATS_DEAD})
     ORDER BY id`,
  )) as { rows: { id: string; stage_groups: string; concurrency: number; device: string; jobs_running: number; age_s: number }[] };
  return rows.map((r) => ({ id: r.id, groups: r.stage_groups, concurrency: Number(r.concurrency), device: r.device, running: Number(r.jobs_running), heartbeatAgeS: Number(r.age_s) }));
}

/**
 * The notes of the workers that ran the night's jobs, each once, in the order the workers
 * registered: what a SQLite run says of its own models in its summary.
 */
export async function nightWorkerNotes(queue: QueueReader, date: string): Promise<string[]> {
  const { rows } = (await queue.pool.query(
    `SELECT w.notes FROM ${queue.schema}.workers w
     WHERE w.notes IS NOT NULL AND EXISTS (SELECT 1 FROM ${queue.schema}.jobs j WHERE j.worker_id = w.id AND j.run_date = $1)
     ORDER BY w.started_at, w.id`,
    [date],
  )) as { rows: { notes: string }[] };
  return [...new Set(rows.flatMap((r) => JSON.parse(r.notes) as string[]))];
}
