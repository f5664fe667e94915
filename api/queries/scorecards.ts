/**
 * Scorecard versions as the store knows them: each version that scored calls, with its
 * checks (section, label, weight, critical) and how many calls it scored.
 */
import { checkOrder, type Sql } from '../../pipeline/db/index.ts';

export interface ScorecardVersionView {
  scorecardId: string;
  scorecardVersion: string;
  scoredCalls: number;
  firstScoredAt: string;
  lastScoredAt: string;
  checks: { checkId: string; section: string; label: string; weight: number; critical: boolean }[];
}

export async function listScorecardVersions(sql: Sql): Promise<ScorecardVersionView[]> {
  const versions = await sql.all<Omit<ScorecardVersionView, 'checks'>>(`SELECT scorecard_id AS "scorecardId", scorecard_version AS "scorecardVersion",
      COUNT(*) AS "scoredCalls", MIN(created_at) AS "firstScoredAt", MAX(created_at) AS "lastScoredAt"
      FROM scores GROUP BY scorecard_id, scorecard_version ORDER BY "lastScoredAt" DESC, "scorecardVersion" DESC`);
  return Promise.all(versions.map(async (v) => {
    // One scored call carries the whole check list of its version, in the scorecard's order (position).
    const checks = await sql.all<Omit<ScorecardVersionView['checks'][number], 'critical'> & { critical: number }>(
      `SELECT check_id AS "checkId", section, label, weight, critical FROM check_results
        WHERE scorecard_version = ? AND call_id = (SELECT call_id FROM scores WHERE scorecard_version = ? ORDER BY call_id LIMIT 1)
        ORDER BY ${checkOrder()}`, [v.scorecardVersion, v.scorecardVersion]);
    return { ...v, checks: checks.map((c) => ({ ...c, critical: !!c.critical })) };
  }));
}
