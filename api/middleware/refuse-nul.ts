/**
 * Refuses a request that carries a NUL character (U+0000) in its path, query or body with 400.
 * No callqa value contains one, and Postgres cannot hold one in text (it fails the query, which
 * would surface as a 500), so the store never sees one, whichever dialect it is. Runs after the
 * body limit, so a body read here is at most 1 MiB (CSV uploads, which have their own cap, are
 * left to the CSV reader).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { badRequest, errorBody } from '../errors.ts';
import type { PageRefusal } from '../auth/guard.ts';

/** A percent-encoded NUL (`%00`) in a URL; a raw NUL cannot appear in one. */
const ENCODED_NUL = /%00/i;

export function refuseNul(pageRefusal: PageRefusal, apiPrefix: string): MiddlewareHandler<AppEnv> {
  return async (c: Context<AppEnv>, next) => {
    const where = await nulIn(c);
    if (!where) return next();
    const err = badRequest(where, 'must not contain a NUL character (U+0000)');
    return c.req.path.startsWith(apiPrefix) ? c.json(errorBody(err), 400) : pageRefusal(c, err);
  };
}

/** Where the request carries a NUL (`path`, `query`, `json`, `form`), or null. */
async function nulIn(c: Context<AppEnv>): Promise<string | null> {
  const bodyless = c.req.method === 'GET' || c.req.method === 'HEAD';
  // Nearly every URL holds no %00 at all: parsing it (to tell path from query) only then keeps
  // a URL parse off every read. A raw NUL would become %00 in the parsed path, so it counts too.
  const raw = c.req.url;
  if (ENCODED_NUL.test(raw) || raw.includes('\0')) {
    const url = new URL(raw);
    if (ENCODED_NUL.test(url.pathname)) return 'path';
    if (ENCODED_NUL.test(url.search)) return 'query';
  }
  if (bodyless) return null;
  const type = c.req.header('content-type') ?? '';
  if (!/json|x-www-form-urlencoded|text\//i.test(type)) return null;
  // CSV uploads (surveys) are not read here: their route caps their size after sign-in, and the
  // CSV reader refuses a row holding a NUL with its line number (pipeline/ingest/csv.ts).
  if (/text\/csv/i.test(type)) return null;
  // A copy: the route's own body parser reads the original afterwards.
  const text = await c.req.raw.clone().text();
  if (/json/i.test(type)) return text.includes('\0') || /\\u0000/i.test(text) ? 'json' : null;
  return text.includes('\0') || ENCODED_NUL.test(text) ? 'form' : null;
}
