/** The audit log: every change a person made through the API, with before and after. */
import type { Db } from '../../pipeline/db/client.ts';
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
  /** Entries about one call: its notes (`<call>/note/<id>`), its scores (`<call>@<version>`) and their checks. */
  callId?: string;
  actor?: string;
  limit: number;
}

export type AuditRecord = AuditEntry & { id: number; createdAt: string };

export function listAudit(db: Db, f: AuditFilters): AuditRecord[] {
  const rows = prepared(db, `SELECT id, actor, action, entity, entity_id AS entityId, before, after, created_at AS createdAt
      FROM audit_log WHERE (@callId IS NULL OR substr(entity_id, 1, length(@callId) + 1) IN (@callId || '@', @callId || '/'))
        AND (@actor IS NULL OR actor = @actor)
      ORDER BY id DESC LIMIT @limit`).all({ callId: f.callId ?? null, actor: f.actor ?? null, limit: f.limit }) as Record<string, unknown>[];
  return rows.map((r) => ({ ...(r as unknown as AuditRecord), before: json(r.before), after: json(r.after) }));
}
