/**
 * One run per service date at a time: a run holds the date's lease (table `run_leases`) and
 * renews it with a heartbeat. A lease whose `expires_at` has passed — or whose holder is a
 * process on this host that no longer exists (kill -9) — is dead: the next run of the date
 * takes it over and marks the run that held it `interrupted`.
 *
 * Times are ISO 8601 UTC strings with milliseconds (`toISOString()`, the same format as the
 * store's `created_at` default), so they compare as text in SQL.
 */
import { hostname } from 'node:os';
import type { Sql } from '../db/index.ts';
import { CallqaError, EXIT_CODE, type CallqaErrorOptions } from '../errors.ts';

export interface LeaseTiming {
  /** A lease not renewed for this long is dead, ms. */
  ttlMs: number;
  /** How often the holder renews it, ms (well under ttlMs, so one slow tick does not lose it). */
  heartbeatMs: number;
}

export const DEFAULT_LEASE_TIMING: LeaseTiming = { ttlMs: 30_000, heartbeatMs: 5_000 };

/** Who holds a lease: `pid@host`. */
export const holderId = (pid = process.pid, host = hostname()): string => `${pid}@${host}`;

/**
 * True when the holder is a process of this host that no longer exists. A holder on another
 * host, or whose pid exists (perhaps reused), counts as alive: the lease then ends by expiry.
 */
export function holderIsGone(holder: string): boolean {
  const at = holder.indexOf('@');
  const pid = Number(holder.slice(0, at));
  if (at < 0 || holder.slice(at + 1) !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0); // signal 0: only checks that the process exists
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'; // EPERM: exists, owned by another user
  }
}

/** A lease as stored, with the start time of the run holding it. */
export interface Lease {
  date: string;
  runId: number;
  holder: string;
  heartbeatAt: string;
  expiresAt: string;
  /** When the holding run started (its `runs.created_at`). */
  runStartedAt: string | null;
}

/** Whether a lease still protects its run at `now`. */
export const isLeaseLive = (lease: Pick<Lease, 'expiresAt' | 'holder'>, now = new Date()): boolean =>
  lease.expiresAt > now.toISOString() && !holderIsGone(lease.holder);

/*
 * LOCK ORDER: every transaction here writes the date's `run_leases` row before any `runs` row.
 * On Postgres, where a heartbeat and the run's end can be in flight at once on two pooled
 * connections, the opposite order in one of them deadlocks (SQLite has one writer at a time).
 */

const LEASE_COLUMNS = `l.date, l.run_id AS "runId", l.holder, l.heartbeat_at AS "heartbeatAt", l.expires_at AS "expiresAt", r.created_at AS "runStartedAt"`;

/** The date's lease if a live run holds it, else null. */
export async function liveLease(sql: Sql, date: string, now = new Date()): Promise<Lease | null> {
  const lease = await sql.get<Lease>(`SELECT ${LEASE_COLUMNS} FROM run_leases l LEFT JOIN runs r ON r.id = l.run_id WHERE l.date = ?`, [date]);
  return lease && isLeaseLive(lease, now) ? { ...lease, runId: Number(lease.runId) } : null;
}

/** Refusal to start a run: another live run holds the date. The message is one line. */
export class LeaseHeldError extends CallqaError {
  constructor(readonly lease: Lease, now = new Date()) {
    const ago = Math.max(0, Math.round((now.getTime() - Date.parse(lease.heartbeatAt)) / 1000));
    super(
      `${lease.date} is already being run by run #${lease.runId} (${lease.holder}, started ${lease.runStartedAt ?? 'at an unknown time'}, ` +
        `last heartbeat ${ago} s ago); wait for it with --wait`,
      // Not a mistake, but a refusal the user acts on: one line, and "try again later" (75).
      { code: 'date_busy', userFacing: true, exitCode: EXIT_CODE.dateBusy },
    );
  }
}

export interface Claim {
  runId: number;
  /** Runs of the date left `running` by a dead holder, now marked `interrupted`. */
  interruptedRunIds: number[];
}

/**
 * In one write transaction that two processes cannot run at once (SQLite: BEGIN IMMEDIATE;
 * Postgres: a transaction-scoped advisory lock on the date), so two runs cannot both see the
 * date free: if a live lease exists, returns it; otherwise marks every `running` run of the date
 * `interrupted` (only a dead run can be running without the lease), inserts the new run row and
 * takes the lease for it.
 */
export async function claimRun(sql: Sql, date: string, params: unknown, timing: LeaseTiming, holder = holderId(), now = new Date()): Promise<Claim | { held: Lease }> {
  const at = now.toISOString();
  const expires = new Date(now.getTime() + timing.ttlMs).toISOString();
  return sql.tx(async (t): Promise<Claim | { held: Lease }> => {
    if (t.dialect === 'postgres') await t.get('SELECT pg_advisory_xact_lock(hashtext(?))', [`callqa:run-lease:${date}`]);
    const held = await liveLease(t, date, now);
    if (held) return { held };
    const stale = await t.all<{ id: number; heartbeatAt: string | null }>(
      `SELECT id, heartbeat_at AS "heartbeatAt" FROM runs WHERE date = ? AND status = 'running' ORDER BY id`,
      [date],
    );
    const inserted = await t.get<{ id: number }>(
      `INSERT INTO runs (date, status, params, heartbeat_at, holder) VALUES (?, 'running', ?, ?, ?) RETURNING id`,
      [date, JSON.stringify(params), at, holder],
    );
    const runId = Number(inserted!.id);
    // Lease row before run rows, the order every writer here locks them in (LOCK ORDER below).
    await t.run(
      `INSERT INTO run_leases (date, run_id, holder, heartbeat_at, expires_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (date) DO UPDATE SET run_id = excluded.run_id, holder = excluded.holder, heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at`,
      [date, runId, holder, at, expires],
    );
    for (const s of stale) {
      const reason = `its process stopped without finishing (last heartbeat ${s.heartbeatAt ?? 'never'}); run #${runId} took the date over`;
      await t.run(`UPDATE runs SET status = 'interrupted', finished_at = COALESCE(heartbeat_at, created_at), summary = ? WHERE id = ?`, [
        JSON.stringify({ interrupted: { reason } }),
        s.id,
      ]);
    }
    return { runId, interruptedRunIds: stale.map((s) => Number(s.id)) };
  });
}

/** Thrown when a run is stopped (signal) before it held its date. */
export class RunAbortedError extends CallqaError {
  /** `signal`: the stop signal's name, for the exit code a shell expects (130 SIGINT, 143 otherwise). */
  constructor(message: string, signal: unknown, options: CallqaErrorOptions = {}) {
    super(message, { code: 'run_aborted', userFacing: true, exitCode: signal === 'SIGINT' ? 130 : 143 }, options);
  }
}

/**
 * Claims the date; when another live run holds it, throws LeaseHeldError, or with `wait` polls
 * until that run ends (or its lease dies), calling `onWaiting` once. A `signal` aborted before
 * the date is held (already, or while waiting) throws RunAbortedError: a stopped run never starts.
 */
export async function claimRunWaiting(
  sql: Sql,
  date: string,
  params: unknown,
  timing: LeaseTiming,
  opts: { wait?: boolean; signal?: AbortSignal; onWaiting?: (lease: Lease) => void } = {},
): Promise<Claim> {
  let told = false;
  for (;;) {
    if (opts.signal?.aborted) throw new RunAbortedError(`stopped (${String(opts.signal.reason)}) while waiting for the lease of ${date}`, opts.signal.reason);
    const claim = await claimRun(sql, date, params, timing);
    if ('runId' in claim) return claim;
    if (!opts.wait) throw new LeaseHeldError(claim.held);
    if (!told) opts.onWaiting?.(claim.held);
    told = true;
    await abortableSleep(Math.min(1000, timing.heartbeatMs), opts.signal);
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export interface Heartbeat {
  /** Stops renewing (idempotent). */
  stop(): void;
}

/**
 * Renews the run's lease every `heartbeatMs` and stamps `runs.heartbeat_at`. Each renewal is
 * scheduled when the previous one has ended, so a slow store never stacks renewals. The timer is
 * unref'd: it never keeps the process alive. If the lease is no longer this run's (another run
 * took it over after this process stalled past the TTL), calls `onLost` once and stops.
 */
export function startHeartbeat(sql: Sql, claim: { date: string; runId: number }, timing: LeaseTiming, onLost: () => void, onError: (err: Error) => void = () => {}): Heartbeat {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const renew = async (): Promise<boolean> => {
    const now = new Date();
    return sql.tx(async (t) => {
      const renewed = await t.run(`UPDATE run_leases SET heartbeat_at = ?, expires_at = ? WHERE date = ? AND run_id = ?`, [
        now.toISOString(),
        new Date(now.getTime() + timing.ttlMs).toISOString(),
        claim.date,
        claim.runId,
      ]);
      if (renewed.changes === 0) return false;
      await t.run(`UPDATE runs SET heartbeat_at = ? WHERE id = ?`, [now.toISOString(), claim.runId]);
      return true;
    });
  };
  const schedule = () => {
    timer = setTimeout(() => {
      renew().then(
        (renewed) => {
          if (stopped) return;
          if (!renewed) {
            stopped = true;
            onLost();
            return;
          }
          schedule();
        },
        (err: unknown) => {
          // A busy store (past busy_timeout, a lost connection) only delays this renewal; the next tick tries again.
          onError(err as Error);
          if (!stopped) schedule();
        },
      );
    }, timing.heartbeatMs);
    timer.unref();
  };
  schedule();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Ends the run: its final status and summary, and the release of its lease, in one transaction. */
export async function endRun(sql: Sql, claim: { date: string; runId: number }, status: 'finished' | 'failed' | 'interrupted', summary: unknown): Promise<void> {
  const at = new Date().toISOString();
  await sql.tx(async (t) => {
    await t.run(`DELETE FROM run_leases WHERE date = ? AND run_id = ?`, [claim.date, claim.runId]);
    await t.run(`UPDATE runs SET status = ?, finished_at = ?, heartbeat_at = ?, summary = ? WHERE id = ?`, [status, at, at, JSON.stringify(summary), claim.runId]);
  });
}

/**
 * The status a reader should show: a `running` run without a live lease of its own is
 * `interrupted` (its process died without a word), even before another run takes the date over.
 */
export function effectiveRunStatus<S extends string>(status: S, lease: Pick<Lease, 'expiresAt' | 'holder'> | null, now = new Date()): S | 'interrupted' {
  if (status !== 'running') return status;
  return lease && isLeaseLive(lease, now) ? status : 'interrupted';
}
