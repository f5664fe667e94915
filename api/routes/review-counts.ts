/**
 * `GET /reports/review-counts?from=&to=`: the human review work on a period's calls as counts
 * only (api/queries/review-counts.ts) — the one review figure HR may read.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { reviewCounts } from '../queries/review-counts.ts';
import { bearer, errorResponses, IsoDate, jsonContent, resourceRouter } from './common.ts';

const Query = z
  .object({
    from: IsoDate.openapi({ description: 'First service date, YYYY-MM-DD' }),
    to: IsoDate.openapi({ description: 'Last service date, YYYY-MM-DD (included)' }),
  })
  .superRefine((q, ctx) => {
    if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${q.from})` });
  });

const Count = z.number().int().min(0);
export const ReviewCountsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    evaluations: z.object({ done: Count.openapi({ description: 'Ordinary (non-calibration) evaluations of the period’s calls' }), calls: Count.openapi({ description: 'Calls they cover' }) }),
    calibration: z.object({ sessions: Count.openapi({ description: 'Calibration sessions that evaluated a call of the period' }), evaluations: Count }),
    disputes: z.object({ opened: Count, open: Count, accepted: Count, rejected: Count }).openapi({ description: 'Disputes on the period’s calls by their status now' }),
    surveys: z.object({ imported: Count.openapi({ description: 'Survey rows imported for the period’s calls' }) }),
  })
  .openapi('ReviewCounts');

const route = createRoute({
  method: 'get', path: '/reports/review-counts', tags: ['reports'], security: bearer,
  summary: 'Human review work on the calls of service dates [from, to], as counts only (evaluations, calibration sessions, disputes by status, surveys)',
  request: { query: Query },
  responses: { 200: jsonContent(ReviewCountsSchema, 'The counts'), ...errorResponses },
});

export function reviewCountsRoutes() {
  const app = resourceRouter();
  app.openapi(route, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await reviewCounts(c.get('deps').sql, from, to), 200);
  });
  return app;
}
