/**
 * The call's official score under the configured rule (config `review.officialScore`):
 *
 * - `automatic` (the default, and callqa's behaviour before human review): the pipeline's
 *   score of the call's current scorecard version, after coaches' corrections.
 * - `human-replaces`: the newest ordinary (non-calibration) human evaluation of that scorecard
 *   version replaces it; calls nobody evaluated keep the automatic (or corrected) score.
 *   Calibration-session evaluations never count: they measure analysts, not the call.
 *
 * `source` says where the number comes from: `automatic`, `corrected` (a correction changed a
 * check of that version), or `human` (with the evaluation's id).
 */
import type { Sql } from '../db/index.ts';

export const OFFICIAL_SCORE_RULES = ['automatic', 'human-replaces'] as const;
export type OfficialScoreRule = (typeof OFFICIAL_SCORE_RULES)[number];

export interface OfficialScore {
  /** 0–100 */
  score: number;
  autoFailed: boolean;
  source: 'automatic' | 'corrected' | 'human';
  /** The evaluation the score comes from (source `human`), else null. */
  evaluationId: number | null;
  scorecardVersion: string;
  rule: OfficialScoreRule;
}

/** Null when the call has no score. */
export async function officialScore(sql: Sql, callId: string, rule: OfficialScoreRule): Promise<OfficialScore | null> {
  const s = await sql.get<{ scorecard_version: string; score: number; auto_failed: number; corrected: number }>(
    `SELECT s.scorecard_version, s.score, s.auto_failed,
       (SELECT count(*) FROM overrides o WHERE o.call_id = s.call_id AND o.scorecard_version = s.scorecard_version) AS corrected
     FROM scores s WHERE s.call_id = ? ORDER BY s.created_at DESC, s.scorecard_version DESC LIMIT 1`, [callId]);
  if (!s) return null;
  if (rule === 'human-replaces') {
    const e = await sql.get<{ id: number; score: number; auto_failed: number }>(
      `SELECT id, score, auto_failed FROM evaluations WHERE call_id = ? AND scorecard_version = ? AND session_id = 0
       ORDER BY updated_at DESC, id DESC LIMIT 1`, [callId, s.scorecard_version]);
    if (e) {
      return { score: Number(e.score), autoFailed: Number(e.auto_failed) === 1, source: 'human', evaluationId: Number(e.id), scorecardVersion: s.scorecard_version, rule };
    }
  }
  return {
    score: Number(s.score),
    autoFailed: Number(s.auto_failed) === 1,
    source: Number(s.corrected) > 0 ? 'corrected' : 'automatic',
    evaluationId: null,
    scorecardVersion: s.scorecard_version,
    rule,
  };
}

/** Whether two official scores are the same figure from the same place (no audit entry needed). */
export function sameOfficial(a: OfficialScore | null, b: OfficialScore | null): boolean {
  if (a === null || b === null) return a === b;
  return a.score === b.score && a.autoFailed === b.autoFailed && a.source === b.source && a.evaluationId === b.evaluationId;
}
