/** `GET /me`: who the token belongs to, with role and teams (the pages use it too). */
import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '../context.ts';
import { bearer, errorResponses, jsonContent, resourceRouter } from './common.ts';

const route = createRoute({
  method: 'get', path: '/me', tags: ['auth'], security: bearer, summary: 'The signed-in user',
  responses: {
    200: jsonContent(z.object({ name: z.string(), role: z.enum(ROLES as unknown as ['admin', 'qa', 'coach', 'hr']), teams: z.array(z.string()) }).openapi('Me'), 'The user'),
    ...errorResponses,
  },
});

export function meRoutes() {
  const app = resourceRouter();
  app.openapi(route, (c) => {
    const { name, role, teams } = c.get('user');
    return c.json({ name, role, teams }, 200);
  });
  return app;
}
