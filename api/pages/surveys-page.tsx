/**
 * The survey view: per agent and period, what customers said (surveys, mean satisfaction on the
 * scale and 0–1) next to the QA score of the same calls and the share whose customer ended
 * negative, with Spearman's rho across agents and across calls — marked "too few to say" under
 * the minimum pairs — so a center can see whether its scorecard tracks its customers. Analysts
 * get the import form and the last import's refused rows; HR sees no comments.
 */
import type { RankCorrelation, StoredSurveyImport, SurveyReport } from '../../pipeline/review/index.ts';
import { num } from './format.ts';
import type { T } from './i18n.ts';

export interface SurveysPageProps {
  t: T;
  report: SurveyReport;
  canImport: boolean;
  lastImport: StoredSurveyImport | null;
  error?: string;
}

function Rho({ t, label, r, minPairs }: { t: T; label: string; r: RankCorrelation; minPairs: number }) {
  return (
    <li class="correlation" data-n={r.n} data-rho={r.rho === null ? '' : r.rho.toFixed(3)}>
      {label}: ρ = <strong>{num(r.rho, 2)}</strong> (n = {r.n}){!r.enough && <span class="muted"> — {t('surveyTooFew')} (n &lt; {minPairs})</span>}
    </li>
  );
}

export function SurveysPage({ t, report, canImport, lastImport, error }: SurveysPageProps) {
  const f = report.filters;
  const pct = (v: number | null) => (v === null ? '–' : `${num(v * 100, 0)}%`);
  const c = report.correlations;
  return (
    <>
      <h1>{t('surveys')}</h1>
      {error && <div class="error" role="alert">{error}</div>}
      <form class="filters" method="get" action="/surveys">
        <label>{t('from')} <input type="date" name="from" value={f.from ?? ''} /></label>
        <label>{t('to')} <input type="date" name="to" value={f.to ?? ''} /></label>
        <label>{t('team')} <input type="text" name="team" value={f.team ?? ''} size={12} /></label>
        <label>{t('period')} <select name="period">
          {(['month', 'week'] as const).map((p) => <option value={p} selected={f.period === p}>{t(`period_${p}`)}</option>)}
        </select></label>
        <button type="submit" class="primary">{t('show')}</button>
      </form>
      <section class="card" id="survey-correlations">
        <div>{t('surveyCount')}: <strong id="survey-total">{report.surveys}</strong> · {t('agents')}: {report.agents} · {t('surveyScale')}: {report.scale ?? '–'}
          {report.mixedScales && <span class="muted small"> ({t('surveyMixedScales')})</span>}</div>
        <h2>{t('surveyCorrelations')}</h2>
        <ul>
          <Rho t={t} label={`${t('surveyAcrossAgents')} · ${t('surveyVsQa')}`} r={c.acrossAgents.qaScore} minPairs={report.minPairs} />
          <Rho t={t} label={`${t('surveyAcrossAgents')} · ${t('surveyVsNegative')}`} r={c.acrossAgents.negativeEndingShare} minPairs={report.minPairs} />
          <Rho t={t} label={`${t('surveyAcrossCalls')} · ${t('surveyVsQa')}`} r={c.acrossCalls.qaScore} minPairs={report.minPairs} />
          <Rho t={t} label={`${t('surveyAcrossCalls')} · ${t('surveyVsEnding')}`} r={c.acrossCalls.customerEnd} minPairs={report.minPairs} />
        </ul>
      </section>
      <section class="card gap-top">
        <table id="survey-table">
          <thead>
            <tr>
              <th>{t('period')}</th><th>{t('agent')}</th><th>{t('team')}</th><th class="num">{t('surveyCount')}</th>
              <th class="num">{t('surveySatisfaction')} ({report.scale ?? '–'})</th><th class="num">{t('surveySatisfaction01')}</th>
              <th class="num">{t('surveyQaScore')}</th><th class="num">{t('surveyNegativeEnding')}</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map((g) => (
              <tr data-agent={g.agentId} data-period={g.period}>
                <td>{g.period}</td>
                <td><a href={`/agents/${encodeURIComponent(g.agentId)}`}>{g.agentName}</a> <span class="muted small">{g.agentId}</span></td>
                <td>{g.team}</td>
                <td class="num" data-field="surveys">{g.surveys}</td>
                <td class="num" data-field="satisfaction">{num(g.satisfactionOnScale, 2)}</td>
                <td class="num">{num(g.satisfaction01, 2)}</td>
                <td class="num" data-field="qa">{num(g.qaScore)} <span class="muted small">n={g.scored}</span></td>
                <td class="num">{pct(g.negativeEndingShare)} <span class="muted small">n={g.endingKnown}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.groups.length === 0 && <div class="muted">{t('noData')}</div>}
      </section>
      {report.comments && report.comments.length > 0 && (
        <section class="card gap-top" id="survey-comments">
          <h2>{t('surveyComments')}</h2>
          <ul>
            {report.comments.map((m) => (
              <li><a href={`/calls/${encodeURIComponent(m.callId)}`}>{m.callId}</a> <span class="muted small">{m.agentId} · {m.date}</span> <strong>{num(m.satisfaction, 0)}</strong>/{m.scale}: {m.comment}</li>
            ))}
          </ul>
        </section>
      )}
      {canImport && (
        <section class="card gap-top" id="survey-import">
          <h2>{t('surveyImport')}</h2>
          <div class="small muted">{t('surveyImportHelp')}</div>
          <form method="post" action="/surveys/import" enctype="multipart/form-data" class="filters">
            <label>{t('surveyFile')} <input type="file" name="file" accept=".csv,text/csv" required /></label>
            <label>{t('surveyScale')} <input type="text" name="scale" value="1-5" size={6} required /></label>
            <label>{t('surveyEncoding')} <select name="encoding"><option value="utf-8">UTF-8</option><option value="gb18030">GB18030 / GBK</option></select></label>
            <button type="submit" class="primary">{t('surveyImport')}</button>
          </form>
          {lastImport && (
            <div id="survey-import-result" class="gap-top">
              <div>{t('surveyImported')} #{lastImport.id} {lastImport.sourceFile} ({lastImport.scale}): {lastImport.accepted} {t('surveyAccepted')}, {lastImport.rejected} {t('surveyRejected')}</div>
              {lastImport.rejects.length > 0 && (
                <table class="small">
                  <tr><th>{t('surveyLine')}</th><th>call_id</th><th>{t('surveyField')}</th><th>{t('surveyReason')}</th></tr>
                  {lastImport.rejects.map((j) => <tr><td class="num">{j.rowNumber}</td><td>{j.callId ?? ''}</td><td>{j.field ?? ''}</td><td>{j.reason}</td></tr>)}
                </table>
              )}
            </div>
          )}
        </section>
      )}
    </>
  );
}
