/**
 * SQL fragments for "the newest": a call's current score is its newest `scores` row (by
 * created_at, then scorecard version text — the same rule as pipeline/rank's chosenScoresSql
 * and pipeline/review's currentScoreColumn), and a stage result is the newest of that stage —
 * the same rule the pipeline uses when loading stage results. Portable SQL (both dialects).
 */

/**
 * Scorecard version of the call's current score; `callRef` is the SQL expression of the call id.
 * Join `scores s ON s.call_id = <call> AND s.scorecard_version = latestScoreVersion(<call>)`:
 * (call_id, scorecard_version) is the table's key, so the join reads one row.
 */
export const latestScoreVersion = (callRef: string) =>
  `(SELECT s2.scorecard_version FROM scores s2 WHERE s2.call_id = ${callRef} ORDER BY s2.created_at DESC, s2.scorecard_version DESC LIMIT 1)`;

/** The newest stored result (JSON text) of `stage` for the call. */
export const latestStageResult = (callRef: string, stage: 'audio' | 'vad' | 'transcript' | 'sentiment') =>
  `(SELECT r.result FROM stage_results r WHERE r.call_id = ${callRef} AND r.stage = '${stage}' ORDER BY r.created_at DESC, r.version DESC LIMIT 1)`;
