/**
 * Corrections of automatic check results: `POST /calls/{callId}/corrections` overrides one
 * check (with a reason) and recomputes the score; `GET` lists the call's audit trail.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { listAudit } from '../queries/audit.ts';
import { correctCheck } from '../services/corrections.ts';
import { bearer, errorResponses, jsonContent, resourceRouter } from './common.ts';
import { CallScore, CheckView, Outcome } from './schemas.ts';

const Params = z.object({ callId: z.string().min(1).openapi({ param: { name: 'callId', in: 'path' } }) });
export const CorrectionBody = z
  .object({
    checkId: z.string().min(1),
    outcome: Outcome,
    reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(2000, 'at most 2000 characters'),
  })
  .openapi('NewCorrection');

export const AuditEntry = z
  .object({
    id: z.number().int(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    createdAt: z.string(),
  })
  .openapi('AuditEntry');

const list = createRoute({
  method: 'get', path: '/calls/{callId}/corrections', tags: ['corrections'], summary: "The call's audit trail (corrections, score changes, notes), newest first", security: bearer,
  request: { params: Params },
  responses: { 200: jsonContent(z.object({ items: z.array(AuditEntry) }), 'Audit entries'), ...errorResponses },
});

const add = createRoute({
  method: 'post', path: '/calls/{callId}/corrections', tags: ['corrections'],
  summary: 'Override one check result with a reason; the score is recomputed, the automatic result kept, both changes audited',
  security: bearer,
  request: { params: Params, body: { required: true, content: { 'application/json': { schema: CorrectionBody } } } },
  responses: {
    201: jsonContent(z.object({ score: CallScore, check: CheckView }), 'The recomputed score and the corrected check'),
    409: jsonContent(z.object({ error: z.string(), message: z.string() }), 'The call has no score to correct'),
    ...errorResponses,
  },
});

export function correctionRoutes() {
  const app = resourceRouter();
  app.openapi(list, async (c) => c.json({ items: await listAudit(c.get('deps').sql, { callId: c.req.valid('param').callId, limit: 500 }) }, 200));
  app.openapi(add, async (c) => {
    const { callId } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(await correctCheck(c.get('deps').sql, { callId, ...body, author: c.get('user').name }), 201);
  });
  return app;
}
