/** The audit log: every change a person made through the API, with before and after. */
import { parseJson, type Sql, type SqlValue } from '../../pipeline/db/index.ts';
import { writeAudit, type ReviewAuditEntry } from '../../pipeline/review/index.ts';
import { callIdPart, isEntityOfCall } from './audit-entity.ts';

/** One change a person made (`action` e.g. `note.add`, `check.override`, `score.recompute`), stamped by the store's clock. */
export type AuditEntry = Omit<ReviewAuditEntry, 'createdAt'>;

/** The one audit writer (pipeline/review/queue-audit.ts): before and after as JSON text. */
export const recordAudit = (sql: Sql, e: AuditEntry): Promise<void> => writeAudit(sql, e);

export interface AuditFilters {
  /** Entries about exactly this call: its notes, its scores and their checks (ids: audit-entity.ts). */
  callId?: string;
  actor?: string;
  limit: number;
}

export type AuditRecord = AuditEntry & { id: number; createdAt: string };

interface AuditRow {
  id: number;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  created_at: string;
}

/**
 * Newest first. For a call, SQL selects the ids that start with the call's part and a separator
 * (an index-free prefix test both dialects run the same way), and isEntityOfCall keeps those of
 * the call's own shapes; rows are read in batches until `limit` of them are kept.
 */
export async function listAudit(sql: Sql, f: AuditFilters): Promise<AuditRecord[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const callPart = f.callId === undefined ? null : callIdPart(f.callId);
  if (callPart !== null) {
    where.push('substr(entity_id, 1, ?) IN (?, ?)');
    params.push(callPart.length + 1, `${callPart}/`, `${callPart}@`);
  }
  if (f.actor !== undefined) {
    where.push('actor = ?');
    params.push(f.actor);
  }
  const kept: AuditRecord[] = [];
  let beforeId: number | undefined;
  for (;;) {
    const page = beforeId === undefined ? { where, params } : { where: [...where, 'id < ?'], params: [...params, beforeId] };
    const rows = await sql.all<AuditRow>(
      `SELECT id, actor, action, entity, entity_id, before, after, created_at FROM audit_log
       ${page.where.length ? `WHERE ${page.where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
      [...page.params, f.limit],
    );
    for (const r of rows) {
      if (callPart !== null && !isEntityOfCall(r.entity_id, callPart)) continue;
      kept.push({ id: r.id, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, before: parseJson(r.before), after: parseJson(r.after), createdAt: r.created_at });
      if (kept.length === f.limit) return kept;
    }
    if (rows.length < f.limit) return kept;
    beforeId = rows[rows.length - 1]!.id;
  }
}
