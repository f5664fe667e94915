/**
 * What every export carries so a file on HR's drive explains itself: the period, the filters,
 * the scorecard versions behind the scores, the versions of the stages (ffmpeg build, ASR or
 * import, sentiment model) that produced the pipeline results, and when it was generated.
 */
import type { Sql } from '../db/index.ts';
import { type Period, callWhere, chosenScoresSql, type AgentFilters } from '../rank/index.ts';

export interface ExportStamp {
  period: string;
  /** "team=T1, site=SZ" or "" for the whole center. */
  filters: string;
  /** Scorecard versions of the counted scores, sorted. */
  scorecardVersions: string[];
  /** "stage=version" of the newest stage result per call, over the period's calls, sorted. */
  modelVersions: string[];
  /** ISO 8601 UTC. */
  generatedAt: string;
}

export async function readStamp(sql: Sql, period: Period, filters: AgentFilters = {}, scorecardVersion?: string, now: Date = new Date()): Promise<ExportStamp> {
  const chosen = chosenScoresSql(period, filters, scorecardVersion);
  const scorecardVersions = (await sql.all<{ v: string }>(`SELECT DISTINCT scorecard_version AS v FROM (${chosen.sql}) AS chosen ORDER BY v`, chosen.params)).map((r) => r.v);
  const where = callWhere(period, filters);
  const modelVersions = (
    await sql.all<{ v: string }>(
      `SELECT DISTINCT stage || '=' || version AS v FROM (
         SELECT sr.stage, sr.version,
                ROW_NUMBER() OVER (PARTITION BY sr.call_id, sr.stage ORDER BY sr.created_at DESC, sr.version DESC) AS rn
         FROM calls c LEFT JOIN agents a ON a.agent_id = c.agent_id
         JOIN stage_results sr ON sr.call_id = c.call_id
         WHERE ${where.sql}
       ) AS newest WHERE rn = 1 ORDER BY v`,
      where.params,
    )
  ).map((r) => r.v);
  return { period: period.label, filters: describeFilters(filters), scorecardVersions, modelVersions, generatedAt: now.toISOString() };
}

export function describeFilters(filters: AgentFilters): string {
  return [filters.team !== undefined ? `team=${filters.team}` : '', filters.site !== undefined ? `site=${filters.site}` : ''].filter(Boolean).join(', ');
}

/** Label/value pairs in a fixed order, for the head of a CSV or a sheet. */
export function stampLines(stamp: ExportStamp): [string, string][] {
  return [
    ['Period', stamp.period],
    ['Filters', stamp.filters || 'whole center'],
    ['Scorecard versions', stamp.scorecardVersions.join('; ') || 'none'],
    ['Model versions', stamp.modelVersions.join('; ') || 'none'],
    ['Generated at', stamp.generatedAt],
  ];
}
