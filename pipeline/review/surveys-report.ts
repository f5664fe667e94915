/**
 * The survey view: per agent and per period (ISO week or month of the call's service date),
 * what customers said (survey count, mean satisfaction on 0–1 and on the scale) next to what
 * the scorecard said (mean official score of the same calls) and how the customer ended the
 * call (share with ending sentiment below −ENDING_BAND), with Spearman rank correlations
 * across calls and across agents, so a center can see whether its scorecard tracks its
 * customers. QA score and ending are taken over the surveyed calls only, so both sides of every
 * pair describe the same calls.
 */
import type { Sql, SqlValue } from '../db/index.ts';
import type { OfficialScoreRule } from './official-score.ts';
import { officialScoreOfCall } from '../rank/index.ts';
import { customerEndSql, ENDING_BAND, placeholders } from './search-fragments.ts';
import { MIN_PAIRS_TO_SAY, spearman, type RankCorrelation } from './surveys-correlation.ts';
import { formatScale } from './surveys-scale.ts';

export type SurveyPeriod = 'week' | 'month';

export interface SurveyReportFilters {
  /** First service date (YYYY-MM-DD), included. */
  from?: string;
  /** Last service date, included. */
  to?: string;
  team?: string;
  period?: SurveyPeriod;
}

export interface SurveyReportOptions {
  officialRule: OfficialScoreRule;
  /** Teams the reader may see; null = all (a coach: their own teams). */
  visibleTeams: readonly string[] | null;
  /** Customers' comments are quotes: not for HR. */
  withComments: boolean;
}

export interface SurveyGroup {
  /** `YYYY-MM` for a month, the Monday `YYYY-MM-DD` for a week. */
  period: string;
  agentId: string;
  agentName: string;
  team: string;
  surveys: number;
  /** Mean satisfaction mapped to 0–1. */
  satisfaction01: number;
  /** The same mean on the report's scale (see SurveyReport.scale). */
  satisfactionOnScale: number | null;
  /** Mean official score (0–100) of the surveyed calls that have one; null when none has. */
  qaScore: number | null;
  /** Surveyed calls with a score. */
  scored: number;
  /** Share (0–1) of surveyed calls whose customer ended below −ENDING_BAND; null when no call has sentiment. */
  negativeEndingShare: number | null;
  /** Surveyed calls with an ending sentiment. */
  endingKnown: number;
}

export interface SurveyComment {
  callId: string;
  agentId: string;
  date: string;
  satisfaction: number;
  scale: string;
  comment: string;
}

export interface SurveyReport {
  filters: SurveyReportFilters & { period: SurveyPeriod };
  rule: OfficialScoreRule;
  /** The newest import's scale among the rows ("1-5"); null when there are no rows. */
  scale: string | null;
  /** Rows come from imports on different scales: means on the scale are converted through 0–1. */
  mixedScales: boolean;
  surveys: number;
  agents: number;
  groups: SurveyGroup[];
  correlations: {
    /** Over surveyed calls: satisfaction vs the call's official score / its customer ending sentiment (−1..1). */
    acrossCalls: { qaScore: RankCorrelation; customerEnd: RankCorrelation };
    /** Over agents (whole range): mean satisfaction vs mean QA score / negative-ending share. */
    acrossAgents: { qaScore: RankCorrelation; negativeEndingShare: RankCorrelation };
  };
  /** Fewer pairs than this: the correlation is shown as too few to say. */
  minPairs: number;
  /** Lowest satisfaction first, at most MAX_COMMENTS; null when the reader may not see them. */
  comments: SurveyComment[] | null;
}

export const MAX_COMMENTS = 200;

interface SurveyedCall {
  call_id: string;
  date: string;
  agent_id: string;
  name: string;
  team: string;
  satisfaction: number;
  satisfaction_01: number;
  comment: string | null;
  scale_min: number;
  scale_max: number;
  import_id: number;
  qa_score: number | null;
  customer_end: number | null;
}

export async function surveyReport(sql: Sql, filters: SurveyReportFilters, opts: SurveyReportOptions): Promise<SurveyReport> {
  const period = filters.period ?? 'month';
  const rows = (await surveyedCalls(sql, filters, opts)).map(numeric);
  const newest = rows.reduce<SurveyedCall | null>((a, r) => (!a || r.import_id > a.import_id ? r : a), null);
  const scales = new Set(rows.map((r) => `${r.scale_min}-${r.scale_max}`));
  const onScale = (mean01: number) => (newest ? newest.scale_min + mean01 * (newest.scale_max - newest.scale_min) : null);

  const groups = [...groupBy(rows, (r) => `${periodOf(r.date, period)}\u0000${r.agent_id}`).values()].map((g) => summarise(g, periodOf(g[0].date, period), onScale));
  groups.sort((a, b) => a.period.localeCompare(b.period) || a.agentId.localeCompare(b.agentId));
  const perAgent = [...groupBy(rows, (r) => r.agent_id).values()].map((g) => summarise(g, '', onScale));

  return {
    filters: { ...filters, period },
    rule: opts.officialRule,
    scale: newest ? formatScale({ min: newest.scale_min, max: newest.scale_max }) : null,
    mixedScales: scales.size > 1,
    surveys: rows.length,
    agents: perAgent.length,
    groups,
    correlations: {
      acrossCalls: {
        qaScore: spearman(rows.map((r) => [r.satisfaction_01, r.qa_score])),
        customerEnd: spearman(rows.map((r) => [r.satisfaction_01, r.customer_end])),
      },
      acrossAgents: {
        qaScore: spearman(perAgent.map((a) => [a.satisfaction01, a.qaScore])),
        negativeEndingShare: spearman(perAgent.map((a) => [a.satisfaction01, a.negativeEndingShare])),
      },
    },
    minPairs: MIN_PAIRS_TO_SAY,
    comments: opts.withComments ? comments(rows) : null,
  };
}

async function surveyedCalls(sql: Sql, f: SurveyReportFilters, opts: SurveyReportOptions): Promise<SurveyedCall[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (f.from) {
    where.push('c.date >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('c.date <= ?');
    params.push(f.to);
  }
  if (f.team) {
    where.push('a.team = ?');
    params.push(f.team);
  }
  if (opts.visibleTeams) {
    if (opts.visibleTeams.length === 0) return [];
    where.push(`a.team IN (${placeholders(opts.visibleTeams.length)})`);
    params.push(...opts.visibleTeams);
  }
  return sql.all<SurveyedCall>(
    `SELECT sv.call_id, c.date, c.agent_id, a.name, a.team, sv.satisfaction, sv.satisfaction_01, sv.comment,
       i.scale_min, i.scale_max, i.id AS import_id, ${officialScoreSql(opts.officialRule)} AS qa_score, ${customerEndSql(sql, 'c.call_id')} AS customer_end
     FROM surveys sv JOIN survey_imports i ON i.id = sv.import_id JOIN calls c ON c.call_id = sv.call_id JOIN agents a ON a.agent_id = c.agent_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.date, sv.call_id`,
    params,
  );
}

/**
 * The official score of call `c` as pipeline/review/official-score.ts defines it, as one SQL
 * expression for many calls: the current score row; under `human-replaces` the newest ordinary
 * evaluation of that scorecard version instead, where one exists.
 */
function officialScoreSql(rule: OfficialScoreRule): string {
  // The one score-selection fragment every score reader uses (pipeline/rank/sql.ts).
  return officialScoreOfCall('c.call_id', 'score', rule);
}

/** Postgres answers numeric columns as strings; nulls stay null. */
function numeric(r: SurveyedCall): SurveyedCall {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    ...r, satisfaction: Number(r.satisfaction), satisfaction_01: Number(r.satisfaction_01), scale_min: Number(r.scale_min), scale_max: Number(r.scale_max),
    import_id: Number(r.import_id), qa_score: num(r.qa_score), customer_end: num(r.customer_end),
  };
}

function summarise(g: SurveyedCall[], period: string, onScale: (mean01: number) => number | null): SurveyGroup {
  const scored = g.filter((r) => r.qa_score !== null);
  const ending = g.filter((r) => r.customer_end !== null);
  const sat01 = mean(g.map((r) => r.satisfaction_01))!;
  return {
    period, agentId: g[0].agent_id, agentName: g[0].name, team: g[0].team,
    surveys: g.length,
    satisfaction01: sat01,
    satisfactionOnScale: onScale(sat01),
    qaScore: mean(scored.map((r) => r.qa_score!)),
    scored: scored.length,
    negativeEndingShare: ending.length ? ending.filter((r) => r.customer_end! < -ENDING_BAND).length / ending.length : null,
    endingKnown: ending.length,
  };
}

function comments(rows: SurveyedCall[]): SurveyComment[] {
  return rows
    .filter((r) => r.comment)
    .sort((a, b) => a.satisfaction_01 - b.satisfaction_01 || a.call_id.localeCompare(b.call_id))
    .slice(0, MAX_COMMENTS)
    .map((r) => ({ callId: r.call_id, agentId: r.agent_id, date: r.date, satisfaction: r.satisfaction, scale: formatScale({ min: r.scale_min, max: r.scale_max }), comment: r.comment! }));
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The month (`YYYY-MM`) or the ISO week's Monday (`YYYY-MM-DD`) of a service date. */
export function periodOf(date: string, period: SurveyPeriod): string {
  if (period === 'month') return date.slice(0, 7);
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}
