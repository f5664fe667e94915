/** `GET /calls/{callId}` (everything the call page shows); the list `GET /calls` is in calls-list.ts. */
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../errors.ts';
import { callDetail } from '../queries/call-detail.ts';
import { bearer, errorResponses, jsonContent, resourceRouter } from './common.ts';
import { CallDetail } from './schemas.ts';
import { officialRule } from './evaluations.ts';
import { OfficialScore } from './review-schemas.ts';
import { officialScore } from '../../pipeline/review/index.ts';

const CallIdParam = z.object({ callId: z.string().min(1).openapi({ param: { name: 'callId', in: 'path' }, example: 'c-0001' }) });

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
  app.openapi(detail, async (c) => {
    const { callId } = c.req.valid('param');
    const deps = c.get('deps');
    const found = await callDetail(deps.sql, callId);
    if (!found) throw notFound(`call ${callId}`);
    const official = await officialScore(deps.sql, callId, officialRule(deps));
    return c.json({ ...found, official, audioUrl: `/api/v1/calls/${encodeURIComponent(callId)}/audio` }, 200);
  });
  return app;
}
