/**
 * `GET /calls`: the calls search (pipeline/review searchCalls) — filters, sort, pages; a coach
 * sees only their teams. Today's parameters keep working; the review filters are new.
 *
 * Paging at a million calls: `cursor` (the previous page's `nextCursor`; `after` is its older
 * name) reads the next page from the date index wherever it is, while `page=N` skips N−1 pages
 * of rows. The total is counted up to TOTAL_COUNT_CAP matches (`totalExact: false` past it,
 * `total` then being the cap), unless the client asks for `exactTotal=true`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { visibleTeams } from '../auth/guard.ts';
import { badRequest, forbidden } from '../errors.ts';
import type { Sql } from '../../pipeline/db/index.ts';
import type { OfficialScoreRule } from '../../pipeline/rank/index.ts';
import { listCalls } from '../queries/calls.ts';
import { bearer, errorResponses, IsoDate, jsonContent, PagingQuery, QueryBool, resourceRouter } from './common.ts';
import { CallListItem, CallStatus } from './schemas.ts';

/**
 * Matches counted before the total becomes "at least this many". Counting reads every matching
 * call, and a score or check filter costs a lookup per call read: at a million calls, a week's
 * scores ≤ 60 counted to 10,000 took 0.3–1 s on SQLite (two loaded cores), to 1,000 16–80 ms
 * (scripts/bench/api.ts). Past 20 pages of 50 an analyst narrows the filters instead.
 */
export const TOTAL_COUNT_CAP = 1_000;

const Score = z.coerce.number().min(0).max(100);
const Sentiment = z.coerce.number().min(-1).max(1);

export const CallListQuery = z
  .object({
    from: IsoDate.optional().openapi({ description: 'First service date, included' }),
    to: IsoDate.optional().openapi({ description: 'Last service date, included' }),
    agentId: z.string().min(1).optional(),
    team: z.string().min(1).optional(),
    queue: z.string().min(1).optional().openapi({ description: "The call's queue (skill group) from the manifest" }),
    scorecardVersion: z.string().min(1).optional().openapi({ description: 'Only calls whose current score is under this scorecard version' }),
    scoreMin: Score.optional().openapi({ description: 'Lowest current score, 0–100' }),
    scoreMax: Score.optional().openapi({ description: 'Highest current score, 0–100' }),
    failedCheck: z.string().min(1).optional().openapi({ description: 'Only calls failing this check id (after corrections)' }),
    autoFailed: QueryBool.optional().openapi({ description: 'Only calls whose current score is (or is not) auto-failed by a critical check' }),
    customerEnding: z.enum(['neg', 'neu', 'pos']).optional()
      .openapi({ description: "Customer's ending sentiment: neg below −0.2, neu −0.2..0.2, pos above 0.2" }),
    customerEndMin: Sentiment.optional().openapi({ description: 'Lowest customer sentiment at the end, −1..1' }),
    customerEndMax: Sentiment.optional().openapi({ description: 'Highest customer sentiment at the end, −1..1' }),
    status: CallStatus.optional(),
    sampled: QueryBool.optional(),
    reviewStatus: z.enum(['unreviewed', 'claimed', 'evaluated']).optional()
      .openapi({ description: 'evaluated: an analyst saved an evaluation; claimed: a live claim, no evaluation yet; unreviewed: neither' }),
    disputeStatus: z.enum(['none', 'open', 'accepted', 'rejected']).optional()
      .openapi({ description: 'none: never disputed; else some dispute of the call has this status' }),
    sort: z.enum(['date', 'score', 'agent']).default('date'),
    order: z.enum(['asc', 'desc']).optional().openapi({ description: 'Default: desc for date and score, asc for agent' }),
    cursor: z.string().min(1).optional()
      .openapi({ description: 'Keyset cursor: nextCursor of the previous page (date order only); as fast on page 10,000 as on page 2' }),
    after: z.string().min(1).optional().openapi({ description: 'The older name of cursor' }),
    exactTotal: QueryBool.optional()
      .openapi({ description: `Count every matching call; by default counting stops past ${TOTAL_COUNT_CAP.toLocaleString('en')} (totalExact false)` }),
    ...PagingQuery,
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${q.from})` });
    if (q.scoreMin !== undefined && q.scoreMax !== undefined && q.scoreMin > q.scoreMax) {
      ctx.addIssue({ code: 'custom', path: ['scoreMax'], message: `must not be below scoreMin (${q.scoreMin})` });
    }
    if (q.customerEndMin !== undefined && q.customerEndMax !== undefined && q.customerEndMin > q.customerEndMax) {
      ctx.addIssue({ code: 'custom', path: ['customerEndMax'], message: `must not be below customerEndMin (${q.customerEndMin})` });
    }
    if (q.cursor && q.after && q.cursor !== q.after) ctx.addIssue({ code: 'custom', path: ['after'], message: 'give the cursor once (cursor, or its older name after)' });
    const cursor = q.cursor ?? q.after;
    const name = q.cursor ? 'cursor' : 'after';
    if (cursor && q.sort !== 'date') ctx.addIssue({ code: 'custom', path: [name], message: `a cursor pages the date order only; sort=${q.sort} pages with page=` });
    if (cursor && q.page > 1) ctx.addIssue({ code: 'custom', path: ['page'], message: `give either a cursor (${name}) or a page number, not both` });
  });

export type CallListParams = z.infer<typeof CallListQuery>;

export const CallSearchItem = CallListItem.extend({
  queue: z.string().nullable(),
  reviewStatus: z.enum(['unreviewed', 'claimed', 'evaluated']),
  openDisputes: z.number().int(),
}).openapi('CallSearchItem');

export const CallSearchList = z
  .object({
    total: z.number().int().openapi({ description: `Matching calls; when totalExact is false, at least this many (counting stopped at ${TOTAL_COUNT_CAP.toLocaleString('en')})` }),
    totalExact: z.boolean().openapi({ description: 'Whether total is the exact count; ask with exactTotal=true for an exact count past the cap' }),
    page: z.number().int(),
    pageSize: z.number().int(),
    sort: z.enum(['date', 'score', 'agent']),
    order: z.enum(['asc', 'desc']),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page (date order); null on the last page and in other orders' }),
    items: z.array(CallSearchItem),
  })
  .openapi('CallList');

const list = createRoute({
  method: 'get',
  path: '/calls',
  tags: ['calls'],
  summary: 'Calls search: filtered, sorted, paged (keyset in date order); a coach sees only their teams',
  security: bearer,
  request: { query: CallListQuery },
  responses: { 200: jsonContent(CallSearchList, 'A page of calls'), ...errorResponses },
});

export function callListRoutes() {
  const app = resourceRouter();
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const teams = visibleTeams(c.get('user'));
    if (teams && q.team && !teams.includes(q.team)) throw forbidden(`team ${q.team} is not one of your teams (${teams.join(', ')})`);
    const result = await runSearch(c.get('deps').sql, q, teams, c.get('deps').rankOptions?.officialRule);
    return c.json(result, 200);
  });
  return app;
}

/** The search with the API's parameters (shared with the /calls page); a bad cursor is a 400. */
export async function runSearch(sql: Sql, q: CallListParams, teams: string[] | null, officialRule?: OfficialScoreRule) {
  const { page, pageSize, sort, order, cursor, after: olderName, exactTotal, ...filters } = q;
  const after = cursor ?? olderName;
  const dir = order ?? (sort === 'agent' ? 'asc' : 'desc');
  const countLimit = exactTotal ? undefined : TOTAL_COUNT_CAP;
  const result = await listCalls(sql, { ...filters, teams, officialRule }, { sort, dir }, { page, pageSize, after, countLimit });
  if ('badCursor' in result) throw badRequest(cursor ? 'query.cursor' : 'query.after', result.badCursor);
  return {
    total: result.total, totalExact: result.totalExact, page: after ? 1 : page, pageSize, sort, order: dir, nextCursor: result.nextCursor, items: result.items,
  };
}
