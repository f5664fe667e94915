/** Agents with tier and stars for a period. */
import type { Period } from '../../pipeline/rank/index.ts';
import type { AgentRow } from '../services/agents.ts';
import { num, signed } from './format.ts';
import type { T } from './i18n.ts';
import { PeriodPicker, Stars, TierBadge } from './parts.tsx';

export function AgentsPage({ t, period, rows, linkAgents }: { t: T; period: Period; rows: AgentRow[]; linkAgents: boolean }) {
  return (
    <>
      <h1>{t('agents')} · {period.label}</h1>
      <PeriodPicker t={t} action="/agents" period={period.label} />
      <section class="card">
        <table id="agents-table">
          <thead>
            <tr>
              <th class="num">{t('rank')}</th><th>{t('agent')}</th><th>{t('team')}</th><th>{t('tier')}</th><th>{t('stars')}</th>
              <th class="num">{t('adjustedScore')}</th><th class="num">{t('meanScore')}</th><th class="num">{t('scoredCalls')}</th><th class="num">{t('change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && <tr><td colspan={9} class="muted">{t('noData')}</td></tr>}
            {rows.map((a) => (
              <tr data-agent={a.agentId}>
                <td class="num">{a.rank ?? '–'}</td>
                <td>{linkAgents ? <a href={`/agents/${encodeURIComponent(a.agentId)}?period=${encodeURIComponent(period.label)}`}>{a.name}</a> : a.name} <span class="muted small">{a.agentId}</span></td>
                <td>{a.team}</td>
                <td><TierBadge t={t} tier={a.tier} /></td>
                <td><Stars n={a.stars} /></td>
                <td class="num">{num(a.adjustedScore)}</td>
                <td class="num">{num(a.meanScore)}</td>
                <td class="num">{a.scoredCalls}</td>
                <td class="num">{signed(a.adjustedChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
