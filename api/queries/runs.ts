/**
 * Nightly runs (table `runs`) and their per-call failures. A run stored as `running` whose lease
 * is gone or dead (its process was killed) is shown as `interrupted`: see pipeline/run/lease.ts.
 */
import type { Db } from '../../pipeline/db/index.ts';
import { effectiveRunStatus, liveLease, type Lease } from '../../pipeline/run/index.ts';
import { json, prepared } from './prepared.ts';

export interface RunRow {
  id: number;
  date: string;
  status: 'running' | 'finished' | 'failed' | 'interrupted';
  startedAt: string;
  finishedAt: string | null;
  /** Last heartbeat of the process running it (ISO 8601); null for runs stored before heartbeats. */
  heartbeatAt: string | null;
  /** `pid@host` of the process that ran it. */
  holder: string | null;
  params: unknown;
  summary: unknown;
}

// The schema stores the start time in column created_at (field startedAt). The run's own lease
// (if it still holds one) tells whether a `running` row is alive.
const COLUMNS = `r.id, r.date, r.status, r.created_at AS startedAt, r.finished_at AS finishedAt, r.heartbeat_at AS heartbeatAt, r.holder,
  r.params, r.summary, l.expires_at AS leaseExpiresAt, l.holder AS leaseHolder`;
const FROM = 'runs r LEFT JOIN run_leases l ON l.run_id = r.id AND l.date = r.date';

export function listRuns(db: Db, limit: number, offset: number): { total: number; items: RunRow[] } {
  const total = (prepared(db, 'SELECT COUNT(*) AS n FROM runs').get() as { n: number }).n;
  const rows = prepared(db, `SELECT ${COLUMNS} FROM ${FROM} ORDER BY r.id DESC LIMIT ? OFFSET ?`).all(limit, offset) as Record<string, unknown>[];
  const now = new Date();
  return { total, items: rows.map((r) => toRun(r, now)) };
}

export function getRun(db: Db, id: number): (RunRow & { failuresByReason: { stage: string; reason: string; count: number }[] }) | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const failuresByReason = prepared(db, `SELECT stage, reason, COUNT(*) AS count FROM failures WHERE run_id = ?
      GROUP BY stage, reason ORDER BY count DESC, stage, reason`).all(id) as { stage: string; reason: string; count: number }[];
  return { ...toRun(row, new Date()), failuresByReason };
}

/** The live lease on the date (a run in progress), if any: only then is a new run refused. */
export function activeLease(db: Db, date: string): Lease | null {
  return liveLease(db, date);
}

function toRun(r: Record<string, unknown>, now: Date): RunRow {
  const { leaseExpiresAt, leaseHolder, ...run } = r;
  const lease = typeof leaseExpiresAt === 'string' ? { expiresAt: leaseExpiresAt, holder: String(leaseHolder) } : null;
  return {
    ...(run as unknown as RunRow),
    status: effectiveRunStatus(run.status as RunRow['status'], lease, now),
    params: json(r.params),
    summary: json(r.summary),
  };
}
