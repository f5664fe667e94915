/**
 * The tables every export format shares, so CSV and XLSX always agree: one header row and
 * data rows of plain cells. Scores and rates are rounded to 2 decimals (HR reads them; the
 * rank column carries the exact order). Rates are percentages 0–100. Empty cell = not available.
 */
import type { CenterKpis } from '../kpi/index.ts';
import type { AgentResult, Ranking } from '../rank/index.ts';
import type { VocReport } from '../voc/index.ts';
import type { CheckSummary } from './checks.ts';

export type Cell = string | number | null;

export interface Table {
  headers: string[];
  rows: Cell[][];
}

export function round2(x: number | null | undefined): number | null {
  return x === null || x === undefined ? null : Math.round(x * 100) / 100;
}

const pct = (ratio: number | null) => (ratio === null ? null : round2(100 * ratio));

function weakestText(a: AgentResult): string {
  return a.weakestChecks.map((c) => `${c.label} ${Math.round(100 * c.passRate)}% (${c.applicable - c.failed}/${c.applicable})`).join('; ');
}

export function rankingTable(ranking: Ranking): Table {
  const level = Math.round(100 * ranking.options.intervalLevel);
  return {
    headers: [
      'Rank', 'Agent ID', 'Name', 'Team', 'Site', 'Tier', 'Stars', 'Scored calls', 'Mean score', 'Adjusted score',
      `Interval low (${level}%)`, `Interval high (${level}%)`, 'Percentile', 'Previous adjusted score', 'Change', 'Previous tier', 'Weakest checks',
    ],
    rows: ranking.agents.map((a) => [
      a.rank, a.agentId, a.name, a.team, a.site, a.tier, a.stars, a.scoredCalls, round2(a.meanScore), round2(a.adjustedScore),
      round2(a.interval?.low), round2(a.interval?.high), round2(a.percentileRank), round2(a.previous?.adjustedScore),
      round2(a.adjustedChange), a.previous?.tier ?? null, weakestText(a),
    ]),
  };
}

export function kpiTable(kpis: CenterKpis): Table {
  const targetText = (k: CenterKpis['kpis'][number]) => (k.target ? `${k.target.comparison === 'atLeast' ? '≥' : '≤'} ${k.target.value}` : null);
  const status = (met: boolean | null) => (met === null ? null : met ? 'met' : 'missed');
  const rows: Cell[][] = kpis.kpis.map((k) => [k.id, k.label, round2(k.value), k.unit, targetText(k), status(k.met), round2(k.numerator), k.denominator, k.excluded, k.formula]);
  for (const [tier, count] of Object.entries(kpis.tierCounts)) rows.push([`tier_${tier}`, `Agents in tier ${tier}`, count, 'agents', null, null, null, null, null, 'agents ranked in the period']);
  return { headers: ['KPI', 'Label', 'Value', 'Unit', 'Target', 'Status', 'Numerator', 'Denominator', 'Excluded calls', 'Formula'], rows };
}

export function checkTable(checks: readonly CheckSummary[]): Table {
  return {
    headers: ['Check ID', 'Section', 'Label', 'Weight', 'Passed', 'Failed', 'N/A', 'Pass rate %', 'Top tier pass rate %', 'Bottom tier pass rate %'],
    rows: checks.map((c) => [c.checkId, c.section, c.label, c.weight, c.passed, c.failed, c.na, pct(c.passRate), pct(c.topTierPassRate), pct(c.bottomTierPassRate)]),
  };
}

export function vocTable(report: VocReport): Table {
  return {
    headers: ['Topic', 'Label', 'Label (en)', 'Mentions', 'Calls', 'Complaints', 'Suggestions', 'Negative', 'Examples', 'Call IDs'],
    rows: report.topics.map((t) => [
      t.topic, t.label, t.labelEn, t.mentions, t.calls, t.signals.complaint, t.signals.suggestion, t.signals.negative,
      t.examples.map((e) => `[${e.callId}] ${e.text}`).join('\n'), t.callIds.join(' '),
    ]),
  };
}
