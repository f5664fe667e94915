/**
 * The human review work on the period's calls, counts only, as a block of the KPIs page: the
 * one view of review that HR gets (no call ids, comments, reasons or analysts' names).
 */
import type { ReviewCounts } from '../queries/review-counts.ts';
import type { T } from './i18n.ts';

export function ReviewCountsBlock({ t, counts }: { t: T; counts: ReviewCounts }) {
  const rows: [string, string, number][] = [
    ['evaluations', t('reviewEvaluationsDone'), counts.evaluations.done],
    ['evaluated-calls', t('reviewEvaluatedCalls'), counts.evaluations.calls],
    ['calibration-sessions', t('reviewCalibrationSessions'), counts.calibration.sessions],
    ['disputes-open', t('reviewDisputesOpen'), counts.disputes.open],
    ['disputes-accepted', t('reviewDisputesAccepted'), counts.disputes.accepted],
    ['disputes-rejected', t('reviewDisputesRejected'), counts.disputes.rejected],
    ['surveys', t('reviewSurveysImported'), counts.surveys.imported],
  ];
  return (
    <section class="card" id="review-counts">
      <h2>{t('reviewCounts')}</h2>
      <table>
        <tbody>
          {rows.map(([id, label, n]) => <tr data-count={id}><td>{label}</td><td class="num">{n}</td></tr>)}
        </tbody>
      </table>
      <p class="small muted">{counts.from} – {counts.to}</p>
    </section>
  );
}
