/**
 * Audit entries for evaluations and official-score changes, written through the async SQL
 * port. Entity ids follow api/queries/audit-entity.ts: every part percent-encoded, the call first.
 *   evaluation:      `<call>/evaluation/<evaluationId>`
 *   official score:  `<call>@<version>` with entity `official-score` (so the call's trail shows it)
 */
import type { Sql } from '../db/index.ts';

const part = (s: string) => encodeURIComponent(s);
export const evaluationEntityId = (callId: string, evaluationId: number) => `${part(callId)}/evaluation/${evaluationId}`;
export const officialScoreEntityId = (callId: string, version: string) => `${part(callId)}@${part(version)}`;
export const sessionEntityId = (sessionId: number) => `calibration-session/${sessionId}`;

export interface AuditRow {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export async function auditInsert(sql: Sql, e: AuditRow): Promise<void> {
  const text = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  await sql.run('INSERT INTO audit_log (actor, action, entity, entity_id, before, after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [e.actor, e.action, e.entity, e.entityId, text(e.before), text(e.after), new Date().toISOString()]);
}
