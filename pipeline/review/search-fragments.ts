/**
 * SQL fragments the calls search and the review queue share, written once for both dialects.
 * The store's rules: a call's current score is its newest `scores` row (created_at, then
 * scorecard version text); a check's outcome that counts is its newest correction, else the
 * automatic one; the customer's ending is `customerEnd` of the newest sentiment stage result.
 */
import type { Sql } from '../db/index.ts';

/** A column of the call's current score row; `callRef` is the SQL expression of the call id. */
export const currentScoreColumn = (callRef: string, column: 'score' | 'scorecard_version' | 'auto_failed' | 'created_at') =>
  `(SELECT s3.${column} FROM scores s3 WHERE s3.call_id = ${callRef} ORDER BY s3.created_at DESC, s3.scorecard_version DESC LIMIT 1)`;

/** The outcome that counts for the check_results row aliased `cr`: the newest override, else the automatic result. */
export const effectiveOutcome = (cr: string) =>
  `coalesce((SELECT o.outcome FROM overrides o WHERE o.call_id = ${cr}.call_id AND o.scorecard_version = ${cr}.scorecard_version AND o.check_id = ${cr}.check_id ORDER BY o.id DESC LIMIT 1), ${cr}.outcome)`;

/** The customer's sentiment at the end of the call (−1..1), or NULL, from the newest sentiment result (JSON text). */
export function customerEndSql(sql: Sql, callRef: string): string {
  const result = `(SELECT r.result FROM stage_results r WHERE r.call_id = ${callRef} AND r.stage = 'sentiment' ORDER BY r.created_at DESC, r.version DESC LIMIT 1)`;
  return sql.dialect === 'postgres' ? `((${result})::jsonb ->> 'customerEnd')::double precision` : `json_extract(${result}, '$.customerEnd')`;
}

/**
 * Bands of the customer's ending sentiment. −0.2 is the scorecards' own line for "the customer
 * ended badly" (check customer-sentiment-end, `minEnd: -0.2`); the positive band mirrors it.
 */
export const ENDING_BAND = 0.2;
export type CustomerEnding = 'neg' | 'neu' | 'pos';

/** SQL condition on a customer-end expression for one band (a call without customer sentiment is in none). */
export function endingCondition(endExpr: string, band: CustomerEnding): string {
  if (band === 'neg') return `${endExpr} < ${-ENDING_BAND}`;
  if (band === 'pos') return `${endExpr} > ${ENDING_BAND}`;
  return `${endExpr} BETWEEN ${-ENDING_BAND} AND ${ENDING_BAND}`;
}

/** `?, ?, ?` for a list of values; an empty list matches nothing, so callers write `IN (…)` only for non-empty lists. */
export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Condition: the call has an ordinary (not calibration) human evaluation. */
export const evaluatedSql = (callRef: string) => `EXISTS (SELECT 1 FROM evaluations e WHERE e.call_id = ${callRef} AND e.session_id = 0)`;

/** Condition: someone holds a live claim on the call; binds one `?`, the current time (ISO). */
export const liveClaimSql = (callRef: string) => `EXISTS (SELECT 1 FROM review_claims rc WHERE rc.call_id = ${callRef} AND rc.done_at IS NULL AND rc.expires_at > ?)`;
