/**
 * Audit entries for evaluations and official-score changes, written through the async SQL
 * port. Entity ids follow api/queries/audit-entity.ts: every part percent-encoded, the call first.
 *   evaluation:      `<call>/evaluation/<evaluationId>`
 *   official score:  `<call>@<version>` with entity `official-score` (so the call's trail shows it)
 */
import type { Sql } from '../db/index.ts';
import { scoreEntityId, writeAudit, type ReviewAuditEntry } from './queue-audit.ts';

export const evaluationEntityId = (callId: string, evaluationId: number) => `${encodeURIComponent(callId)}/evaluation/${evaluationId}`;
/** The score's own id, so the official score's changes show in the call's trail beside the score's. */
export const officialScoreEntityId = scoreEntityId;
export const sessionEntityId = (sessionId: number) => `calibration-session/${sessionId}`;

/** An entry stamped with this process's clock, as evaluation, session and survey entries always were. */
export const auditInsert = (sql: Sql, e: Omit<ReviewAuditEntry, 'createdAt'>): Promise<void> =>
  writeAudit(sql, { ...e, createdAt: new Date().toISOString() });
