/**
 * Disputes: a coach disputes one automatic check result of a call of their team, with a reason
 * and the outcome they ask for; a QA analyst accepts it (it becomes a correction and the score
 * is recomputed, check-correction.ts) or rejects it with a reason. Every step is a
 * `dispute_events` row (the history both sides read) and an audit entry, in one transaction.
 * Deciding is guarded by `status = 'open'` in the UPDATE itself, so two analysts deciding at
 * once cannot both win.
 */
import type { Sql } from '../db/index.ts';
import type { CheckOutcome } from '../types.ts';
import { correctCheckInTx, type CorrectedScore } from './check-correction.ts';
import { badInput, conflictInput, notFoundInput } from './evaluations-error.ts';
import { disputeEntityId, writeAudit } from './queue-audit.ts';
import { currentScoreColumn, effectiveOutcome, placeholders } from './search-fragments.ts';

export type DisputeStatus = 'open' | 'accepted' | 'rejected';

export interface DisputeEvent {
  actor: string;
  action: 'opened' | 'commented' | 'accepted' | 'rejected';
  body: string | null;
  createdAt: string;
}

export interface Dispute {
  id: number;
  callId: string;
  agentId: string | null;
  team: string | null;
  scorecardVersion: string;
  checkId: string;
  openedBy: string;
  reason: string;
  requestedOutcome: CheckOutcome;
  status: DisputeStatus;
  decidedBy: string | null;
  decisionReason: string | null;
  createdAt: string;
  decidedAt: string | null;
  /** Oldest first. */
  events: DisputeEvent[];
}

export interface OpenDisputeRequest {
  callId: string;
  checkId: string;
  requestedOutcome: CheckOutcome;
  reason: string;
  openedBy: string;
}

export async function openDispute(sql: Sql, r: OpenDisputeRequest): Promise<Dispute> {
  const id = await sql.tx(async (tx) => {
    const version = (await tx.get<{ v: string | null }>(`SELECT ${currentScoreColumn('?', 'scorecard_version')} AS v`, [r.callId]))?.v;
    if (!version) throw conflictInput(`call ${r.callId} has no score yet, so there is no check result to dispute`);
    const checks = await tx.all<{ checkId: string; outcome: CheckOutcome }>(
      `SELECT cr.check_id AS "checkId", ${effectiveOutcome('cr')} AS outcome FROM check_results cr WHERE cr.call_id = ? AND cr.scorecard_version = ? ORDER BY cr.check_id`,
      [r.callId, version],
    );
    const target = checks.find((c) => c.checkId === r.checkId);
    if (!target) throw badInput('json.checkId', `no check "${r.checkId}" in scorecard version ${version} of this call (checks: ${checks.map((c) => c.checkId).join(', ')})`);
    if (target.outcome === r.requestedOutcome) throw badInput('json.requestedOutcome', `check ${r.checkId} is already "${r.requestedOutcome}"`);
    const already = await tx.get<{ id: number }>("SELECT id FROM disputes WHERE call_id = ? AND check_id = ? AND status = 'open'", [r.callId, r.checkId]);
    if (already) throw conflictInput(`check ${r.checkId} of call ${r.callId} is already disputed (dispute ${already.id}, open)`);
    const row = await tx.get<{ id: number }>(
      `INSERT INTO disputes (call_id, scorecard_version, check_id, opened_by, reason, requested_outcome, status) VALUES (?, ?, ?, ?, ?, ?, 'open') RETURNING id`,
      [r.callId, version, r.checkId, r.openedBy, r.reason, r.requestedOutcome],
    );
    const disputeId = Number(row!.id);
    await tx.run("INSERT INTO dispute_events (dispute_id, actor, action, body) VALUES (?, ?, 'opened', ?)", [disputeId, r.openedBy, r.reason]);
    await writeAudit(tx, {
      actor: r.openedBy, action: 'dispute.open', entity: 'dispute', entityId: disputeEntityId(r.callId, disputeId), before: null,
      after: { checkId: r.checkId, scorecardVersion: version, from: target.outcome, requestedOutcome: r.requestedOutcome, reason: r.reason },
    });
    return disputeId;
  });
  return (await getDispute(sql, id))!;
}

export interface Decision {
  decision: 'accept' | 'reject';
  analyst: string;
  reason: string;
  now?: Date;
}

export interface DecidedDispute {
  dispute: Dispute;
  /** The score change, when the dispute was accepted. */
  correction: CorrectedScore | null;
}

export async function decideDispute(sql: Sql, disputeId: number, d: Decision): Promise<DecidedDispute> {
  const at = (d.now ?? new Date()).toISOString();
  const status: DisputeStatus = d.decision === 'accept' ? 'accepted' : 'rejected';
  const correction = await sql.tx(async (tx) => {
    const row = await tx.get<{ callId: string; version: string; checkId: string; requested: CheckOutcome; status: DisputeStatus }>(
      'SELECT call_id AS "callId", scorecard_version AS version, check_id AS "checkId", requested_outcome AS requested, status FROM disputes WHERE id = ?',
      [disputeId],
    );
    if (!row) throw notFoundInput(`dispute ${disputeId}`);
    const decided = await tx.get<{ id: number }>(
      "UPDATE disputes SET status = ?, decided_by = ?, decision_reason = ?, decided_at = ? WHERE id = ? AND status = 'open' RETURNING id",
      [status, d.analyst, d.reason, at, disputeId],
    );
    if (!decided) throw conflictInput(`dispute ${disputeId} is already ${row.status}`);
    const corrected = d.decision === 'accept'
      ? await correctCheckInTx(tx, {
        callId: row.callId, scorecardVersion: row.version, checkId: row.checkId, outcome: row.requested,
        reason: `dispute ${disputeId} accepted: ${d.reason}`, author: d.analyst,
      }, 'conflict')
      : null;
    await tx.run('INSERT INTO dispute_events (dispute_id, actor, action, body, created_at) VALUES (?, ?, ?, ?, ?)', [disputeId, d.analyst, status, d.reason, at]);
    await writeAudit(tx, {
      actor: d.analyst, action: `dispute.${d.decision}`, entity: 'dispute', entityId: disputeEntityId(row.callId, disputeId),
      before: { status: 'open' }, after: { status, reason: d.reason, ...(corrected ? { score: corrected.after.score } : {}) },
    });
    return corrected;
  });
  return { dispute: (await getDispute(sql, disputeId))!, correction };
}

export interface DisputeFilter {
  callId?: string;
  status?: DisputeStatus;
  /** Teams whose calls the caller may see; null or absent = all. */
  teams?: string[] | null;
  limit?: number;
}

interface DisputeRow extends Omit<Dispute, 'events'> {
  id: number;
}

const SELECT_DISPUTES = `SELECT d.id, d.call_id AS "callId", c.agent_id AS "agentId", a.team, d.scorecard_version AS "scorecardVersion",
    d.check_id AS "checkId", d.opened_by AS "openedBy", d.reason, d.requested_outcome AS "requestedOutcome", d.status,
    d.decided_by AS "decidedBy", d.decision_reason AS "decisionReason", d.created_at AS "createdAt", d.decided_at AS "decidedAt"
  FROM disputes d LEFT JOIN calls c ON c.call_id = d.call_id LEFT JOIN agents a ON a.agent_id = c.agent_id`;

export async function listDisputes(sql: Sql, f: DisputeFilter = {}): Promise<Dispute[]> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (f.callId) { where.push('d.call_id = ?'); args.push(f.callId); }
  if (f.status) { where.push('d.status = ?'); args.push(f.status); }
  if (f.teams) {
    if (f.teams.length === 0) where.push('1 = 0');
    else { where.push(`a.team IN (${placeholders(f.teams.length)})`); args.push(...f.teams); }
  }
  // Open ones oldest first (they age on the queue); decided ones newest first after them.
  const rows = await sql.all<DisputeRow>(
    `${SELECT_DISPUTES} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY CASE WHEN d.status = 'open' THEN 0 ELSE 1 END, CASE WHEN d.status = 'open' THEN d.created_at END ASC, d.id DESC LIMIT ?`,
    [...args, f.limit ?? 500],
  );
  return withEvents(sql, rows);
}

export async function getDispute(sql: Sql, id: number): Promise<Dispute | null> {
  const rows = await sql.all<DisputeRow>(`${SELECT_DISPUTES} WHERE d.id = ?`, [id]);
  return (await withEvents(sql, rows))[0] ?? null;
}

async function withEvents(sql: Sql, rows: DisputeRow[]): Promise<Dispute[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => Number(r.id));
  const events = await sql.all<DisputeEvent & { disputeId: number }>(
    `SELECT dispute_id AS "disputeId", actor, action, body, created_at AS "createdAt" FROM dispute_events WHERE dispute_id IN (${placeholders(ids.length)}) ORDER BY id`,
    ids,
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    events: events.filter((e) => Number(e.disputeId) === Number(r.id)).map(({ actor, action, body, createdAt }) => ({ actor, action, body, createdAt })),
  }));
}
