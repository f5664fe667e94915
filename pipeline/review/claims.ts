/**
 * Claims on review-queue calls: one live claim per call, so two analysts never review the same
 * queued call by accident. Taking a claim is one statement (INSERT … ON CONFLICT DO UPDATE …
 * WHERE the old claim is finished, lapsed or already the same analyst's), so two analysts
 * racing for a call cannot both win on either dialect: the loser's statement changes no row.
 * A claim lapses after `claimMinutes`; releasing it, or saving an evaluation (completeClaim),
 * ends it. Every change is audited.
 */
import type { Sql } from '../db/index.ts';
import type { QueueClaim, QueueReason } from './queue.ts';
import { claimEntityId, writeAudit } from './queue-audit.ts';

export interface ClaimRequest {
  callId: string;
  analyst: string;
  /** Why the call is on the queue now (stored with the claim). */
  reasons: readonly QueueReason[];
  claimMinutes: number;
  now?: Date;
}

export type ClaimOutcome = { ok: true; claim: QueueClaim & { callId: string } } | { ok: false; holder: QueueClaim };

export async function claimCall(sql: Sql, r: ClaimRequest): Promise<ClaimOutcome> {
  const now = r.now ?? new Date();
  const claimedAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + r.claimMinutes * 60_000).toISOString();
  return sql.tx(async (tx) => {
    const won = await tx.get<{ callId: string; by: string; claimedAt: string; expiresAt: string }>(
      `INSERT INTO review_claims (call_id, claimed_by, reasons, claimed_at, expires_at, done_at) VALUES (?, ?, ?, ?, ?, NULL)
       ON CONFLICT (call_id) DO UPDATE SET claimed_by = excluded.claimed_by, reasons = excluded.reasons,
         claimed_at = excluded.claimed_at, expires_at = excluded.expires_at, done_at = NULL
       WHERE review_claims.done_at IS NOT NULL OR review_claims.expires_at <= excluded.claimed_at OR review_claims.claimed_by = excluded.claimed_by
       RETURNING call_id AS "callId", claimed_by AS "by", claimed_at AS "claimedAt", expires_at AS "expiresAt"`,
      [r.callId, r.analyst, JSON.stringify(r.reasons), claimedAt, expiresAt],
    );
    if (!won) {
      const holder = await tx.get<QueueClaim>(
        'SELECT claimed_by AS "by", claimed_at AS "claimedAt", expires_at AS "expiresAt" FROM review_claims WHERE call_id = ?',
        [r.callId],
      );
      return { ok: false, holder: holder! };
    }
    await writeAudit(tx, {
      actor: r.analyst, action: 'review.claim', entity: 'claim', entityId: claimEntityId(r.callId),
      before: null, after: { reasons: r.reasons, expiresAt },
    });
    return { ok: true, claim: won };
  });
}

/** The live claim on a call, if any. */
export async function liveClaim(sql: Sql, callId: string, now = new Date()): Promise<QueueClaim | null> {
  const row = await sql.get<QueueClaim>(
    'SELECT claimed_by AS "by", claimed_at AS "claimedAt", expires_at AS "expiresAt" FROM review_claims WHERE call_id = ? AND done_at IS NULL AND expires_at > ?',
    [callId, now.toISOString()],
  );
  return row ?? null;
}

/** Ends the analyst's live claim on the call; false when they hold none. */
async function endClaim(sql: Sql, callId: string, analyst: string, action: 'review.release' | 'review.complete', now: Date): Promise<boolean> {
  const at = now.toISOString();
  return sql.tx(async (tx) => {
    const ended = await tx.get<{ callId: string }>(
      `UPDATE review_claims SET done_at = ? WHERE call_id = ? AND claimed_by = ? AND done_at IS NULL AND expires_at > ?
       RETURNING call_id AS "callId"`,
      [at, callId, analyst, at],
    );
    if (!ended) return false;
    await writeAudit(tx, { actor: analyst, action, entity: 'claim', entityId: claimEntityId(callId), before: { claimedBy: analyst }, after: { doneAt: at } });
    return true;
  });
}

/** The analyst gives the call back to the queue. False when they hold no live claim on it. */
export const releaseClaim = (sql: Sql, callId: string, analyst: string, now = new Date()) => endClaim(sql, callId, analyst, 'review.release', now);

/**
 * Called when the analyst saves an evaluation of the call: their claim, if they hold one, is
 * done (the call leaves the queue because it is evaluated). False when they held none.
 */
export const completeClaim = (sql: Sql, callId: string, analyst: string, now = new Date()) => endClaim(sql, callId, analyst, 'review.complete', now);
