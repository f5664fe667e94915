/** `GET /scorecards`: the scorecard versions that scored calls, with their checks and weights. */
import { createRoute, z } from '@hono/zod-openapi';
import { listScorecardVersions } from '../queries/scorecards.ts';
import { bearer, errorResponses, jsonContent, resourceRouter } from './common.ts';

const Version = z
  .object({
    scorecardId: z.string(),
    scorecardVersion: z.string().openapi({ description: 'Content hash of the scorecard file' }),
    scoredCalls: z.number().int(),
    firstScoredAt: z.string(),
    lastScoredAt: z.string(),
    checks: z.array(z.object({ checkId: z.string(), section: z.string(), label: z.string(), weight: z.number(), critical: z.boolean() })),
  })
  .openapi('ScorecardVersion');

const route = createRoute({
  method: 'get', path: '/scorecards', tags: ['scorecards'], security: bearer,
  summary: 'Scorecard versions in the store, newest first, with their checks',
  responses: { 200: jsonContent(z.object({ items: z.array(Version) }), 'Scorecard versions'), ...errorResponses },
});

export function scorecardRoutes() {
  const app = resourceRouter();
  app.openapi(route, async (c) => c.json({ items: await listScorecardVersions(c.get('deps').sql) }, 200));
  return app;
}
