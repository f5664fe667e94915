/** Reads and writes per-call stage results (table stage_results). The newest row of a stage wins (later insert on a same-millisecond tie). */
import { insertionOrder } from './dialect-sql.ts';
import type { Sql, SqlValue } from './sql.ts';

export type StageName = 'audio' | 'vad' | 'transcript' | 'sentiment';

export async function getStage<T>(sql: Sql, callId: string, stage: StageName, version?: string): Promise<{ version: string; result: T } | undefined> {
  const params: SqlValue[] = version ? [callId, stage, version] : [callId, stage];
  const row = await sql.get<{ version: string; result: string }>(
    `SELECT version, result FROM stage_results WHERE call_id = ? AND stage = ?${version ? ' AND version = ?' : ''}
     ORDER BY created_at DESC, ${insertionOrder(sql.dialect)} DESC LIMIT 1`,
    params,
  );
  return row ? { version: row.version, result: JSON.parse(row.result) as T } : undefined;
}

/** Stores a stage result; storing the same stage and version again replaces it (no duplicates on rerun). */
export async function putStage(sql: Sql, callId: string, stage: StageName, version: string, result: unknown): Promise<void> {
  await sql.run(
    `INSERT INTO stage_results (call_id, stage, version, result) VALUES (?, ?, ?, ?)
     ON CONFLICT (call_id, stage, version) DO UPDATE SET result = excluded.result`,
    [callId, stage, version, JSON.stringify(result)],
  );
}
