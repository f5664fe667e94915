/** The audit log: every change a person made through the API, with before and after. */
import type { Db } from '../../pipeline/db/index.ts';
import { CALL_ENTITY_SQL, callIdPart } from './audit-entity.ts';
import { json, prepared } from './prepared.ts';

export interface AuditEntry {
  actor: string;
  /** e.g. `note.add`, `check.override`, `score.recompute`. */
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function recordAudit(db: Db, e: AuditEntry): void {
  prepared(db, 'INSERT INTO audit_log (actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?)').run(
    e.actor, e.action, e.entity, e.entityId,
    e.before === null || e.before === undefined ? null : JSON.stringify(e.before),
    e.after === null || e.after === undefined ? null : JSON.stringify(e.after),
  );
}

export interface AuditFilters {
  /** Entries about exactly this call: its notes, its scores and their checks (ids: audit-entity.ts). */
  callId?: string;
  actor?: string;
  limit: number;
}

export type AuditRecord = AuditEntry & { id: number; createdAt: string };

export function listAudit(db: Db, f: AuditFilters): AuditRecord[] {
  const rows = prepared(db, `SELECT id, actor, action, entity, entity_id AS entityId, before, after, created_at AS createdAt
      FROM (SELECT *, substr(entity_id, length(@callPart) + 2) AS rest FROM audit_log)
      WHERE (@callPart IS NULL OR ${CALL_ENTITY_SQL})
        AND (@actor IS NULL OR actor = @actor)
      ORDER BY id DESC LIMIT @limit`).all({ callPart: f.callId === undefined ? null : callIdPart(f.callId), actor: f.actor ?? null, limit: f.limit }) as Record<string, unknown>[];
  return rows.map((r) => ({ ...(r as unknown as AuditRecord), before: json(r.before), after: json(r.after) }));
}
