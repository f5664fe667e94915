/**
 * Stores a call score and its check results under the scorecard version that made them.
 * Saving the same call under the same version again replaces the earlier rows (a rerun or a
 * re-score never duplicates); other versions of the same call are left alone, so old and new
 * scorecards stay queryable side by side.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { checkResults, scores } from '../db/schema.ts';
import type { CallScore } from '../types.ts';

export function saveCallScore(db: Db, callId: string, score: CallScore): void {
  db.transaction((tx) => {
    const row = {
      callId,
      scorecardId: score.scorecardId,
      scorecardVersion: score.scorecardVersion,
      score: score.score,
      autoFailed: score.autoFailed,
      autoFailReasons: score.autoFailReasons,
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
          })),
        )
        .run();
    }
  });
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
    })),
  };
}
