/**
 * The calibration report: for each check and scorecard version, the automatic result against
 * the human one over the evaluated calls. The human answer of a call is its newest ordinary
 * (non-calibration-session) evaluation of that scorecard version — the one the official score
 * would use; the automatic answer is the check's stored result before any correction
 * (corrections are themselves human, so counting them would flatter the check).
 *
 * Per check: n, agreement rate with its 95% Wilson interval and the "large enough" verdict
 * (half-width ≤ 0.10, stats/wilson.ts), Cohen's kappa over pass / fail / n.a., precision and
 * recall of "fail" (human = truth) with intervals, the 3×3 confusion table (rows automatic,
 * columns human) and the disagreeing calls.
 */
import type { Sql, SqlValue } from '../db/index.ts';
import type { CheckOutcome } from '../types.ts';
import { agreementRate, cohenKappaFromTable, confusion, failDetection, largeEnough, MAX_HALF_WIDTH, wilson, type FailDetection, type Proportion } from './stats/index.ts';

export const OUTCOMES: readonly CheckOutcome[] = ['pass', 'fail', 'na'];

export interface CalibrationFilters {
  scorecardVersion?: string;
  /** Service dates YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
}

export interface Disagreement {
  callId: string;
  date: string;
  automatic: CheckOutcome;
  human: CheckOutcome;
  evaluator: string;
}

export interface CheckCalibration {
  scorecardVersion: string;
  checkId: string;
  section: string;
  label: string;
  /** Evaluated calls with this check. */
  n: number;
  agreement: Proportion & { largeEnough: boolean };
  /** Cohen's kappa, automatic vs human, over pass / fail / n.a.; null when undefined (one category only). */
  kappa: number | null;
  fail: FailDetection;
  /** `table[i][j]`: calls the check put in OUTCOMES[i] and the analyst in OUTCOMES[j]. */
  confusion: number[][];
  disagreements: Disagreement[];
}

export interface CalibrationReport {
  filters: CalibrationFilters;
  /** Distinct evaluated calls the report covers. */
  evaluatedCalls: number;
  /** The "large enough" rule: every reported proportion's 95% interval half-width at most this. */
  maxHalfWidth: number;
  checks: CheckCalibration[];
}

interface Pair {
  call_id: string;
  date: string;
  scorecard_version: string;
  evaluator: string;
  check_id: string;
  section: string;
  label: string;
  human: CheckOutcome;
  automatic: CheckOutcome;
}

export async function calibrationReport(sql: Sql, filters: CalibrationFilters): Promise<CalibrationReport> {
  const where: string[] = ['e.session_id = 0'];
  const params: SqlValue[] = [];
  // Conditions added only when given: Postgres cannot type a bare `? IS NULL`.
  const add = (condition: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    where.push(condition);
    params.push(value);
  };
  add('e.scorecard_version = ?', filters.scorecardVersion);
  add('c.date >= ?', filters.from);
  add('c.date <= ?', filters.to);
  const pairs = await sql.all<Pair>(
    `WITH chosen AS (
       SELECT e.id, e.call_id, c.date, e.scorecard_version, e.evaluator,
         row_number() OVER (PARTITION BY e.call_id, e.scorecard_version ORDER BY e.updated_at DESC, e.id DESC) AS rn
       FROM evaluations e JOIN calls c ON c.call_id = e.call_id
       WHERE ${where.join(' AND ')})
     SELECT ch.call_id, ch.date, ch.scorecard_version, ch.evaluator, i.check_id, cr.section, cr.label, i.outcome AS human, cr.outcome AS automatic
     FROM chosen ch
     JOIN evaluation_items i ON i.evaluation_id = ch.id
     JOIN check_results cr ON cr.call_id = ch.call_id AND cr.scorecard_version = ch.scorecard_version AND cr.check_id = i.check_id
     WHERE ch.rn = 1
     ORDER BY ch.scorecard_version, i.check_id, ch.date, ch.call_id`, params);

  const groups = new Map<string, Pair[]>();
  for (const p of pairs) {
    const key = `${p.scorecard_version}\u0000${p.check_id}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const checks = [...groups.values()].map(checkCalibration);
  return { filters, evaluatedCalls: new Set(pairs.map((p) => p.call_id)).size, maxHalfWidth: MAX_HALF_WIDTH, checks };
}

function checkCalibration(pairs: Pair[]): CheckCalibration {
  const automatic = pairs.map((p) => p.automatic);
  const human = pairs.map((p) => p.human);
  const table = confusion(automatic, human, OUTCOMES);
  const agreed = Math.round((agreementRate(automatic, human) ?? 0) * pairs.length);
  const agreement = wilson(agreed, pairs.length);
  const first = pairs[0];
  return {
    scorecardVersion: first.scorecard_version,
    checkId: first.check_id,
    section: first.section,
    label: first.label,
    n: pairs.length,
    agreement: { ...agreement, largeEnough: largeEnough(agreement) },
    kappa: cohenKappaFromTable(table),
    fail: failDetection(automatic, human, 'fail'),
    confusion: table,
    disagreements: pairs
      .filter((p) => p.automatic !== p.human)
      .map((p) => ({ callId: p.call_id, date: p.date, automatic: p.automatic, human: p.human, evaluator: p.evaluator })),
  };
}
