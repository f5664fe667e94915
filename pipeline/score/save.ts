/**
 * Stores a call score and its check results under the scorecard version that made them.
 * Saving the same call under the same version again replaces the earlier rows (a rerun or a
 * re-score never duplicates); other versions of the same call are left alone, so old and new
 * scorecards stay queryable side by side.
 */
import { and, eq, sql } from 'drizzle-orm';
import { type Db, checkResults, overrides, scores } from '../db/index.ts';
import { scoreFromResults } from './score.ts';
import type { CallScore } from '../types.ts';

export function saveCallScore(db: Db, callId: string, score: CallScore): void {
  db.transaction((tx) => {
    // A coach's corrections of this version outlive a re-score: the stored score is computed
    // with them applied (check_results keep the automatic outcomes, as the API expects).
    const corrected = withOverrides(tx, callId, score);
    const row = {
      callId,
      scorecardId: score.scorecardId,
      scorecardVersion: score.scorecardVersion,
      score: corrected.score,
      autoFailed: corrected.autoFailed,
      autoFailReasons: corrected.autoFailReasons,
    };
    tx.insert(scores)
      .values(row)
      .onConflictDoUpdate({
        target: [scores.callId, scores.scorecardVersion],
        set: { scorecardId: row.scorecardId, score: row.score, autoFailed: row.autoFailed, autoFailReasons: row.autoFailReasons },
      })
      .run();
    tx.delete(checkResults)
      .where(and(eq(checkResults.callId, callId), eq(checkResults.scorecardVersion, score.scorecardVersion)))
      .run();
    if (score.checks.length) {
      tx.insert(checkResults)
        .values(
          score.checks.map((c) => ({
            callId,
            scorecardVersion: score.scorecardVersion,
            checkId: c.checkId,
            section: c.section,
            label: c.label,
            outcome: c.outcome,
            weight: c.weight,
            critical: c.critical,
            reason: c.reason,
            evidence: c.evidence,
            confidence: c.confidence ?? null,
          })),
        )
        .run();
    }
  });
}

/** The score arithmetic over the checks with the newest override of each check applied. */
function withOverrides(tx: Pick<Db, 'select'>, callId: string, score: CallScore): Pick<CallScore, 'score' | 'autoFailed' | 'autoFailReasons'> {
  const rows = tx
    .select({ checkId: overrides.checkId, outcome: overrides.outcome })
    .from(overrides)
    .where(and(eq(overrides.callId, callId), eq(overrides.scorecardVersion, score.scorecardVersion)))
    .orderBy(overrides.id)
    .all();
  if (rows.length === 0) return score;
  const newest = new Map(rows.map((r) => [r.checkId, r.outcome]));
  return scoreFromResults(score.checks.map((c) => ({ ...c, outcome: newest.get(c.checkId) ?? c.outcome })));
}

/** Reads a stored score back as a CallScore (checks in scorecard order as saved). */
export function loadCallScore(db: Db, callId: string, scorecardVersion: string): CallScore | undefined {
  const s = db
    .select()
    .from(scores)
    .where(and(eq(scores.callId, callId), eq(scores.scorecardVersion, scorecardVersion)))
    .get();
  if (!s) return undefined;
  const checks = db
    .select()
    .from(checkResults)
    .where(and(eq(checkResults.callId, callId), eq(checkResults.scorecardVersion, scorecardVersion)))
    .orderBy(sql`rowid`)
    .all();
  return {
    scorecardId: s.scorecardId,
    scorecardVersion: s.scorecardVersion,
    score: s.score,
    autoFailed: s.autoFailed,
    autoFailReasons: s.autoFailReasons,
    checks: checks.map((c) => ({
      checkId: c.checkId,
      section: c.section,
      label: c.label,
      outcome: c.outcome,
      weight: c.weight,
      critical: c.critical,
      reason: c.reason,
      evidence: c.evidence as CallScore['checks'][number]['evidence'],
      ...(c.confidence === null ? {} : { confidence: c.confidence }),
    })),
  };
}
