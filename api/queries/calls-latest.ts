/**
 * A column of a call's current score row, read from the index scores_call_latest_idx
 * (call_id, created_at, scorecard_version, score) without touching the scores table. The
 * "current" rule is latest.ts's latestScoreRowid (newest created_at, then scorecard version
 * text); calls-latest.test.ts checks both pick the same row.
 */
export const latestScoreColumn = (callRef: string, column: 'score' | 'scorecard_version') =>
  `(SELECT s3.${column} FROM scores s3 WHERE s3.call_id = ${callRef} ORDER BY s3.created_at DESC, s3.scorecard_version DESC LIMIT 1)`;
