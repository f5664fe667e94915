/** One agent: standing, score trend chart, weakest checks, recent calls. */
import type { AgentDetail } from '../services/agents.ts';
import { TrendChart } from './charts/trend-chart.tsx';
import { clock, num, signed, timeOf } from './format.ts';
import type { T } from './i18n.ts';
import { PeriodPicker, Stars, TierBadge } from './parts.tsx';

export function AgentPage({ t, d }: { t: T; d: AgentDetail }) {
  const s = d.standing;
  return (
    <>
      <h1>{d.agent.name} <span class="muted small">{d.agent.agentId} · {d.agent.team} · {d.agent.site}</span></h1>
      <PeriodPicker t={t} action={`/agents/${encodeURIComponent(d.agent.agentId)}`} period={d.period.label} />
      <section class="card meta">
        <div><span>{t('tier')}</span><TierBadge t={t} tier={s.tier} /></div>
        <div><span>{t('stars')}</span><Stars n={s.stars} /></div>
        <div><span>{t('rank')}</span>{s.rank ?? '–'}</div>
        <div><span>{t('adjustedScore')}</span>{num(s.adjustedScore)}</div>
        <div><span>{t('interval')}</span>{s.interval ? `${num(s.interval.low)}–${num(s.interval.high)}` : '–'}</div>
        <div><span>{t('scoredCalls')}</span>{s.scoredCalls}</div>
        <div><span>{t('change')}</span>{signed(s.adjustedChange)}</div>
        <div><span>{t('coach')}</span>{d.agent.coach}</div>
      </section>
      <div class="grid">
        <section class="card">
          <h2>{t('scoreTrend')}</h2>
          <TrendChart points={d.trend} emptyLabel={t('noData')} />
        </section>
        <section class="card">
          <h2>{t('weakestChecks')}</h2>
          <table id="weakest-checks">
            <thead><tr><th>{t('check')}</th><th class="num">{t('passRate')}</th><th class="num">{t('failed')}</th></tr></thead>
            <tbody>
              {s.weakestChecks.length === 0 && <tr><td colspan={3} class="muted">{t('noData')}</td></tr>}
              {s.weakestChecks.map((w) => (
                <tr><td>{w.label} <span class="muted small">{w.section}</span></td><td class="num">{(w.passRate * 100).toFixed(0)}%</td><td class="num">{w.failed}/{w.applicable}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section class="card gap-top">
        <h2>{t('recentCalls')}</h2>
        <table id="recent-calls">
          <thead><tr><th>{t('call')}</th><th>{t('date')}</th><th>{t('startedAt')}</th><th class="num">{t('duration')}</th><th class="num">{t('score')}</th><th>{t('failed')}</th><th>{t('status')}</th></tr></thead>
          <tbody>
            {d.recentCalls.length === 0 && <tr><td colspan={7} class="muted">{t('noData')}</td></tr>}
            {d.recentCalls.map((c) => (
              <tr>
                <td><a href={`/calls/${encodeURIComponent(c.callId)}`}>{c.callId}</a></td>
                <td>{c.date}</td><td>{timeOf(c.startedAt)}</td><td class="num">{clock(c.durationS)}</td>
                <td class="num">{num(c.score)}</td><td class="small">{c.failedChecks.join(', ')}</td><td class="small">{c.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
