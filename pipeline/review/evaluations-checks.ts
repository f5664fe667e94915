/**
 * The scorecard a human evaluation fills in: the checks of the call's current score (its
 * newest `scores` row — the same rule as the call page), with their weights and criticality,
 * and the automatic outcome of each (before corrections).
 */
import { checkOrder, type Sql } from '../db/index.ts';
import type { CheckOutcome } from '../types.ts';

export interface EvaluatedCheck {
  checkId: string;
  section: string;
  label: string;
  weight: number;
  critical: boolean;
  automaticOutcome: CheckOutcome;
}

export interface CallScorecard {
  scorecardId: string;
  scorecardVersion: string;
  checks: EvaluatedCheck[];
}


/** Null when the call has no score yet (nothing to evaluate against). */
export async function callScorecard(sql: Sql, callId: string): Promise<CallScorecard | null> {
  const s = await sql.get<{ scorecard_id: string; scorecard_version: string }>(
    `SELECT scorecard_id, scorecard_version FROM scores WHERE call_id = ?
     ORDER BY created_at DESC, scorecard_version DESC LIMIT 1`, [callId]);
  if (!s) return null;
  const rows = await sql.all<{ check_id: string; section: string; label: string; weight: number; critical: number; outcome: CheckOutcome }>(
    `SELECT check_id, section, label, weight, critical, outcome FROM check_results
     WHERE call_id = ? AND scorecard_version = ? ORDER BY ${checkOrder()}`, [callId, s.scorecard_version]);
  return {
    scorecardId: s.scorecard_id,
    scorecardVersion: s.scorecard_version,
    checks: rows.map((r) => ({
      checkId: r.check_id, section: r.section, label: r.label, weight: r.weight, critical: r.critical === 1, automaticOutcome: r.outcome,
    })),
  };
}
