/**
 * The random audit share of the review queue: an unbiased sample of scored calls, so the
 * automatic checks are also reviewed where nothing looked wrong. Drawn by a hash of the call id
 * and its service date, not Math.random, so the queue is the same on every request and every
 * server, and a call does not drift in and out of the audit between visits.
 */
import { createHash } from 'node:crypto';

/** Where the call falls in [0, 100): the first 32 bits of SHA-256("callId:date") scaled. */
export function auditRank(callId: string, date: string): number {
  const digest = createHash('sha256').update(`${callId}:${date}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

/** True for the calls drawn into the random audit at `sharePct` percent (0–100). */
export const inRandomAudit = (callId: string, date: string, sharePct: number): boolean => auditRank(callId, date) < sharePct;
