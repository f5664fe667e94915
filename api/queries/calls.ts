/**
 * Call list with filters. The page of call ids is chosen first (filters, order, limit) and
 * only those rows get their score and sentiment joined, so a page costs the same on
 * 100 calls or 100,000.
 */
import type { Db } from '../../pipeline/db/index.ts';
import { effectiveOutcome, latestScoreRowid, latestStageResult } from './latest.ts';
import { latestScoreColumn } from './calls-latest.ts';
import { prepared } from './prepared.ts';

export type CallStatus = 'pending' | 'done' | 'failed' | 'waiting_asr';

export interface CallFilters {
  /** Service dates YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  agentId?: string;
  team?: string;
  /** Current call score bounds, 0–100, both included. */
  scoreMin?: number;
  scoreMax?: number;
  /** Only calls whose current result of this check (after corrections) is `fail`. */
  failedCheck?: string;
  /** Bounds on the customer's sentiment at the end of the call, −1..1, both included. */
  customerEndMin?: number;
  customerEndMax?: number;
  status?: CallStatus;
  sampled?: boolean;
  /** Teams the caller may see; null = all. */
  teams?: string[] | null;
}

export interface Page {
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface CallListItem {
  callId: string;
  date: string;
  startedAt: string;
  durationS: number | null;
  status: CallStatus;
  sampled: boolean;
  agentId: string;
  agentName: string | null;
  team: string | null;
  /** 0–100; null when the call has no score. */
  score: number | null;
  autoFailed: boolean | null;
  scorecardVersion: string | null;
  /** −1..1; null without sentiment or when the customer never spoke. */
  customerEnd: number | null;
  failedChecks: string[];
}

export function listCalls(db: Db, f: CallFilters, page: Page): { total: number; items: CallListItem[] } {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  const add = (cond: string, values: Record<string, unknown> = {}) => {
    where.push(cond);
    Object.assign(args, values);
  };
  if (f.from) add('c.date >= @from', { from: f.from });
  if (f.to) add('c.date <= @to', { to: f.to });
  if (f.agentId) add('c.agent_id = @agentId', { agentId: f.agentId });
  // Team filters go through the agent ids, so SQLite can walk calls_agent_date_idx.
  if (f.team) add('c.agent_id IN (SELECT agent_id FROM agents WHERE team = @team)', { team: f.team });
  if (f.teams) add('c.agent_id IN (SELECT agent_id FROM agents WHERE team IN (SELECT value FROM json_each(@teams)))', { teams: JSON.stringify(f.teams) });
  if (f.status) add('c.status = @status', { status: f.status });
  if (f.sampled !== undefined) add('c.sampled = @sampled', { sampled: f.sampled ? 1 : 0 });
  // Read straight from scores_call_latest_idx (covering): no lookup into the scores table per call.
  const score = latestScoreColumn('c.call_id', 'score');
  if (f.scoreMin !== undefined) add(`${score} >= @scoreMin`, { scoreMin: f.scoreMin });
  if (f.scoreMax !== undefined) add(`${score} <= @scoreMax`, { scoreMax: f.scoreMax });
  const customerEnd = `json_extract(${latestStageResult('c.call_id', 'sentiment')}, '$.customerEnd')`;
  if (f.customerEndMin !== undefined) add(`${customerEnd} >= @ceMin`, { ceMin: f.customerEndMin });
  if (f.customerEndMax !== undefined) add(`${customerEnd} <= @ceMax`, { ceMax: f.customerEndMax });
  if (f.failedCheck) {
    // A call can only fail the check if some stored result of it is an automatic `fail` or
    // some correction says `fail`: that cheap test (check_results_check_idx covers it) runs
    // first, the exact rule (current score version, newest correction) only on the survivors.
    add(
      `(EXISTS (SELECT 1 FROM check_results x WHERE x.check_id = @failedCheck AND x.outcome = 'fail' AND x.call_id = c.call_id)
        OR EXISTS (SELECT 1 FROM overrides xo WHERE xo.call_id = c.call_id AND xo.check_id = @failedCheck AND xo.outcome = 'fail'))`,
      { failedCheck: f.failedCheck },
    );
    add(
      `EXISTS (SELECT 1 FROM check_results cr WHERE cr.call_id = c.call_id AND cr.scorecard_version = ${latestScoreColumn('c.call_id', 'scorecard_version')}
         AND cr.check_id = @failedCheck AND ${effectiveOutcome('cr')} = 'fail')`,
    );
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';

  const total = (prepared(db, `SELECT COUNT(*) AS n FROM calls c ${whereSql}`).get(args) as { n: number }).n;
  // Newest first, in the order of calls_date_idx / calls_agent_date_idx (date, started_at,
  // call_id): SQLite reads a page straight from the index, no sort, no table rows.
  const pageSql = `
    WITH page AS (
      SELECT c.call_id FROM calls c ${whereSql}
      ORDER BY c.date DESC, c.started_at DESC, c.call_id DESC LIMIT @limit OFFSET @offset)
    SELECT c.call_id AS callId, c.date, c.started_at AS startedAt, c.duration_s AS durationS, c.status,
           c.sampled, c.agent_id AS agentId, a.name AS agentName, a.team,
           s.score, s.auto_failed AS autoFailed, s.scorecard_version AS scorecardVersion,
           json_extract(${latestStageResult('c.call_id', 'sentiment')}, '$.customerEnd') AS customerEnd,
           (SELECT json_group_array(cr.check_id) FROM check_results cr
             WHERE cr.call_id = s.call_id AND cr.scorecard_version = s.scorecard_version AND ${effectiveOutcome('cr')} = 'fail') AS failedChecks
    -- CROSS JOIN keeps the page outermost; otherwise SQLite may walk all calls and probe the page.
    FROM page CROSS JOIN calls c ON c.call_id = page.call_id
    LEFT JOIN agents a ON a.agent_id = c.agent_id
    LEFT JOIN scores s ON s.rowid = ${latestScoreRowid('c.call_id')}
    ORDER BY c.date DESC, c.started_at DESC, c.call_id DESC`;
  const rows = prepared(db, pageSql).all({ ...args, limit: page.pageSize, offset: (page.page - 1) * page.pageSize }) as RawRow[];
  return { total, items: rows.map(toItem) };
}

interface RawRow extends Omit<CallListItem, 'sampled' | 'autoFailed' | 'failedChecks'> {
  sampled: number;
  autoFailed: number | null;
  failedChecks: string | null;
}

function toItem(r: RawRow): CallListItem {
  return {
    ...r,
    sampled: r.sampled === 1,
    autoFailed: r.autoFailed === null ? null : r.autoFailed === 1,
    failedChecks: r.failedChecks ? (JSON.parse(r.failedChecks) as string[]) : [],
  };
}
