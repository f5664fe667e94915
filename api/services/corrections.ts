/**
 * A coach's correction of one automatic check result. The automatic result stays in
 * `check_results`; the correction goes to `overrides`; the call's score under that scorecard
 * version is recomputed with the pipeline's own arithmetic (`scoreFromResults`) and stored
 * in `scores`; the audit log gets the check change and the score change, each with before
 * and after. All of it in one transaction.
 */
import type { Sql } from '../../pipeline/db/index.ts';
import { scoreFromResults } from '../../pipeline/score/index.ts';
import type { CheckOutcome, CheckResult } from '../../pipeline/types.ts';
import { badRequest, conflict } from '../errors.ts';
import { checkEntityId, scoreEntityId } from '../queries/audit-entity.ts';
import { recordAudit } from '../queries/audit.ts';
import { checkViews, currentScore, type CallDetail, type CheckView } from '../queries/call-detail.ts';

export interface CorrectionInput {
  callId: string;
  checkId: string;
  outcome: CheckOutcome;
  /** Why the automatic result was wrong; required, shown to whoever reads the call later. */
  reason: string;
  author: string;
}

export interface CorrectionResult {
  score: NonNullable<CallDetail['score']>;
  check: CheckView;
}

export { checkEntityId, scoreEntityId } from '../queries/audit-entity.ts';

export async function correctCheck(sql: Sql, input: CorrectionInput): Promise<CorrectionResult> {
  return sql.tx(async (tx): Promise<CorrectionResult> => {
    // Postgres transactions do not exclude each other (SQLite's do): lock the call's score rows so
    // two corrections of one call at once recompute one after the other, each from the other's result.
    if (tx.dialect === 'postgres') await tx.run('SELECT 1 FROM scores WHERE call_id = ? FOR UPDATE', [input.callId]);
    const before = await currentScore(tx, input.callId);
    if (!before) throw conflict(`call ${input.callId} has no score yet, so there is no check result to correct`);
    const version = before.scorecardVersion;
    const views = await checkViews(tx, input.callId, version);
    const target = views.find((v) => v.checkId === input.checkId);
    if (!target) {
      throw badRequest('json.checkId', `no check "${input.checkId}" in scorecard version ${version} of this call (checks: ${views.map((v) => v.checkId).join(', ')})`);
    }
    if (target.outcome === input.outcome) throw badRequest('json.outcome', `check ${input.checkId} is already "${input.outcome}"`);

    await tx.run('INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES (?, ?, ?, ?, ?, ?)',
      [input.callId, version, input.checkId, input.outcome, input.reason, input.author]);

    const effective: CheckResult[] = views.map((v) => ({
      checkId: v.checkId,
      section: v.section,
      label: v.label,
      outcome: v.checkId === input.checkId ? input.outcome : v.outcome,
      weight: v.weight,
      critical: v.critical,
      reason: v.reason,
      evidence: v.evidence,
    }));
    const recomputed = scoreFromResults(effective);
    await tx.run('UPDATE scores SET score = ?, auto_failed = ?, auto_fail_reasons = ? WHERE call_id = ? AND scorecard_version = ?',
      [recomputed.score, recomputed.autoFailed ? 1 : 0, JSON.stringify(recomputed.autoFailReasons), input.callId, version]);

    await recordAudit(tx, {
      actor: input.author,
      action: 'check.override',
      entity: 'check',
      entityId: checkEntityId(input.callId, version, input.checkId),
      before: { outcome: target.outcome, automaticOutcome: target.automaticOutcome },
      after: { outcome: input.outcome, reason: input.reason },
    });
    await recordAudit(tx, {
      actor: input.author,
      action: 'score.recompute',
      entity: 'score',
      entityId: scoreEntityId(input.callId, version),
      before: { score: before.score, autoFailed: before.autoFailed, autoFailReasons: before.autoFailReasons },
      after: recomputed,
    });

    const score = (await currentScore(tx, input.callId))!;
    const check = (await checkViews(tx, input.callId, version)).find((v) => v.checkId === input.checkId)!;
    return { score, check };
  });
}
