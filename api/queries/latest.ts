/**
 * SQL fragments for "the newest": a call's current score is its newest `scores` row (by
 * created_at, then scorecard version text — the same rule as pipeline/rank's chosenScoresSql), and a stage result is the newest of that stage — the
 * same rule the pipeline uses when loading stage results.
 */

/** Rowid of the call's newest score; `callRef` is the SQL expression of the call id. */
export const latestScoreRowid = (callRef: string) =>
  `(SELECT s2.rowid FROM scores s2 WHERE s2.call_id = ${callRef} ORDER BY s2.created_at DESC, s2.scorecard_version DESC LIMIT 1)`;

/** The newest stored result (JSON text) of `stage` for the call. */
export const latestStageResult = (callRef: string, stage: 'audio' | 'vad' | 'transcript' | 'sentiment') =>
  `(SELECT r.result FROM stage_results r WHERE r.call_id = ${callRef} AND r.stage = '${stage}' ORDER BY r.created_at DESC, r.version DESC LIMIT 1)`;

/** The outcome that counts for a check: the newest override, else the automatic result. */
export const effectiveOutcome = (cr: string) =>
  `COALESCE((SELECT o.outcome FROM overrides o WHERE o.call_id = ${cr}.call_id AND o.scorecard_version = ${cr}.scorecard_version AND o.check_id = ${cr}.check_id ORDER BY o.id DESC LIMIT 1), ${cr}.outcome)`;
