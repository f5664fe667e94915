/** `GET /audit`: the audit log, newest first (admin and QA). */
import { createRoute, z } from '@hono/zod-openapi';
import { listAudit } from '../queries/audit.ts';
import { bearer, errorResponses, jsonContent, resourceRouter } from './common.ts';
import { AuditEntry } from './corrections.ts';

const route = createRoute({
  method: 'get', path: '/audit', tags: ['audit'], summary: 'Every change people made through the API', security: bearer,
  request: {
    query: z.object({
      callId: z.string().min(1).optional(),
      actor: z.string().min(1).optional(),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
    }),
  },
  responses: { 200: jsonContent(z.object({ items: z.array(AuditEntry) }), 'Audit entries'), ...errorResponses },
});

export function auditRoutes() {
  const app = resourceRouter();
  app.openapi(route, async (c) => c.json({ items: await listAudit(c.get('deps').sql, c.req.valid('query')) }, 200));
  return app;
}
