/** Reads and writes per-call stage results (table stage_results). The newest row of a stage wins (later insert on a same-millisecond tie). */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { stageResults } from './schema.ts';

export type StageName = 'audio' | 'vad' | 'transcript' | 'sentiment';

export function getStage<T>(db: Db, callId: string, stage: StageName, version?: string): { version: string; result: T } | undefined {
  const where = version
    ? and(eq(stageResults.callId, callId), eq(stageResults.stage, stage), eq(stageResults.version, version))
    : and(eq(stageResults.callId, callId), eq(stageResults.stage, stage));
  const row = db.select().from(stageResults).where(where).orderBy(desc(stageResults.createdAt), desc(sql`rowid`)).limit(1).get();
  return row ? { version: row.version, result: row.result as T } : undefined;
}

/** Stores a stage result; storing the same stage and version again replaces it (no duplicates on rerun). */
export function putStage(db: Db, callId: string, stage: StageName, version: string, result: unknown): void {
  db.insert(stageResults)
    .values({ callId, stage, version, result })
    .onConflictDoUpdate({ target: [stageResults.callId, stageResults.stage, stageResults.version], set: { result } })
    .run();
}
