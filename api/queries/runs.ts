/**
 * Nightly runs (table `runs`) and their per-call failures. A run stored as `running` whose lease
 * is gone or dead (its process was killed) is shown as `interrupted`: see pipeline/run/lease.ts.
 */
import { parseJson, type Sql } from '../../pipeline/db/index.ts';
import { effectiveRunStatus, liveLease, type Lease } from '../../pipeline/run/index.ts';

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

interface RunSqlRow {
  id: number;
  date: string;
  status: RunRow['status'];
  created_at: string;
  finished_at: string | null;
  heartbeat_at: string | null;
  holder: string | null;
  params: string | null;
  summary: string | null;
  lease_expires_at: string | null;
  lease_holder: string | null;
}

// The schema stores the start time in column created_at (field startedAt). The run's own lease
// (if it still holds one) tells whether a `running` row is alive.
const COLUMNS = `r.id, r.date, r.status, r.created_at, r.finished_at, r.heartbeat_at, r.holder,
  r.params, r.summary, l.expires_at AS lease_expires_at, l.holder AS lease_holder`;
const FROM = 'runs r LEFT JOIN run_leases l ON l.run_id = r.id AND l.date = r.date';

export async function listRuns(sql: Sql, limit: number, offset: number): Promise<{ total: number; items: RunRow[] }> {
  const total = (await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM runs'))!.n;
  const rows = await sql.all<RunSqlRow>(`SELECT ${COLUMNS} FROM ${FROM} ORDER BY r.id DESC LIMIT ? OFFSET ?`, [limit, offset]);
  const now = new Date();
  return { total, items: rows.map((r) => toRun(r, now)) };
}

export async function getRun(sql: Sql, id: number): Promise<(RunRow & { failuresByReason: { stage: string; reason: string; count: number }[] }) | null> {
  const row = await sql.get<RunSqlRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = ?`, [id]);
  if (!row) return null;
  const failuresByReason = await sql.all<{ stage: string; reason: string; count: number }>(
    `SELECT stage, reason, COUNT(*) AS count FROM failures WHERE run_id = ?
      GROUP BY stage, reason ORDER BY count DESC, stage, reason`, [id]);
  return { ...toRun(row, new Date()), failuresByReason };
}

/** The live lease on the date (a run in progress), if any: only then is a new run refused. */
export function activeLease(sql: Sql, date: string): Promise<Lease | null> {
  return liveLease(sql, date);
}

function toRun(r: RunSqlRow, now: Date): RunRow {
  const lease = r.lease_expires_at !== null ? { expiresAt: r.lease_expires_at, holder: String(r.lease_holder) } : null;
  return {
    id: r.id,
    date: r.date,
    status: effectiveRunStatus(r.status, lease, now),
    startedAt: r.created_at,
    finishedAt: r.finished_at,
    heartbeatAt: r.heartbeat_at,
    holder: r.holder,
    params: parseJson(r.params),
    summary: parseJson(r.summary),
  };
}
