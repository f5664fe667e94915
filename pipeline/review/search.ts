/**
 * The calls search: where a QA analyst starts the day. Filters on the call (dates, team, agent,
 * queue), its current score (version, range, auto-failed, a failed check after corrections),
 * the customer's ending sentiment, and the human work on it (review status, dispute status).
 *
 * Order and paging: newest first by default, paged by keyset (a cursor naming the last row's
 * date, start time and call id), which reads the calls_date_idx order directly and never skips
 * or repeats a row when calls arrive between pages; `page` (offset) still works. Sorting by score
 * or agent pages by offset, with the call id as the last key so pages are stable.
 * The page's call ids are chosen first; only those rows get their score, sentiment and failed
 * checks joined.
 */
import type { Sql, SqlValue } from '../db/index.ts';
import { officialScoreOfCall, officialScoreSql, type OfficialScoreRule } from '../rank/index.ts';
import {
  currentScoreColumn, customerEndSql, effectiveOutcome, endingCondition, evaluatedSql, liveClaimSql, placeholders, type CustomerEnding,
} from './search-fragments.ts';

export type CallStatus = 'pending' | 'done' | 'failed' | 'waiting_asr';
export type ReviewStatus = 'unreviewed' | 'claimed' | 'evaluated';
export type DisputeStatusFilter = 'none' | 'open' | 'accepted' | 'rejected';
export type SortKey = 'date' | 'score' | 'agent';

export interface CallSearch {
  /** Service dates YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  agentId?: string;
  team?: string;
  /** The manifest's queue (skill group) of the call. */
  queue?: string;
  /** Only calls whose current score is under this scorecard version. */
  scorecardVersion?: string;
  /** Current call score bounds, 0–100, both included. */
  scoreMin?: number;
  scoreMax?: number;
  /** Only calls whose current result of this check (after corrections) is `fail`. */
  failedCheck?: string;
  autoFailed?: boolean;
  /** The customer's ending band: below −0.2, −0.2..0.2, above 0.2 (see search-fragments.ts). */
  customerEnding?: CustomerEnding;
  /** Bounds on the customer's sentiment at the end of the call, −1..1, both included. */
  customerEndMin?: number;
  customerEndMax?: number;
  status?: CallStatus;
  sampled?: boolean;
  /** evaluated: an analyst saved an evaluation; claimed: a live claim and no evaluation; unreviewed: neither. */
  reviewStatus?: ReviewStatus;
  /** none: never disputed; otherwise some dispute of the call has this status. */
  disputeStatus?: DisputeStatusFilter;
  /** Teams the caller may see; null or absent = all. */
  teams?: string[] | null;
  /** Config `review.officialScore`: the score shown, filtered and sorted on is the official one (default `automatic`). */
  officialRule?: OfficialScoreRule;
}

export interface SearchOrder {
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export interface SearchPage {
  /** 1-based; ignored when `after` is given. */
  page: number;
  pageSize: number;
  /** Keyset cursor from a previous answer's `nextCursor` (date order only). */
  after?: string;
  /**
   * Count at most this many matching calls (absent: count them all). Past it `total` is this
   * number and `totalExact` false: an exact count of a month at a million calls reads every
   * matching call, a page only the first 51.
   */
  countLimit?: number;
}

export interface CallSearchItem {
  callId: string;
  date: string;
  startedAt: string;
  durationS: number | null;
  status: CallStatus;
  sampled: boolean;
  agentId: string;
  agentName: string | null;
  team: string | null;
  queue: string | null;
  /** 0–100; null when the call has no score. */
  score: number | null;
  autoFailed: boolean | null;
  scorecardVersion: string | null;
  /** −1..1; null without sentiment or when the customer never spoke. */
  customerEnd: number | null;
  failedChecks: string[];
  reviewStatus: ReviewStatus;
  openDisputes: number;
}

export interface CallSearchResult {
  /** Calls matching the filters; a lower bound (`countLimit`) when `totalExact` is false. */
  total: number;
  totalExact: boolean;
  items: CallSearchItem[];
  /** Cursor for the next page in date order; null on the last page or in other orders. */
  nextCursor: string | null;
}

/** A keyset cursor that cannot be read: the caller's mistake (400), not ours. */
export class CursorError extends Error {}

const encodeCursor = (row: { date: string; startedAt: string; callId: string }) =>
  Buffer.from(JSON.stringify([row.date, row.startedAt, row.callId])).toString('base64url');

function decodeCursor(text: string): [string, string, string] {
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string')) return v as [string, string, string];
  } catch {
    // fall through
  }
  throw new CursorError('not a cursor this API gave out (take nextCursor from the previous page)');
}

export async function searchCalls(sql: Sql, f: CallSearch, order: SearchOrder, page: SearchPage, now = new Date()): Promise<CallSearchResult> {
  const nowIso = now.toISOString();
  const where: string[] = [];
  const args: SqlValue[] = [];
  const add = (cond: string, ...values: SqlValue[]) => {
    where.push(cond);
    args.push(...values);
  };
  if (f.from) add('c.date >= ?', f.from);
  if (f.to) add('c.date <= ?', f.to);
  if (f.agentId) add('c.agent_id = ?', f.agentId);
  // Team filters go through the agent ids, so SQLite can walk calls_agent_date_idx.
  if (f.team) add('c.agent_id IN (SELECT agent_id FROM agents WHERE team = ?)', f.team);
  if (f.teams) {
    if (f.teams.length === 0) add('1 = 0');
    else add(`c.agent_id IN (SELECT agent_id FROM agents WHERE team IN (${placeholders(f.teams.length)}))`, ...f.teams);
  }
  if (f.queue) add('c.queue = ?', f.queue);
  if (f.status) add('c.status = ?', f.status);
  if (f.sampled !== undefined) add('c.sampled = ?', f.sampled ? 1 : 0);
  const rule = f.officialRule ?? 'automatic';
  const score = officialScoreOfCall('c.call_id', 'score', rule);
  if (f.scoreMin !== undefined) add(`${score} >= ?`, f.scoreMin);
  if (f.scoreMax !== undefined) add(`${score} <= ?`, f.scoreMax);
  if (f.scorecardVersion) add(`${currentScoreColumn('c.call_id', 'scorecard_version')} = ?`, f.scorecardVersion);
  if (f.autoFailed !== undefined) add(`${officialScoreOfCall('c.call_id', 'auto_failed', rule)} = ?`, f.autoFailed ? 1 : 0);
  const customerEnd = customerEndSql(sql, 'c.call_id');
  if (f.customerEnding) add(endingCondition(customerEnd, f.customerEnding));
  if (f.customerEndMin !== undefined) add(`${customerEnd} >= ?`, f.customerEndMin);
  if (f.customerEndMax !== undefined) add(`${customerEnd} <= ?`, f.customerEndMax);
  if (f.failedCheck) {
    // A cheap test first (check_results_check_idx covers it: some stored result or correction
    // says fail), the exact rule (current version, newest correction) only on the survivors.
    add(
      `(EXISTS (SELECT 1 FROM check_results x WHERE x.check_id = ? AND x.outcome = 'fail' AND x.call_id = c.call_id)
        OR EXISTS (SELECT 1 FROM overrides xo WHERE xo.call_id = c.call_id AND xo.check_id = ? AND xo.outcome = 'fail'))`,
      f.failedCheck, f.failedCheck,
    );
    add(
      `EXISTS (SELECT 1 FROM check_results cr WHERE cr.call_id = c.call_id AND cr.scorecard_version = ${currentScoreColumn('c.call_id', 'scorecard_version')}
         AND cr.check_id = ? AND ${effectiveOutcome('cr')} = 'fail')`,
      f.failedCheck,
    );
  }
  if (f.reviewStatus === 'evaluated') add(evaluatedSql('c.call_id'));
  if (f.reviewStatus === 'claimed') add(`NOT ${evaluatedSql('c.call_id')} AND ${liveClaimSql('c.call_id')}`, nowIso);
  if (f.reviewStatus === 'unreviewed') add(`NOT ${evaluatedSql('c.call_id')} AND NOT ${liveClaimSql('c.call_id')}`, nowIso);
  if (f.disputeStatus === 'none') add('NOT EXISTS (SELECT 1 FROM disputes d WHERE d.call_id = c.call_id)');
  else if (f.disputeStatus) add('EXISTS (SELECT 1 FROM disputes d WHERE d.call_id = c.call_id AND d.status = ?)', f.disputeStatus);

  const filterSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = page.countLimit;
  const counted = Number((await sql.get<{ n: number }>(
    limit === undefined ? `SELECT COUNT(*) AS n FROM calls c ${filterSql}` : `SELECT COUNT(*) AS n FROM (SELECT 1 FROM calls c ${filterSql} LIMIT ?) capped`,
    limit === undefined ? args : [...args, limit + 1],
  ))?.n ?? 0);
  const totalExact = limit === undefined || counted <= limit;
  const total = totalExact ? counted : limit;

  const desc = order.dir === 'desc' ? 'DESC' : 'ASC';
  const pageWhere = [...where];
  const pageArgs = [...args];
  let offset = (page.page - 1) * page.pageSize;
  let orderBy: string;
  if (order.sort === 'date') {
    orderBy = `c.date ${desc}, c.started_at ${desc}, c.call_id ${desc}`;
    if (page.after) {
      pageWhere.push(`(c.date, c.started_at, c.call_id) ${order.dir === 'desc' ? '<' : '>'} (?, ?, ?)`);
      pageArgs.push(...decodeCursor(page.after));
      offset = 0;
    }
  } else if (order.sort === 'score') {
    // Unscored calls last in both directions (SQLite and Postgres disagree on where NULLs sort).
    orderBy = `(${score}) IS NULL, ${score} ${desc}, c.call_id ${desc}`;
  } else {
    orderBy = `c.agent_id ${desc}, c.date DESC, c.started_at DESC, c.call_id DESC`;
  }
  const pageFilter = pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : '';
  const ids = await sql.all<{ callId: string }>(
    `SELECT c.call_id AS "callId" FROM calls c ${pageFilter} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
    [...pageArgs, page.pageSize + 1, offset],
  );
  const more = ids.length > page.pageSize;
  const pageIds = ids.slice(0, page.pageSize).map((r) => r.callId);
  const items = await itemsOf(sql, pageIds, nowIso, rule);
  const last = items[items.length - 1];
  return { total, totalExact, items, nextCursor: order.sort === 'date' && more && last ? encodeCursor(last) : null };
}

interface RawRow {
  callId: string;
  date: string;
  startedAt: string;
  durationS: number | null;
  status: CallStatus;
  sampled: number;
  agentId: string;
  agentName: string | null;
  team: string | null;
  queue: string | null;
  score: number | null;
  autoFailed: number | null;
  scorecardVersion: string | null;
  customerEnd: number | string | null;
  evaluated: number;
  claimed: number;
  openDisputes: number;
}

/** The page's rows with their score, sentiment, failed checks and review state, in the given order. */
async function itemsOf(sql: Sql, callIds: string[], nowIso: string, rule: OfficialScoreRule): Promise<CallSearchItem[]> {
  if (callIds.length === 0) return [];
  const official = officialScoreSql('s', rule);
  const inList = placeholders(callIds.length);
  const rows = await sql.all<RawRow>(
    `SELECT c.call_id AS "callId", c.date, c.started_at AS "startedAt", c.duration_s AS "durationS", c.status,
            c.sampled, c.agent_id AS "agentId", a.name AS "agentName", a.team, c.queue,
            ${official.score} AS score, ${official.autoFailed} AS "autoFailed", s.scorecard_version AS "scorecardVersion",
            ${customerEndSql(sql, 'c.call_id')} AS "customerEnd",
            CASE WHEN ${evaluatedSql('c.call_id')} THEN 1 ELSE 0 END AS evaluated,
            CASE WHEN ${liveClaimSql('c.call_id')} THEN 1 ELSE 0 END AS claimed,
            (SELECT COUNT(*) FROM disputes d WHERE d.call_id = c.call_id AND d.status = 'open') AS "openDisputes"
     FROM calls c
     LEFT JOIN agents a ON a.agent_id = c.agent_id
     LEFT JOIN scores s ON s.call_id = c.call_id AND s.scorecard_version = ${currentScoreColumn('c.call_id', 'scorecard_version')}
     ${official.join}
     WHERE c.call_id IN (${inList})`,
    [nowIso, ...callIds],
  );
  // Each page call's current version is looked up once, then its check results read by (call,
  // version) — not the version once per stored check row (issue 15: a quarter off this read).
  const failed = await sql.all<{ callId: string; checkId: string }>(
    `SELECT cr.call_id AS "callId", cr.check_id AS "checkId"
     FROM (SELECT c.call_id, ${currentScoreColumn('c.call_id', 'scorecard_version')} AS version FROM calls c WHERE c.call_id IN (${inList})) cur
     JOIN check_results cr ON cr.call_id = cur.call_id AND cr.scorecard_version = cur.version
     WHERE ${effectiveOutcome('cr')} = 'fail'
     ORDER BY cr.call_id, cr.check_id`,
    callIds,
  );
  const failedByCall = new Map<string, string[]>();
  for (const r of failed) failedByCall.set(r.callId, [...(failedByCall.get(r.callId) ?? []), r.checkId]);
  const byId = new Map(rows.map((r) => [r.callId, r]));
  return callIds.map((id) => {
    const r = byId.get(id)!;
    return {
      callId: r.callId, date: r.date, startedAt: r.startedAt, durationS: r.durationS, status: r.status, sampled: Number(r.sampled) === 1,
      agentId: r.agentId, agentName: r.agentName, team: r.team, queue: r.queue,
      score: r.score === null ? null : Number(r.score),
      autoFailed: r.autoFailed === null ? null : Number(r.autoFailed) === 1,
      scorecardVersion: r.scorecardVersion,
      customerEnd: r.customerEnd === null ? null : Number(r.customerEnd),
      failedChecks: failedByCall.get(id) ?? [],
      reviewStatus: Number(r.evaluated) === 1 ? 'evaluated' : Number(r.claimed) === 1 ? 'claimed' : 'unreviewed',
      openDisputes: Number(r.openDisputes),
    };
  });
}
