/** Center KPIs for a period against their targets, and the tier counts. */
import type { CenterKpis, Kpi } from '../../pipeline/kpi/index.ts';
import type { Period } from '../../pipeline/rank/index.ts';
import { num } from './format.ts';
import { dynamicLabel, type T } from './i18n.ts';
import { PeriodPicker, TierBadge } from './parts.tsx';

function withUnit(v: number | null, unit: Kpi['unit']): string {
  if (v === null) return '–';
  return unit === 'percent' ? `${num(v)}%` : unit === 'seconds' ? `${num(v, 0)} s` : num(v);
}

export function KpisPage({ t, period, k }: { t: T; period: Period; k: CenterKpis }) {
  return (
    <>
      <h1>{t('kpis')} · {period.label}</h1>
      <PeriodPicker t={t} action="/kpis" period={period.label} />
      <section class="card">
        <table id="kpi-table">
          <thead><tr><th>{t('kpi')}</th><th class="num">{t('value')}</th><th class="num">{t('target')}</th><th>{t('status')}</th><th class="small">n</th></tr></thead>
          <tbody>
            {k.kpis.map((kpi) => (
              <tr data-kpi={kpi.id} data-met={kpi.met === null ? 'none' : String(kpi.met)}>
                <td>{dynamicLabel(t, `kpi_${kpi.id}`, kpi.label)}<div class="small muted">{kpi.formula}</div></td>
                <td class="num">{withUnit(kpi.value, kpi.unit)}</td>
                <td class="num">{kpi.target ? `${kpi.target.comparison === 'atLeast' ? '≥' : '≤'} ${withUnit(kpi.target.value, kpi.unit)}` : '–'}</td>
                <td>{kpi.met === null ? <span class="badge o-na">{t('noTarget')}</span> : kpi.met ? <span class="badge o-pass">{t('met')}</span> : <span class="badge o-fail">{t('missed')}</span>}</td>
                <td class="small muted">{Number.isInteger(kpi.numerator) ? kpi.numerator : kpi.numerator.toFixed(1)}/{kpi.denominator}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="small muted">{t('calls')}: {k.calls}</p>
      </section>
      <section class="card">
        <h2>{t('tier')}</h2>
        <div class="meta">
          {(Object.entries(k.tierCounts) as [string, number][]).map(([tier, n]) => <div><TierBadge t={t} tier={tier} /> {n}</div>)}
        </div>
      </section>
    </>
  );
}
