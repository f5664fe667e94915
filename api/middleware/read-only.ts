/**
 * A server on a read-only store (`callqa serve --read-only`, or a folder it cannot write):
 * reading works; every request that would write — notes, corrections, starting a run —
 * answers 503 with the reason instead of failing inside SQLite. Sign-in and sign-out stay
 * open: their sessions live in memory (auth/sessions.ts keepSessionsInMemory).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { ApiError, errorBody } from '../errors.ts';
import type { PageRefusal } from '../auth/guard.ts';

const SESSION_PATHS = new Set(['/signin', '/signout']);

export function refuseWritesWhenReadOnly(pageRefusal: PageRefusal, apiPrefix: string): MiddlewareHandler<AppEnv> {
  return async (c: Context<AppEnv>, next) => {
    const readOnly = c.get('deps').readOnly;
    if (!readOnly || c.req.method === 'GET' || c.req.method === 'HEAD' || SESSION_PATHS.has(c.req.path)) return next();
    const err = new ApiError(503, 'read_only', `this server's store is read-only (${readOnly.reason}): nothing can be saved`);
    return c.req.path.startsWith(apiPrefix) ? c.json(errorBody(err), 503) : pageRefusal(c, err);
  };
}
