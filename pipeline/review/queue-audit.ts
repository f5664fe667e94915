/**
 * Audit entries of the review work (claims, disputes, corrections; evaluations-audit.ts writes
 * through here too, and so does the API's recordAudit, api/queries/audit.ts), written through the
 * async store port in the caller's transaction: before and after as JSON text.
 */
import type { Sql } from '../db/index.ts';

export interface ReviewAuditEntry {
  actor: string;
  /** e.g. `review.claim`, `dispute.open`, `dispute.accept`. */
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** ISO time; absent: the store's own clock (the column's default). */
  createdAt?: string;
}

const jsonOrNull = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export async function writeAudit(sql: Sql, e: ReviewAuditEntry): Promise<void> {
  const values = [e.actor, e.action, e.entity, e.entityId, jsonOrNull(e.before), jsonOrNull(e.after)];
  if (e.createdAt === undefined) {
    await sql.run('INSERT INTO audit_log (actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?)', values);
  } else {
    await sql.run('INSERT INTO audit_log (actor, action, entity, entity_id, before, after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [...values, e.createdAt]);
  }
}

/** Entity ids, each part percent-encoded like api/queries/audit-entity.ts (the call first). */
const part = (s: string) => encodeURIComponent(s);
export const claimEntityId = (callId: string) => `${part(callId)}/claim`;
export const disputeEntityId = (callId: string, disputeId: number) => `${part(callId)}/dispute/${disputeId}`;
export const scoreEntityId = (callId: string, version: string) => `${part(callId)}@${part(version)}`;
export const checkEntityId = (callId: string, version: string, checkId: string) => `${scoreEntityId(callId, version)}/check/${part(checkId)}`;
