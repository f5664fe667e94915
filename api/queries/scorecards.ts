/**
 * Scorecard versions as the store knows them: each version that scored calls, with its
 * checks (section, label, weight, critical) and how many calls it scored.
 */
import type { Db } from '../../pipeline/db/index.ts';
import { prepared } from './prepared.ts';

export interface ScorecardVersionView {
  scorecardId: string;
  scorecardVersion: string;
  scoredCalls: number;
  firstScoredAt: string;
  lastScoredAt: string;
  checks: { checkId: string; section: string; label: string; weight: number; critical: boolean }[];
}

export function listScorecardVersions(db: Db): ScorecardVersionView[] {
  const versions = prepared(db, `SELECT scorecard_id AS scorecardId, scorecard_version AS scorecardVersion, COUNT(*) AS scoredCalls,
      MIN(created_at) AS firstScoredAt, MAX(created_at) AS lastScoredAt
      FROM scores GROUP BY scorecard_id, scorecard_version ORDER BY lastScoredAt DESC`).all() as Omit<ScorecardVersionView, 'checks'>[];
  return versions.map((v) => {
    // One scored call carries the whole check list of its version.
    const checks = prepared(db, `SELECT check_id AS checkId, section, label, weight, critical FROM check_results
        WHERE scorecard_version = ? AND call_id = (SELECT call_id FROM scores WHERE scorecard_version = ? LIMIT 1) ORDER BY rowid`)
      .all(v.scorecardVersion, v.scorecardVersion) as (Omit<ScorecardVersionView['checks'][number], 'critical'> & { critical: number })[];
    return { ...v, checks: checks.map((c) => ({ ...c, critical: c.critical === 1 })) };
  });
}
