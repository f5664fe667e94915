/**
 * A check result corrected through the async store port: what an accepted dispute becomes.
 * It does exactly what a correction does today (api/services/corrections.ts): the automatic
 * result stays in `check_results`, the correction goes to `overrides`, the call's score under
 * that scorecard version is recomputed with the pipeline's own arithmetic (`scoreFromResults`)
 * over the outcomes that count, and the audit log gets `check.override` and `score.recompute`
 * with before and after. Run it inside the caller's transaction.
 */
import { checkOrder, type Sql } from '../db/index.ts';
import { scoreFromResults } from '../score/index.ts';
import type { CheckOutcome, CheckResult } from '../types.ts';
import { badInput, conflictInput } from './evaluations-error.ts';
import { checkEntityId, scoreEntityId, writeAudit } from './queue-audit.ts';
import { currentScoreColumn, effectiveOutcome } from './search-fragments.ts';

export interface CorrectionRequest {
  callId: string;
  /** The version the caller saw; the correction is refused if the call was rescored since. */
  scorecardVersion: string;
  checkId: string;
  outcome: CheckOutcome;
  reason: string;
  author: string;
}

export interface CorrectedScore {
  scorecardVersion: string;
  before: { score: number; autoFailed: boolean };
  after: { score: number; autoFailed: boolean; autoFailReasons: string[] };
}

interface CheckRow {
  checkId: string;
  section: string;
  label: string;
  automatic: CheckOutcome;
  outcome: CheckOutcome;
  weight: number;
  critical: number;
  reason: string;
}


export async function correctCheckAsync(sql: Sql, r: CorrectionRequest): Promise<CorrectedScore> {
  const current = await sql.get<{ version: string; score: number; autoFailed: number; autoFailReasons: string }>(
    `SELECT s.scorecard_version AS version, s.score, s.auto_failed AS "autoFailed", s.auto_fail_reasons AS "autoFailReasons"
     FROM scores s WHERE s.call_id = ? AND s.scorecard_version = ${currentScoreColumn('s.call_id', 'scorecard_version')}`,
    [r.callId],
  );
  if (!current) throw conflictInput(`call ${r.callId} has no score yet, so there is no check result to correct`);
  if (current.version !== r.scorecardVersion) {
    throw conflictInput(`call ${r.callId} was rescored with scorecard version ${current.version} since this was asked under ${r.scorecardVersion}`);
  }
  const checks = await sql.all<CheckRow>(
    `SELECT cr.check_id AS "checkId", cr.section, cr.label, cr.outcome AS automatic, ${effectiveOutcome('cr')} AS outcome,
            cr.weight, cr.critical, cr.reason
     FROM check_results cr WHERE cr.call_id = ? AND cr.scorecard_version = ? ORDER BY ${checkOrder('cr')}`,
    [r.callId, current.version],
  );
  const target = checks.find((c) => c.checkId === r.checkId);
  if (!target) {
    throw badInput('json.checkId', `no check "${r.checkId}" in scorecard version ${current.version} of this call (checks: ${checks.map((c) => c.checkId).join(', ')})`);
  }
  if (target.outcome === r.outcome) throw conflictInput(`check ${r.checkId} is already "${r.outcome}"`);

  await sql.run('INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES (?, ?, ?, ?, ?, ?)', [
    r.callId, current.version, r.checkId, r.outcome, r.reason, r.author,
  ]);
  const effective: CheckResult[] = checks.map((c) => ({
    checkId: c.checkId, section: c.section, label: c.label, outcome: c.checkId === r.checkId ? r.outcome : c.outcome,
    weight: Number(c.weight), critical: Number(c.critical) === 1, reason: c.reason, evidence: [],
  }));
  const recomputed = scoreFromResults(effective);
  await sql.run('UPDATE scores SET score = ?, auto_failed = ?, auto_fail_reasons = ? WHERE call_id = ? AND scorecard_version = ?', [
    recomputed.score, recomputed.autoFailed ? 1 : 0, JSON.stringify(recomputed.autoFailReasons), r.callId, current.version,
  ]);
  await writeAudit(sql, {
    actor: r.author, action: 'check.override', entity: 'check', entityId: checkEntityId(r.callId, current.version, r.checkId),
    before: { outcome: target.outcome, automaticOutcome: target.automatic }, after: { outcome: r.outcome, reason: r.reason },
  });
  await writeAudit(sql, {
    actor: r.author, action: 'score.recompute', entity: 'score', entityId: scoreEntityId(r.callId, current.version),
    before: { score: Number(current.score), autoFailed: Number(current.autoFailed) === 1, autoFailReasons: JSON.parse(current.autoFailReasons) as string[] },
    after: recomputed,
  });
  return {
    scorecardVersion: current.version,
    before: { score: Number(current.score), autoFailed: Number(current.autoFailed) === 1 },
    after: recomputed,
  };
}
