/**
 * One check result corrected: the one correction path behind both a coach's correction
 * (api/services/corrections.ts) and an accepted dispute (disputes.ts). The automatic result
 * stays in `check_results`, the correction goes to `overrides`, the call's score under that
 * scorecard version is recomputed with the pipeline's own arithmetic (`scoreFromResults`) over
 * the outcomes that count, and the audit log gets `check.override` and `score.recompute` with
 * before and after. Run it inside the caller's transaction (and, on Postgres, under whatever
 * lock the caller needs against a concurrent correction of the same call).
 */
import { checkOrder, parseJson, type Sql } from '../db/index.ts';
import { scoreFromResults } from '../score/index.ts';
import type { CheckOutcome, CheckResult } from '../types.ts';
import { badInput, conflictInput } from './evaluations-error.ts';
import { checkEntityId, scoreEntityId, writeAudit } from './queue-audit.ts';
import { currentScoreColumn, effectiveOutcome } from './search-fragments.ts';

export interface CorrectionRequest {
  callId: string;
  /**
   * The scorecard version the caller saw; the correction is refused (409) if the call was
   * rescored since. Absent: the call's current version, whatever it is.
   */
  scorecardVersion?: string;
  checkId: string;
  outcome: CheckOutcome;
  /** Why the automatic result was wrong; shown to whoever reads the call later. */
  reason: string;
  author: string;
}

/**
 * How a correction to the outcome the check already has is refused. A person asking for it
 * directly sent a bad `outcome` (400, naming `json.outcome`); a dispute asked for it before
 * someone else corrected the check, so the store's state no longer allows it (409).
 */
export type SameOutcomeRefusal = 'bad-outcome' | 'conflict';

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

/** Throws ReviewInputError (400 naming the field, or 409) when the correction is refused; then nothing is written. */
export async function correctCheckInTx(sql: Sql, r: CorrectionRequest, sameOutcome: SameOutcomeRefusal): Promise<CorrectedScore> {
  const current = await sql.get<{ version: string; score: number; autoFailed: number; autoFailReasons: string }>(
    `SELECT s.scorecard_version AS version, s.score, s.auto_failed AS "autoFailed", s.auto_fail_reasons AS "autoFailReasons"
     FROM scores s WHERE s.call_id = ? AND s.scorecard_version = ${currentScoreColumn('s.call_id', 'scorecard_version')}`,
    [r.callId],
  );
  if (!current) throw conflictInput(`call ${r.callId} has no score yet, so there is no check result to correct`);
  if (r.scorecardVersion !== undefined && current.version !== r.scorecardVersion) {
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
  if (target.outcome === r.outcome) {
    const why = `check ${r.checkId} is already "${r.outcome}"`;
    throw sameOutcome === 'bad-outcome' ? badInput('json.outcome', why) : conflictInput(why);
  }

  await sql.run('INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES (?, ?, ?, ?, ?, ?)', [
    r.callId, current.version, r.checkId, r.outcome, r.reason, r.author,
  ]);
  // Evidence does not enter the score arithmetic, so it is not read here.
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
  const before = { score: Number(current.score), autoFailed: Number(current.autoFailed) === 1 };
  await writeAudit(sql, {
    actor: r.author, action: 'score.recompute', entity: 'score', entityId: scoreEntityId(r.callId, current.version),
    before: { ...before, autoFailReasons: parseJson<string[]>(current.autoFailReasons) ?? [] },
    after: recomputed,
  });
  return { scorecardVersion: current.version, before, after: recomputed };
}
