/**
 * One calibration session: its calls (each linking to the evaluation form within the session),
 * agreement between analysts (Fleiss' kappa per check and overall) and each analyst's agreement
 * with the majority answer.
 */
import type { SessionView } from '../../pipeline/review/index.ts';
import { num } from './format.ts';
import type { T } from './i18n.ts';

export function CalibrationSessionPage({ t, s }: { t: T; s: SessionView }) {
  return (
    <>
      <h1>{t('sessions')} #{s.id} · {s.name}</h1>
      <section class="card">
        <div>{t('analysts')}: <span id="session-analysts">{s.analysts.join(', ') || '–'}</span></div>
        <div>{t('fleissKappa')} ({t('overall')}): <strong id="session-kappa">{num(s.overall.kappa, 3)}</strong> <span class="muted small">{t('items')} {s.overall.items}, {t('itemsLeftOut')} {s.overall.itemsLeftOut}</span></div>
        <ul>
          {s.callIds.map((id) => <li><a href={`/calls/${encodeURIComponent(id)}/evaluation?session=${s.id}`}>{id}</a></li>)}
        </ul>
      </section>
      <div class="grid gap-top">
        <section class="card">
          <h2>{t('fleissKappa')}</h2>
          <table id="session-checks">
            <thead><tr><th>{t('check')}</th><th class="num">{t('items')}</th><th class="num">{t('itemsLeftOut')}</th><th class="num">κ</th></tr></thead>
            <tbody>{s.checks.map((c) => <tr data-check={c.checkId}><td>{c.label}</td><td class="num">{c.items}</td><td class="num">{c.itemsLeftOut}</td><td class="num">{num(c.kappa, 3)}</td></tr>)}</tbody>
          </table>
        </section>
        <section class="card">
          <h2>{t('agreedAnswer')}</h2>
          <table id="session-analyst-agreement">
            <thead><tr><th>{t('analysts')}</th><th class="num">n</th><th class="num">{t('agreement')}</th></tr></thead>
            <tbody>{s.analystAgreement.map((a) => <tr data-evaluator={a.evaluator}><td>{a.evaluator}</td><td class="num">{a.compared}</td><td class="num">{a.rate === null ? '–' : `${num(a.rate * 100)}%`}</td></tr>)}</tbody>
          </table>
          <div class="small muted">{t('majorityRule')}</div>
        </section>
      </div>
    </>
  );
}
