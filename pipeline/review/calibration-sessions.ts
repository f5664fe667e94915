/**
 * Calibration sessions: several analysts evaluate the same calls (evaluations with the
 * session's id), and the session shows how far they agree.
 *
 * - Between analysts: Fleiss' kappa per check and overall (all of the session's call × check
 *   items pooled). Fleiss needs the same number of ratings per item, so an item is counted only
 *   when every analyst who took part in the session rated it; the others are left out and
 *   their number is shown (`itemsLeftOut`).
 * - Against the session's agreed answer: per call and check, the outcome most analysts gave
 *   (the analyst's own vote included); a tie has no agreed answer and is not counted for
 *   anyone. Each analyst's rate = items where they gave the agreed answer ÷ items with an
 *   agreed answer that they rated.
 */
import { parseJson, type Sql } from '../db/index.ts';
import type { CheckOutcome } from '../types.ts';
import { OUTCOMES } from './calibration-report.ts';
import { badInput } from './evaluations-error.ts';
import { auditInsert, sessionEntityId } from './evaluations-audit.ts';
import { fleissKappa } from './stats/index.ts';

export interface CalibrationSession {
  id: number;
  name: string;
  createdBy: string;
  callIds: string[];
  status: 'open' | 'closed';
  createdAt: string;
}

export interface FleissFigure {
  /** Items rated by every analyst of the session (counted). */
  items: number;
  /** Items some analyst did not rate (left out). */
  itemsLeftOut: number;
  /** Null with fewer than two analysts, no complete item, or every rating in one category. */
  kappa: number | null;
}

export interface SessionView extends CalibrationSession {
  analysts: string[];
  checks: (FleissFigure & { checkId: string; label: string })[];
  overall: FleissFigure;
  /** Per call and check: the majority outcome, or null for a tie. */
  agreed: { callId: string; checkId: string; answer: CheckOutcome | null; votes: Record<CheckOutcome, number> }[];
  analystAgreement: { evaluator: string; compared: number; agreed: number; rate: number | null }[];
}

export const MAX_SESSION_CALLS = 200;

export async function createSession(sql: Sql, input: { name: string; callIds: string[]; createdBy: string }): Promise<CalibrationSession> {
  const callIds = [...new Set(input.callIds)];
  if (callIds.length === 0) throw badInput('json.callIds', 'name at least one call');
  if (callIds.length > MAX_SESSION_CALLS) throw badInput('json.callIds', `at most ${MAX_SESSION_CALLS} calls per session`);
  return sql.tx(async (tx) => {
    const unknown: string[] = [];
    for (const id of callIds) {
      const scored = await tx.get('SELECT 1 AS one FROM scores WHERE call_id = ? LIMIT 1', [id]);
      if (!scored) unknown.push(id);
    }
    if (unknown.length) throw badInput('json.callIds', `no scored call ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ` (+${unknown.length - 10} more)` : ''}`);
    const now = new Date().toISOString();
    const row = await tx.get<{ id: number }>(
      'INSERT INTO calibration_sessions (name, created_by, call_ids, status, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
      [input.name, input.createdBy, JSON.stringify(callIds), 'open', now]);
    const session: CalibrationSession = { id: Number(row!.id), name: input.name, createdBy: input.createdBy, callIds, status: 'open', createdAt: now };
    await auditInsert(tx, { actor: input.createdBy, action: 'calibration-session.create', entity: 'calibration-session', entityId: sessionEntityId(session.id), before: null, after: { name: session.name, callIds } });
    return session;
  });
}

export async function listSessions(sql: Sql): Promise<CalibrationSession[]> {
  const rows = await sql.all<Record<string, unknown>>('SELECT id, name, created_by, call_ids, status, created_at FROM calibration_sessions ORDER BY id DESC');
  return rows.map(sessionOf);
}

export async function sessionView(sql: Sql, id: number): Promise<SessionView | null> {
  const row = await sql.get<Record<string, unknown>>('SELECT id, name, created_by, call_ids, status, created_at FROM calibration_sessions WHERE id = ?', [id]);
  if (!row) return null;
  const session = sessionOf(row);
  const ratings = await sql.all<{ evaluator: string; call_id: string; check_id: string; outcome: CheckOutcome; label: string | null }>(
    `SELECT e.evaluator, e.call_id, i.check_id, i.outcome,
       (SELECT cr.label FROM check_results cr WHERE cr.call_id = e.call_id AND cr.scorecard_version = e.scorecard_version AND cr.check_id = i.check_id) AS label
     FROM evaluations e JOIN evaluation_items i ON i.evaluation_id = e.id
     WHERE e.session_id = ? ORDER BY e.call_id, i.check_id, e.evaluator`, [id]);
  return { ...session, ...sessionAgreement(ratings) };
}

/** The agreement figures of a session's ratings (exported for tests on constructed cases). */
export function sessionAgreement(ratings: readonly { evaluator: string; call_id: string; check_id: string; outcome: CheckOutcome; label?: string | null }[]): Omit<SessionView, keyof CalibrationSession> {
  const analysts = [...new Set(ratings.map((r) => r.evaluator))].sort();
  const items = new Map<string, { callId: string; checkId: string; label: string; byAnalyst: Map<string, CheckOutcome> }>();
  for (const r of ratings) {
    const key = `${r.call_id}\u0000${r.check_id}`;
    let item = items.get(key);
    if (!item) items.set(key, (item = { callId: r.call_id, checkId: r.check_id, label: r.label ?? r.check_id, byAnalyst: new Map() }));
    item.byAnalyst.set(r.evaluator, r.outcome);
  }
  const votesOf = (m: Map<string, CheckOutcome>) => {
    const votes: Record<CheckOutcome, number> = { pass: 0, fail: 0, na: 0 };
    for (const o of m.values()) votes[o]++;
    return votes;
  };
  const fleiss = (list: { byAnalyst: Map<string, CheckOutcome> }[]): FleissFigure => {
    const complete = list.filter((i) => i.byAnalyst.size === analysts.length);
    const kappa = analysts.length >= 2 && complete.length > 0
      ? fleissKappa(complete.map((i) => { const v = votesOf(i.byAnalyst); return OUTCOMES.map((o) => v[o]); }))
      : null;
    return { items: complete.length, itemsLeftOut: list.length - complete.length, kappa };
  };

  const all = [...items.values()];
  const checkIds = [...new Set(all.map((i) => i.checkId))];
  const checks = checkIds.map((checkId) => {
    const list = all.filter((i) => i.checkId === checkId);
    return { checkId, label: list[0].label, ...fleiss(list) };
  });

  const agreed = all.map((i) => {
    const votes = votesOf(i.byAnalyst);
    const top = Math.max(...OUTCOMES.map((o) => votes[o]));
    const winners = OUTCOMES.filter((o) => votes[o] === top);
    return { callId: i.callId, checkId: i.checkId, answer: winners.length === 1 ? winners[0] : null, votes };
  });
  const analystAgreement = analysts.map((evaluator) => {
    let compared = 0;
    let same = 0;
    all.forEach((item, k) => {
      const answer = agreed[k].answer;
      const mine = item.byAnalyst.get(evaluator);
      if (answer === null || mine === undefined) return;
      compared++;
      if (mine === answer) same++;
    });
    return { evaluator, compared, agreed: same, rate: compared ? same / compared : null };
  });
  return { analysts, checks, overall: fleiss(all), agreed, analystAgreement };
}

function sessionOf(r: Record<string, unknown>): CalibrationSession {
  return {
    id: Number(r.id),
    name: r.name as string,
    createdBy: r.created_by as string,
    callIds: parseJson<string[]>(r.call_ids) ?? [],
    status: r.status as 'open' | 'closed',
    createdAt: r.created_at as string,
  };
}
