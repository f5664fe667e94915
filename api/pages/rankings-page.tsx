/** The period ranking with tiers, stars and intervals, and CSV/XLSX downloads. */
import type { Period, Ranking } from '../../pipeline/rank/index.ts';
import { num, signed } from './format.ts';
import type { T } from './i18n.ts';
import { PeriodPicker, Stars, TierBadge } from './parts.tsx';

export function RankingsPage({ t, period, ranking, team, teams }: { t: T; period: Period; ranking: Ranking; team?: string; teams: string[] }) {
  const q = new URLSearchParams({ period: period.label, ...(team ? { team } : {}) });
  return (
    <>
      <h1>{t('rankings')} · {period.label}{team ? ` · ${team}` : ''}</h1>
      <div class="filters">
        <PeriodPicker t={t} action="/rankings" period={period.label} keep={{ team }} />
        <span class="push-right" />
        <a class="button" id="download-csv" href={`/api/v1/rankings?${q}&format=csv`}>{t('downloadCsv')}</a>
        <a class="button" id="download-xlsx" href={`/api/v1/rankings?${q}&format=xlsx`}>{t('downloadXlsx')}</a>
      </div>
      <div class="filters small">
        <a href={`/rankings?period=${encodeURIComponent(period.label)}`}>{t('team')}: *</a>
        {teams.map((tm) => <a href={`/rankings?period=${encodeURIComponent(period.label)}&team=${encodeURIComponent(tm)}`}>{tm}</a>)}
      </div>
      <section class="card">
        <table id="ranking-table">
          <thead>
            <tr>
              <th class="num">{t('rank')}</th><th>{t('agent')}</th><th>{t('team')}</th><th>{t('tier')}</th><th>{t('stars')}</th>
              <th class="num">{t('adjustedScore')}</th><th class="num">{t('interval')}</th><th class="num">{t('scoredCalls')}</th><th class="num">{t('change')}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.agents.length === 0 && <tr><td colspan={9} class="muted">{t('noData')}</td></tr>}
            {ranking.agents.map((a) => (
              <tr data-agent={a.agentId}>
                <td class="num">{a.rank ?? '–'}</td><td>{a.name}</td><td>{a.team}</td>
                <td><TierBadge t={t} tier={a.tier} /></td><td><Stars n={a.stars} /></td>
                <td class="num">{num(a.adjustedScore)}</td>
                <td class="num">{a.interval ? `${num(a.interval.low)}–${num(a.interval.high)}` : '–'}</td>
                <td class="num">{a.scoredCalls}</td><td class="num">{signed(a.adjustedChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="small muted">{t('meanScore')}: {num(ranking.stats.centerMean)} · {t('scoredCalls')}: {ranking.stats.scoredCalls}</p>
      </section>
    </>
  );
}
