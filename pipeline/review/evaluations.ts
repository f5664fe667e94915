/**
 * QA analysts' evaluations: a call's scorecard filled in by hand (pass / fail / n.a. per check,
 * a comment, optionally a time in the audio). Stored in `evaluations` + `evaluation_items`,
 * apart from the automatic result (`check_results`) and from corrections (`overrides`). The
 * score is the pipeline's own arithmetic (`scoreFromResults`) on the analyst's outcomes, so
 * weights, n.a. renormalisation and critical auto-fail are exactly the automatic score's.
 *
 * One evaluation per (call, scorecard version, analyst, session): saving again updates it,
 * and the audit log gets before and after. Saving an ordinary (non-session) evaluation also
 * audits the change of the call's official score when the configured rule makes it change,
 * and ends the analyst's review-queue claim on the call (claims.ts).
 */
import type { Sql } from '../db/index.ts';
import { scoreFromResults } from '../score/index.ts';
import type { CheckOutcome, CheckResult } from '../types.ts';
import { callScorecard, type CallScorecard } from './evaluations-checks.ts';
import { badInput, conflictInput, notFoundInput } from './evaluations-error.ts';
import { officialScore, sameOfficial, type OfficialScoreRule } from './official-score.ts';
import { completeClaim } from './claims.ts';
import { auditInsert, evaluationEntityId, officialScoreEntityId } from './evaluations-audit.ts';

export interface EvaluationItemInput {
  checkId: string;
  outcome: CheckOutcome;
  comment?: string | null;
  /** Seconds from the start of the recording the analyst points to. */
  atS?: number | null;
}

export interface EvaluationInput {
  callId: string;
  /** The analyst's user name. */
  evaluator: string;
  /** A calibration session's id; 0 or absent for an ordinary evaluation. */
  sessionId?: number;
  comment?: string | null;
  /** Every check of the call's scorecard, once. */
  items: EvaluationItemInput[];
}

export interface EvaluationItem {
  checkId: string;
  outcome: CheckOutcome;
  comment: string | null;
  atS: number | null;
}

export interface Evaluation {
  id: number;
  callId: string;
  scorecardVersion: string;
  evaluator: string;
  /** 0: ordinary evaluation. */
  sessionId: number;
  comment: string | null;
  /** 0–100 by the scorecard's scoring. */
  score: number;
  autoFailed: boolean;
  createdAt: string;
  updatedAt: string;
  items: EvaluationItem[];
}

export interface SaveOptions {
  /** The configured official-score rule (config `review.officialScore`). */
  officialRule: OfficialScoreRule;
}

export interface SaveResult {
  evaluation: Evaluation;
  created: boolean;
}

export async function saveEvaluation(sql: Sql, input: EvaluationInput, options: SaveOptions): Promise<SaveResult> {
  return sql.tx(async (tx) => {
    const card = await callScorecard(tx, input.callId);
    if (!card) {
      const call = await tx.get('SELECT 1 AS one FROM calls WHERE call_id = ?', [input.callId]);
      if (!call) throw notFoundInput(`call ${input.callId}`);
      throw conflictInput(`call ${input.callId} has no score yet, so there is no scorecard to evaluate`);
    }
    checkItems(card, input.items);
    const sessionId = input.sessionId ?? 0;
    if (sessionId !== 0) await checkSession(tx, sessionId, input.callId);

    const outcomes = new Map(input.items.map((i) => [i.checkId, i.outcome]));
    const asResults: CheckResult[] = card.checks.map((c) => ({
      checkId: c.checkId, section: c.section, label: c.label, weight: c.weight, critical: c.critical,
      outcome: outcomes.get(c.checkId)!, reason: 'human evaluation', evidence: [],
    }));
    const scored = scoreFromResults(asResults);
    const officialBefore = sessionId === 0 ? await officialScore(tx, input.callId, options.officialRule) : null;

    const existing = await tx.get<{ id: number }>(
      'SELECT id FROM evaluations WHERE call_id = ? AND scorecard_version = ? AND evaluator = ? AND session_id = ?',
      [input.callId, card.scorecardVersion, input.evaluator, sessionId]);
    const before = existing ? await evaluationById(tx, existing.id) : null;
    const now = new Date().toISOString();
    let id: number;
    if (existing) {
      id = existing.id;
      await tx.run('UPDATE evaluations SET comment = ?, score = ?, auto_failed = ?, updated_at = ? WHERE id = ?',
        [input.comment ?? null, scored.score, scored.autoFailed ? 1 : 0, now, id]);
      await tx.run('DELETE FROM evaluation_items WHERE evaluation_id = ?', [id]);
    } else {
      const row = await tx.get<{ id: number }>(
        `INSERT INTO evaluations (call_id, scorecard_version, evaluator, session_id, comment, score, auto_failed, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [input.callId, card.scorecardVersion, input.evaluator, sessionId, input.comment ?? null, scored.score, scored.autoFailed ? 1 : 0, now, now]);
      id = row!.id;
    }
    for (const c of card.checks) {
      const item = input.items.find((i) => i.checkId === c.checkId)!;
      await tx.run('INSERT INTO evaluation_items (evaluation_id, check_id, outcome, comment, at_s) VALUES (?, ?, ?, ?, ?)',
        [id, c.checkId, item.outcome, item.comment?.trim() || null, item.atS ?? null]);
    }
    const evaluation = (await evaluationById(tx, id))!;
    await auditInsert(tx, {
      actor: input.evaluator,
      action: existing ? 'evaluation.update' : 'evaluation.create',
      entity: 'evaluation',
      entityId: evaluationEntityId(input.callId, id),
      before: before && auditView(before),
      after: auditView(evaluation),
    });
    if (sessionId === 0) {
      const officialAfter = await officialScore(tx, input.callId, options.officialRule);
      if (!sameOfficial(officialBefore, officialAfter)) {
        await auditInsert(tx, {
          actor: input.evaluator,
          action: 'score.official',
          entity: 'official-score',
          entityId: officialScoreEntityId(input.callId, card.scorecardVersion),
          before: officialBefore,
          after: officialAfter,
        });
      }
      // The call is evaluated: the analyst's review-queue claim on it, if any, is done.
      await completeClaim(tx, input.callId, input.evaluator);
    }
    return { evaluation, created: !existing };
  });
}

/** The call's evaluations (ordinary and calibration), newest first. */
export async function listEvaluations(sql: Sql, callId: string): Promise<Evaluation[]> {
  const ids = await sql.all<{ id: number }>('SELECT id FROM evaluations WHERE call_id = ? ORDER BY updated_at DESC, id DESC', [callId]);
  const out: Evaluation[] = [];
  for (const { id } of ids) out.push((await evaluationById(sql, id))!);
  return out;
}

export async function evaluationById(sql: Sql, id: number): Promise<Evaluation | null> {
  const e = await sql.get<Record<string, unknown>>(
    `SELECT id, call_id, scorecard_version, evaluator, session_id, comment, score, auto_failed, created_at, updated_at
     FROM evaluations WHERE id = ?`, [id]);
  if (!e) return null;
  const items = await sql.all<{ check_id: string; outcome: CheckOutcome; comment: string | null; at_s: number | null }>(
    'SELECT check_id, outcome, comment, at_s FROM evaluation_items WHERE evaluation_id = ? ORDER BY check_id', [id]);
  return {
    id: Number(e.id),
    callId: e.call_id as string,
    scorecardVersion: e.scorecard_version as string,
    evaluator: e.evaluator as string,
    sessionId: Number(e.session_id),
    comment: (e.comment as string | null) ?? null,
    score: Number(e.score),
    autoFailed: Number(e.auto_failed) === 1,
    createdAt: e.created_at as string,
    updatedAt: e.updated_at as string,
    items: items.map((i) => ({ checkId: i.check_id, outcome: i.outcome, comment: i.comment, atS: i.at_s === null ? null : Number(i.at_s) })),
  };
}

export { callScorecard, type CallScorecard };

function checkItems(card: CallScorecard, items: EvaluationItemInput[]): void {
  const known = new Set(card.checks.map((c) => c.checkId));
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!known.has(item.checkId)) {
      throw badInput(`json.items.${i}.checkId`, `no check "${item.checkId}" in scorecard version ${card.scorecardVersion} of this call (checks: ${[...known].join(', ')})`);
    }
    if (seen.has(item.checkId)) throw badInput(`json.items.${i}.checkId`, `check "${item.checkId}" is given twice`);
    seen.add(item.checkId);
  });
  const missing = [...known].filter((c) => !seen.has(c));
  if (missing.length) throw badInput('json.items', `every check needs an outcome; missing: ${missing.join(', ')}`);
}

async function checkSession(sql: Sql, sessionId: number, callId: string): Promise<void> {
  const s = await sql.get<{ call_ids: string; status: string }>('SELECT call_ids, status FROM calibration_sessions WHERE id = ?', [sessionId]);
  if (!s) throw badInput('json.sessionId', `no calibration session ${sessionId}`);
  if (s.status !== 'open') throw conflictInput(`calibration session ${sessionId} is closed`);
  const calls = JSON.parse(s.call_ids) as string[];
  if (!calls.includes(callId)) throw badInput('json.sessionId', `call ${callId} is not one of calibration session ${sessionId}'s calls`);
}

/** What the audit log keeps of an evaluation: enough to see what changed. */
function auditView(e: Evaluation) {
  return {
    scorecardVersion: e.scorecardVersion,
    sessionId: e.sessionId,
    score: e.score,
    autoFailed: e.autoFailed,
    comment: e.comment,
    outcomes: Object.fromEntries(e.items.map((i) => [i.checkId, i.outcome])),
  };
}
