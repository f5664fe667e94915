/**
 * The calibration report page: per check and scorecard version, automatic vs human over the
 * evaluated calls — n, agreement with its 95% interval and the "large enough" verdict, Cohen's
 * kappa, precision and recall of "fail" with intervals, the 3×3 confusion table and links to the
 * disagreeing calls — plus the calibration sessions and a form to start one.
 */
import type { CalibrationFilters, CalibrationReport, CalibrationSession, Proportion } from '../../pipeline/review/index.ts';
import { num } from './format.ts';
import { dynamicLabel, type T } from './i18n.ts';

const OUTCOMES = ['pass', 'fail', 'na'] as const;

/** `80.0% (49.0–94.3)`: a proportion as a percentage with its 95% interval. */
function percent(p: Proportion): string {
  if (p.value === null) return '–';
  return `${num(p.value * 100)}% (${num(p.low! * 100)}–${num(p.high! * 100)})`;
}

export interface CalibrationPageProps {
  t: T;
  report: CalibrationReport;
  sessions: CalibrationSession[];
  error?: string;
}

export function CalibrationPage({ t, report, sessions, error }: CalibrationPageProps) {
  const f: CalibrationFilters = report.filters;
  const query = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]);
  query.set('format', 'xlsx');
  return (
    <>
      <h1>{t('calibration')}</h1>
      {error && <div class="error" role="alert">{error}</div>}
      <form class="filters" method="get" action="/calibration">
        <label>{t('scorecardVersion')} <input type="text" name="scorecardVersion" value={f.scorecardVersion ?? ''} size={14} /></label>
        <label>{t('from')} <input type="date" name="from" value={f.from ?? ''} /></label>
        <label>{t('to')} <input type="date" name="to" value={f.to ?? ''} /></label>
        <button type="submit" class="primary">{t('show')}</button>
        <a class="push-right" id="calibration-xlsx" href={`/api/v1/reports/calibration?${query.toString()}`}>{t('downloadXlsx')}</a>
      </form>
      <section class="card">
        <div>{t('evaluatedCalls')}: <strong id="evaluated-calls">{report.evaluatedCalls}</strong></div>
        <div class="small muted">{t('sampleRule')}</div>
      </section>
      <section class="card gap-top">
        <table id="calibration-table">
          <thead>
            <tr>
              <th>{t('check')}</th><th class="num">n</th><th>{t('agreement')}</th><th>{t('sampleEnough')}</th><th class="num">{t('kappa')}</th>
              <th>{t('failPrecision')}</th><th>{t('failRecall')}</th><th>{t('confusionTable')}</th><th>{t('disagreements')}</th>
            </tr>
          </thead>
          <tbody>
            {report.checks.map((c) => (
              <tr data-check={c.checkId} data-version={c.scorecardVersion}>
                <td>{c.label}<div class="muted small">{c.checkId} · {c.scorecardVersion.slice(0, 12)}</div></td>
                <td class="num" data-field="n">{c.n}</td>
                <td data-field="agreement">{percent(c.agreement)}</td>
                <td>{c.agreement.largeEnough ? t('yes') : t('no')}</td>
                <td class="num" data-field="kappa">{num(c.kappa, 3)}</td>
                <td class="small">{percent(c.fail.precision)} <span class="muted">n={c.fail.precision.n}</span></td>
                <td class="small">{percent(c.fail.recall)} <span class="muted">n={c.fail.recall.n}</span></td>
                <td>
                  <table class="small confusion">
                    <tr><th></th>{OUTCOMES.map((o) => <th>{dynamicLabel(t, `outcome_${o}`, o)}</th>)}</tr>
                    {OUTCOMES.map((a, i) => <tr><th>{dynamicLabel(t, `outcome_${a}`, a)}</th>{c.confusion[i].map((x) => <td class="num">{x}</td>)}</tr>)}
                  </table>
                </td>
                <td class="small">
                  {c.disagreements.map((d) => (
                    <div><a href={`/calls/${encodeURIComponent(d.callId)}`} class="disagreement">{d.callId}</a> {dynamicLabel(t, `outcome_${d.automatic}`, d.automatic)} → {dynamicLabel(t, `outcome_${d.human}`, d.human)}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.checks.length === 0 && <div class="muted">{t('noData')}</div>}
      </section>
      <section class="card gap-top" id="sessions">
        <h2>{t('sessions')}</h2>
        <ul>
          {sessions.map((s) => <li><a href={`/calibration/sessions/${s.id}`}>#{s.id} {s.name}</a> <span class="muted small">{s.callIds.length} · {s.createdBy} · {s.createdAt.slice(0, 10)}</span></li>)}
        </ul>
        <form class="stack" method="post" action="/calibration/sessions">
          <h3>{t('newSession')}</h3>
          <input type="text" name="name" placeholder={t('sessionName')} required maxlength={200} />
          <textarea name="callIds" rows={4} placeholder={t('callIdsOnePerLine')} required></textarea>
          <button type="submit" class="primary">{t('save')}</button>
        </form>
      </section>
    </>
  );
}
