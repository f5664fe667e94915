/** `GET /calls` (filtered, paginated) and `GET /calls/{callId}` (everything the call page shows). */
import { createRoute, z } from '@hono/zod-openapi';
import { visibleTeams } from '../auth/guard.ts';
import { forbidden, notFound } from '../errors.ts';
import { callDetail } from '../queries/call-detail.ts';
import { listCalls } from '../queries/calls.ts';
import { bearer, errorResponses, IsoDate, jsonContent, PagingQuery, QueryBool, resourceRouter } from './common.ts';
import { CallDetail, CallList, CallStatus } from './schemas.ts';
import { officialRule } from './evaluations.ts';
import { OfficialScore } from './review-schemas.ts';
import { sqlOf } from '../../pipeline/db/index.ts';
import { officialScore } from '../../pipeline/review/index.ts';

const Score = z.coerce.number().min(0).max(100);
const Sentiment = z.coerce.number().min(-1).max(1);

export const CallListQuery = z
  .object({
    from: IsoDate.optional().openapi({ description: 'First service date, included' }),
    to: IsoDate.optional().openapi({ description: 'Last service date, included' }),
    agentId: z.string().min(1).optional(),
    team: z.string().min(1).optional(),
    scoreMin: Score.optional().openapi({ description: 'Lowest current score, 0–100' }),
    scoreMax: Score.optional().openapi({ description: 'Highest current score, 0–100' }),
    failedCheck: z.string().min(1).optional().openapi({ description: 'Only calls failing this check id (after corrections)' }),
    customerEndMin: Sentiment.optional().openapi({ description: "Lowest customer sentiment at the end, −1..1" }),
    customerEndMax: Sentiment.optional().openapi({ description: "Highest customer sentiment at the end, −1..1" }),
    status: CallStatus.optional(),
    sampled: QueryBool.optional(),
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
  });

const CallIdParam = z.object({ callId: z.string().min(1).openapi({ param: { name: 'callId', in: 'path' }, example: 'c-0001' }) });

const list = createRoute({
  method: 'get',
  path: '/calls',
  tags: ['calls'],
  summary: 'Calls, newest first, filtered; a coach sees only their teams',
  security: bearer,
  request: { query: CallListQuery },
  responses: { 200: jsonContent(CallList, 'A page of calls'), ...errorResponses },
});

const detail = createRoute({
  method: 'get',
  path: '/calls/{callId}',
  tags: ['calls'],
  summary: 'A call: metadata, transcript, checks with evidence, sentiment timeline',
  security: bearer,
  request: { params: CallIdParam },
  responses: { 200: jsonContent(CallDetail.extend({ official: OfficialScore.nullable().openapi({ description: 'The official score under config review.officialScore' }) }), 'The call'), ...errorResponses },
});

export function callRoutes() {
  const app = resourceRouter();
  app.openapi(list, (c) => {
    const q = c.req.valid('query');
    const user = c.get('user');
    const teams = visibleTeams(user);
    if (teams && q.team && !teams.includes(q.team)) throw forbidden(`team ${q.team} is not one of your teams (${teams.join(', ')})`);
    const { page, pageSize, ...filters } = q;
    const result = listCalls(c.get('deps').db, { ...filters, teams }, { page, pageSize });
    return c.json({ total: result.total, page, pageSize, items: result.items }, 200);
  });
  app.openapi(detail, async (c) => {
    const { callId } = c.req.valid('param');
    const deps = c.get('deps');
    const found = callDetail(deps.db, callId);
    if (!found) throw notFound(`call ${callId}`);
    const official = await officialScore(sqlOf(deps.db), callId, officialRule(deps));
    return c.json({ ...found, official, audioUrl: `/api/v1/calls/${encodeURIComponent(callId)}/audio` }, 200);
  });
  return app;
}
