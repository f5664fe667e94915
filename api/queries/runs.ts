/** Nightly runs (table `runs`) and their per-call failures. */
import type { Db } from '../../pipeline/db/client.ts';
import { json, prepared } from './prepared.ts';

export interface RunRow {
  id: number;
  date: string;
  status: 'running' | 'finished' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  params: unknown;
  summary: unknown;
}

// The schema stores the start time in column created_at (field startedAt).
const COLUMNS = 'id, date, status, created_at AS startedAt, finished_at AS finishedAt, params, summary';

export function listRuns(db: Db, limit: number, offset: number): { total: number; items: RunRow[] } {
  const total = (prepared(db, 'SELECT COUNT(*) AS n FROM runs').get() as { n: number }).n;
  const rows = prepared(db, `SELECT ${COLUMNS} FROM runs ORDER BY id DESC LIMIT ? OFFSET ?`).all(limit, offset) as Record<string, unknown>[];
  return { total, items: rows.map(toRun) };
}

export function getRun(db: Db, id: number): (RunRow & { failuresByReason: { stage: string; reason: string; count: number }[] }) | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM runs WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const failuresByReason = prepared(db, `SELECT stage, reason, COUNT(*) AS count FROM failures WHERE run_id = ?
      GROUP BY stage, reason ORDER BY count DESC, stage, reason`).all(id) as { stage: string; reason: string; count: number }[];
  return { ...toRun(row), failuresByReason };
}

/** The run currently marked running for the date, if any. */
export function runningRun(db: Db, date: string): RunRow | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM runs WHERE date = ? AND status = 'running' ORDER BY id DESC LIMIT 1`).get(date) as Record<string, unknown> | undefined;
  return row ? toRun(row) : null;
}

function toRun(r: Record<string, unknown>): RunRow {
  return { ...(r as unknown as RunRow), params: json(r.params), summary: json(r.summary) };
}
