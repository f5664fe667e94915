/**
 * Stores a call score and its check results under the scorecard version that made them.
 * Saving the same call under the same version again replaces the earlier rows (a rerun or a
 * re-score never duplicates); other versions of the same call are left alone, so old and new
 * scorecards stay queryable side by side.
 */
import { checkOrder, insertMany, type Sql } from '../db/index.ts';
import { scoreFromResults } from './score.ts';
import type { CallScore, CheckOutcome } from '../types.ts';

const CHECK_COLUMNS = ['call_id', 'scorecard_version', 'check_id', 'section', 'label', 'outcome', 'weight', 'critical', 'reason', 'evidence', 'confidence', 'position'];

export async function saveCallScore(sql: Sql, callId: string, score: CallScore): Promise<void> {
  await sql.tx(async (t) => {
    // A coach's corrections of this version outlive a re-score: the stored score is computed
    // with them applied (check_results keep the automatic outcomes, as the API expects).
    const corrected = await withOverrides(t, callId, score);
    await t.run(
      `INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (call_id, scorecard_version) DO UPDATE SET scorecard_id = excluded.scorecard_id, score = excluded.score,
         auto_failed = excluded.auto_failed, auto_fail_reasons = excluded.auto_fail_reasons`,
      [callId, score.scorecardId, score.scorecardVersion, corrected.score, Number(corrected.autoFailed), JSON.stringify(corrected.autoFailReasons)],
    );
    await t.run('DELETE FROM check_results WHERE call_id = ? AND scorecard_version = ?', [callId, score.scorecardVersion]);
    // One statement; `position` keeps the scorecard's order for loadCallScore and the call page.
    await insertMany(
      t,
      'check_results',
      CHECK_COLUMNS,
      score.checks.map((c, position) => [
        callId, score.scorecardVersion, c.checkId, c.section, c.label, c.outcome, c.weight, Number(c.critical), c.reason, JSON.stringify(c.evidence), c.confidence ?? null, position,
      ]),
    );
  });
}

/** The score arithmetic over the checks with the newest override of each check applied. */
async function withOverrides(sql: Sql, callId: string, score: CallScore): Promise<Pick<CallScore, 'score' | 'autoFailed' | 'autoFailReasons'>> {
  const rows = await sql.all<{ checkId: string; outcome: CheckOutcome }>(
    'SELECT check_id AS "checkId", outcome FROM overrides WHERE call_id = ? AND scorecard_version = ? ORDER BY id',
    [callId, score.scorecardVersion],
  );
  if (rows.length === 0) return score;
  const newest = new Map(rows.map((r) => [r.checkId, r.outcome]));
  return scoreFromResults(score.checks.map((c) => ({ ...c, outcome: newest.get(c.checkId) ?? c.outcome })));
}

/** Reads a stored score back as a CallScore (checks in scorecard order as saved). */
export async function loadCallScore(sql: Sql, callId: string, scorecardVersion: string): Promise<CallScore | undefined> {
  const s = await sql.get<{ scorecardId: string; scorecardVersion: string; score: number; autoFailed: number; autoFailReasons: string }>(
    `SELECT scorecard_id AS "scorecardId", scorecard_version AS "scorecardVersion", score, auto_failed AS "autoFailed", auto_fail_reasons AS "autoFailReasons"
     FROM scores WHERE call_id = ? AND scorecard_version = ?`,
    [callId, scorecardVersion],
  );
  if (!s) return undefined;
  const checks = await sql.all<{
    checkId: string; section: string; label: string; outcome: CheckOutcome; weight: number; critical: number; reason: string; evidence: string; confidence: number | null;
  }>(
    `SELECT check_id AS "checkId", section, label, outcome, weight, critical, reason, evidence, confidence
     FROM check_results WHERE call_id = ? AND scorecard_version = ? ORDER BY ${checkOrder()}`,
    [callId, scorecardVersion],
  );
  return {
    scorecardId: s.scorecardId,
    scorecardVersion: s.scorecardVersion,
    score: Number(s.score),
    autoFailed: Boolean(Number(s.autoFailed)),
    autoFailReasons: JSON.parse(s.autoFailReasons) as string[],
    checks: checks.map((c) => ({
      checkId: c.checkId,
      section: c.section,
      label: c.label,
      outcome: c.outcome,
      weight: Number(c.weight),
      critical: Boolean(Number(c.critical)),
      reason: c.reason,
      evidence: JSON.parse(c.evidence) as CallScore['checks'][number]['evidence'],
      ...(c.confidence === null ? {} : { confidence: Number(c.confidence) }),
    })),
  };
}
