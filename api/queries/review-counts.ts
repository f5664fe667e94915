/**
 * How much human review work was done on the calls of a period, as counts only (issue 14: HR
 * sees numbers, never a call, an analyst's comment or a dispute's reason). Every count is about
 * the calls whose service date is in [from, to] — the same period rule as the rankings and
 * KPIs, so the block sits next to them on the KPIs page:
 * - evaluations: ordinary evaluations (not calibration) of those calls, and how many calls they cover;
 * - calibration: sessions in which an analyst evaluated one of those calls, and those evaluations;
 * - disputes: opened on those calls, by their status now (open / accepted / rejected);
 * - surveys: survey rows imported for those calls.
 * Plain COUNTs with `?` bounds: the same SQL on SQLite and Postgres.
 */
import type { Sql } from '../../pipeline/db/index.ts';

export interface ReviewCounts {
  /** Service dates YYYY-MM-DD, both included. */
  from: string;
  to: string;
  evaluations: { done: number; calls: number };
  calibration: { sessions: number; evaluations: number };
  disputes: { opened: number; open: number; accepted: number; rejected: number };
  surveys: { imported: number };
}

const OF_PERIOD = 'JOIN calls c ON c.call_id = x.call_id WHERE c.date BETWEEN ? AND ?';

export async function reviewCounts(sql: Sql, from: string, to: string): Promise<ReviewCounts> {
  const period = [from, to];
  const evaluations = await sql.get<{ done: unknown; calls: unknown; sessions: unknown; session_evaluations: unknown }>(
    `SELECT SUM(CASE WHEN x.session_id = 0 THEN 1 ELSE 0 END) AS done,
            COUNT(DISTINCT CASE WHEN x.session_id = 0 THEN x.call_id END) AS calls,
            COUNT(DISTINCT CASE WHEN x.session_id <> 0 THEN x.session_id END) AS sessions,
            SUM(CASE WHEN x.session_id <> 0 THEN 1 ELSE 0 END) AS session_evaluations
     FROM evaluations x ${OF_PERIOD}`,
    period,
  );
  const disputes = await sql.all<{ status: string; n: unknown }>(`SELECT x.status, COUNT(*) AS n FROM disputes x ${OF_PERIOD} GROUP BY x.status`, period);
  const surveys = await sql.get<{ n: unknown }>(`SELECT COUNT(*) AS n FROM surveys x ${OF_PERIOD}`, period);
  // SUM over no rows is NULL; Postgres answers counts as numeric text.
  const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
  const byStatus = (s: string) => n(disputes.find((d) => d.status === s)?.n);
  return {
    from, to,
    evaluations: { done: n(evaluations?.done), calls: n(evaluations?.calls) },
    calibration: { sessions: n(evaluations?.sessions), evaluations: n(evaluations?.session_evaluations) },
    disputes: { opened: disputes.reduce((sum, d) => sum + n(d.n), 0), open: byStatus('open'), accepted: byStatus('accepted'), rejected: byStatus('rejected') },
    surveys: { imported: n(surveys?.n) },
  };
}
