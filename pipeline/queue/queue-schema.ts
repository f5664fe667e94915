/**
 * callqa's own queue tables, in a Postgres schema of their own (default `callqa_queue`), next
 * to pg-boss's (default `callqa_pgboss`) and apart from the store's tables:
 * - `jobs`: the ledger — one row per job key with its outcome, attempts and last error. pg-boss
 *   moves and deletes its job rows on its own schedule (archive, retention); the ledger keeps
 *   what `status` and a rerun need for as long as the night matters.
 * - `workers`: the worker registry — one row per worker process, with its heartbeat and its
 *   models' notes (e.g. the sentiment model's fallback), which the coordinator's summary repeats.
 * Created on first use (idempotent, under an advisory lock so workers starting together do not
 * race on CREATE).
 */
import type pg from 'pg';

/** A Postgres identifier we interpolate: plain lower-case names only, never user text. */
export function checkSchemaName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad queue schema name "${name}"`);
  return name;
}

/** Advisory lock id for the schema's creation: any fixed 64-bit number unlikely to be used elsewhere. */
const CREATE_LOCK_ID = 7_204_911_013;

export async function ensureQueueSchema(pool: pg.Pool, schema: string): Promise<void> {
  const s = checkSchemaName(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [CREATE_LOCK_ID]);
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS ${s};
      CREATE TABLE IF NOT EXISTS ${s}.jobs (
        key text PRIMARY KEY,
        run_date text NOT NULL,
        run_id integer NOT NULL,
        call_id text NOT NULL,
        stage_group text NOT NULL,
        step integer NOT NULL,
        state text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'running', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL,
        worker_id text,
        error_kind text,
        error_reason text,
        last_error text,
        stages_done text,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX IF NOT EXISTS jobs_by_call ON ${s}.jobs (run_date, call_id, step);
      CREATE INDEX IF NOT EXISTS jobs_by_finish ON ${s}.jobs (finished_at) WHERE finished_at IS NOT NULL;
      CREATE TABLE IF NOT EXISTS ${s}.workers (
        id text PRIMARY KEY,
        host text NOT NULL,
        pid integer NOT NULL,
        stage_groups text NOT NULL,
        concurrency integer NOT NULL,
        device text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz NOT NULL DEFAULT now(),
        heartbeat_interval_s real NOT NULL,
        stopped_at timestamptz,
        jobs_running integer NOT NULL DEFAULT 0,
        jobs_done integer NOT NULL DEFAULT 0,
        jobs_failed integer NOT NULL DEFAULT 0
      );
      -- What the worker's models said when they loaded (a JSON array of strings), for the night's summary.
      ALTER TABLE ${s}.workers ADD COLUMN IF NOT EXISTS notes text;
    `);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
