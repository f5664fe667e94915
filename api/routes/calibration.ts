/**
 * Calibration: `GET /reports/calibration` (automatic checks vs human evaluations, per check and
 * scorecard version; JSON or XLSX) and calibration sessions (`POST /calibration-sessions`,
 * `GET /calibration-sessions`, `GET /calibration-sessions/{id}` with the analysts' agreement).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { calibrationReport, calibrationXlsx, createSession, listSessions, sessionView } from '../../pipeline/review/index.ts';
import { notFound } from '../errors.ts';
import { apiErrorOf } from './evaluations.ts';
import { bearer, errorResponses, IsoDate, jsonContent, resourceRouter } from './common.ts';
import { CalibrationReport, CalibrationSession, NewSession, SessionView } from './review-schemas.ts';

export const CalibrationQuery = z
  .object({
    scorecardVersion: z.string().min(1).max(200).optional(),
    from: IsoDate.optional().openapi({ description: 'First service date, included' }),
    to: IsoDate.optional().openapi({ description: 'Last service date, included' }),
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${q.from})` });
  });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const report = createRoute({
  method: 'get', path: '/reports/calibration', tags: ['calibration'], security: bearer,
  summary: "Per check and scorecard version: agreement of the automatic result with analysts' evaluations (rate, Cohen's kappa, fail precision/recall with 95% intervals, confusion, disagreeing calls)",
  request: { query: CalibrationQuery },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: CalibrationReport }, [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses,
  },
});

const SessionParams = z.object({ id: z.coerce.number().int().min(1).openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });

const create = createRoute({
  method: 'post', path: '/calibration-sessions', tags: ['calibration'], security: bearer,
  summary: 'Create a calibration session: analysts then evaluate its calls with its sessionId',
  request: { body: { required: true, content: { 'application/json': { schema: NewSession } } } },
  responses: { 201: jsonContent(CalibrationSession, 'The session'), ...errorResponses },
});

const list = createRoute({
  method: 'get', path: '/calibration-sessions', tags: ['calibration'], security: bearer,
  summary: 'Calibration sessions, newest first',
  responses: { 200: jsonContent(z.object({ items: z.array(CalibrationSession) }), 'Sessions'), ...errorResponses },
});

const view = createRoute({
  method: 'get', path: '/calibration-sessions/{id}', tags: ['calibration'], security: bearer,
  summary: "A session with agreement between analysts (Fleiss' kappa per check and overall) and each analyst's agreement with the majority answer",
  request: { params: SessionParams },
  responses: { 200: jsonContent(SessionView, 'The session'), ...errorResponses },
});

export function calibrationRoutes() {
  const app = resourceRouter();
  app.openapi(report, async (c) => {
    const { format, ...filters } = c.req.valid('query');
    const r = await calibrationReport(c.get('deps').sql, filters);
    if (format === 'xlsx') {
      const body = await calibrationXlsx(r);
      return new Response(body as unknown as BodyInit, {
        status: 200,
        headers: { 'Content-Type': XLSX, 'Content-Disposition': 'attachment; filename="callqa-calibration.xlsx"' },
      });
    }
    return c.json(r, 200);
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    try {
      return c.json(await createSession(c.get('deps').sql, { ...body, createdBy: c.get('user').name }), 201);
    } catch (err) {
      throw apiErrorOf(err);
    }
  });
  app.openapi(list, async (c) => c.json({ items: await listSessions(c.get('deps').sql) }, 200));
  app.openapi(view, async (c) => {
    const { id } = c.req.valid('param');
    const found = await sessionView(c.get('deps').sql, id);
    if (!found) throw notFound(`calibration session ${id}`);
    return c.json(found, 200);
  });
  return app;
}
