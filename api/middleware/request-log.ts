/**
 * One structured log line per request (pino, info): method, path, status, duration in ms and
 * the request id that hono's requestId middleware gave it — the id a 5xx body shows, so a
 * user's report finds its line. No query string: it may hold a token or a name.
 */
import type { MiddlewareHandler } from 'hono';
import { elapsedMs, rootLogger } from '../../pipeline/log.ts';

export function logRequests(): MiddlewareHandler {
  return async (c, next) => {
    const startedMs = performance.now();
    // Errors are answered by the app's onError before next() returns, so c.res is the final answer.
    await next();
    rootLogger().info(
      { requestId: c.get('requestId') as string | undefined, method: c.req.method, path: c.req.path, status: c.res.status, durationMs: elapsedMs(startedMs) },
      `${c.req.method} ${c.req.path} ${c.res.status}`,
    );
  };
}
