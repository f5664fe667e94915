/**
 * The review queue: the calls that most need human eyes, each with why.
 *
 * Reasons, most urgent first:
 * - `open-dispute`: a coach disputes one of its check results (waits since the dispute opened);
 * - `critical-fail`: its current score is auto-failed, i.e. a critical check fails (after corrections);
 * - `customer-negative-end`: the customer ended below −0.2 (the scorecards' own line);
 * - `low-confidence`: a check result (not corrected since) is less sure than `lowConfidenceBelow`;
 * - `random-audit`: drawn by hash into a `randomSharePct` share of scored calls (queue-random.ts).
 *
 * The queue holds scored calls of the `windowDays` service days ending at the newest scored
 * day, plus every call with an open dispute whatever its date. A call an analyst has evaluated
 * leaves the queue (unless a dispute on it is open). A call someone else holds a live claim on
 * is not offered to another analyst. Ageing: waited since the call was scored, or since its
 * oldest open dispute was opened.
 */
import type { Sql } from '../db/index.ts';
import { inRandomAudit } from './queue-random.ts';
import { currentScoreColumn, customerEndSql, ENDING_BAND, evaluatedSql, placeholders } from './search-fragments.ts';

export type QueueReason = 'open-dispute' | 'critical-fail' | 'customer-negative-end' | 'low-confidence' | 'random-audit';
export const QUEUE_REASONS: readonly QueueReason[] = ['open-dispute', 'critical-fail', 'customer-negative-end', 'low-confidence', 'random-audit'];

/** pipeline/config.ts `review.queue`. */
export interface QueueSettings {
  /** Confidence (0–1) below which a check result puts its call on the queue. */
  lowConfidenceBelow: number;
  /** Percent (0–100) of scored calls drawn for the random audit. */
  randomSharePct: number;
  /** Minutes a claim lasts unless finished or released. */
  claimMinutes: number;
  /** Service days the queue covers, ending at the newest scored day. */
  windowDays: number;
}

export const QUEUE_DEFAULTS: QueueSettings = { lowConfidenceBelow: 0.2, randomSharePct: 5, claimMinutes: 30, windowDays: 31 };

export interface QueueClaim {
  by: string;
  claimedAt: string;
  expiresAt: string;
}

export interface QueueItem {
  callId: string;
  date: string;
  agentId: string;
  agentName: string | null;
  team: string | null;
  score: number;
  scorecardVersion: string;
  reasons: QueueReason[];
  /** Check ids behind `low-confidence`. */
  lowConfidenceChecks: string[];
  /** ISO time the item has waited since: its oldest open dispute, else when the call was scored. */
  waitingSince: string;
  /** Seconds waited until `now`. */
  waitedS: number;
  /** The live claim on the call, if any. */
  claim: QueueClaim | null;
}

export interface QueueOptions {
  /** The analyst asking: calls claimed by someone else are left out unless `includeClaimed`. */
  analyst?: string;
  includeClaimed?: boolean;
  /** Only these calls (the claim path asks about one call). */
  callIds?: string[];
  now?: Date;
}

export interface ReviewQueue {
  /** Service dates the queue covers (open disputes are on it whatever their date); null on an empty store. */
  window: { from: string; to: string } | null;
  items: QueueItem[];
}

interface Candidate {
  callId: string;
  date: string;
  agentId: string;
  agentName: string | null;
  team: string | null;
  score: number;
  autoFailed: number;
  scoredAt: string;
  scorecardVersion: string;
  customerEnd: number | string | null;
  disputeSince: string | null;
  evaluated: number;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function reviewQueue(sql: Sql, settings: QueueSettings, opts: QueueOptions = {}): Promise<ReviewQueue> {
  const now = opts.now ?? new Date();
  const nowIso = now.toISOString();
  const newest = await sql.get<{ d: string | null }>('SELECT MAX(c.date) AS d FROM calls c WHERE EXISTS (SELECT 1 FROM scores s WHERE s.call_id = c.call_id)');
  if (!newest?.d) return { window: null, items: [] };
  const window = { from: addDays(newest.d, -(settings.windowDays - 1)), to: newest.d };
  const only = opts.callIds?.length ? `AND c.call_id IN (${placeholders(opts.callIds.length)})` : '';
  const onlyArgs = opts.callIds ?? [];
  // The window's calls by the date index, plus calls with an open dispute (a UNION, not an OR,
  // so neither side needs a full scan).
  const inQueueScope = (callRef: string) =>
    `${callRef} IN (SELECT w.call_id FROM calls w WHERE w.date BETWEEN ? AND ? UNION SELECT d.call_id FROM disputes d WHERE d.status = 'open')`;

  const candidates = await sql.all<Candidate>(
    `SELECT c.call_id AS "callId", c.date, c.agent_id AS "agentId", a.name AS "agentName", a.team,
            s.score, s.auto_failed AS "autoFailed", s.created_at AS "scoredAt", s.scorecard_version AS "scorecardVersion",
            ${customerEndSql(sql, 'c.call_id')} AS "customerEnd",
            (SELECT MIN(d.created_at) FROM disputes d WHERE d.call_id = c.call_id AND d.status = 'open') AS "disputeSince",
            CASE WHEN ${evaluatedSql('c.call_id')} THEN 1 ELSE 0 END AS evaluated
     FROM calls c
     JOIN scores s ON s.call_id = c.call_id AND s.scorecard_version = ${currentScoreColumn('c.call_id', 'scorecard_version')}
     LEFT JOIN agents a ON a.agent_id = c.agent_id
     WHERE ${inQueueScope('c.call_id')} ${only}`,
    [window.from, window.to, ...onlyArgs],
  );

  // Check results less sure than the threshold, on the current version, not corrected since
  // (a correction means a person already looked at that result).
  const unsure = await sql.all<{ callId: string; checkId: string }>(
    `SELECT cr.call_id AS "callId", cr.check_id AS "checkId" FROM check_results cr
     WHERE cr.confidence < ? AND ${inQueueScope('cr.call_id')} ${only.replace('c.call_id', 'cr.call_id')}
       AND cr.scorecard_version = ${currentScoreColumn('cr.call_id', 'scorecard_version')}
       AND NOT EXISTS (SELECT 1 FROM overrides o WHERE o.call_id = cr.call_id AND o.scorecard_version = cr.scorecard_version AND o.check_id = cr.check_id)
     ORDER BY cr.call_id, cr.check_id`,
    [settings.lowConfidenceBelow, window.from, window.to, ...onlyArgs],
  );
  const unsureByCall = new Map<string, string[]>();
  for (const r of unsure) unsureByCall.set(r.callId, [...(unsureByCall.get(r.callId) ?? []), r.checkId]);

  const claims = await sql.all<{ callId: string; by: string; claimedAt: string; expiresAt: string }>(
    `SELECT call_id AS "callId", claimed_by AS "by", claimed_at AS "claimedAt", expires_at AS "expiresAt"
     FROM review_claims WHERE done_at IS NULL AND expires_at > ?`,
    [nowIso],
  );
  const claimByCall = new Map(claims.map((c) => [c.callId, { by: c.by, claimedAt: c.claimedAt, expiresAt: c.expiresAt }]));

  const items: QueueItem[] = [];
  for (const c of candidates) {
    const open = c.disputeSince !== null;
    if (Number(c.evaluated) === 1 && !open) continue;
    const end = c.customerEnd === null ? null : Number(c.customerEnd);
    const lowChecks = unsureByCall.get(c.callId) ?? [];
    const has: Record<QueueReason, boolean> = {
      'open-dispute': open,
      'critical-fail': Number(c.autoFailed) === 1,
      'customer-negative-end': end !== null && end < -ENDING_BAND,
      'low-confidence': lowChecks.length > 0,
      'random-audit': inRandomAudit(c.callId, c.date, settings.randomSharePct),
    };
    const reasons = QUEUE_REASONS.filter((r) => has[r]);
    if (reasons.length === 0) continue;
    const claim = claimByCall.get(c.callId) ?? null;
    if (claim && !opts.includeClaimed && claim.by !== opts.analyst) continue;
    const waitingSince = c.disputeSince ?? c.scoredAt;
    items.push({
      callId: c.callId, date: c.date, agentId: c.agentId, agentName: c.agentName, team: c.team,
      score: Number(c.score), scorecardVersion: c.scorecardVersion, reasons, lowConfidenceChecks: lowChecks,
      waitingSince, waitedS: Math.max(0, Math.round((now.getTime() - Date.parse(waitingSince)) / 1000)), claim,
    });
  }
  // Most urgent reason first, then the longest wait.
  const urgency = (i: QueueItem) => QUEUE_REASONS.indexOf(i.reasons[0]);
  items.sort((a, b) => urgency(a) - urgency(b) || a.waitingSince.localeCompare(b.waitingSince) || a.callId.localeCompare(b.callId));
  return { window, items };
}
