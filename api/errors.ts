/**
 * Errors the API answers with, as JSON `{ error, message, issues? }`. Anything a caller can
 * get wrong (parameters, body, period text, unknown ids) is a 4xx naming the field; a 5xx
 * means a fault on our side and never echoes internals: its body says "internal error" with
 * the request id that the server log line carries. No reason shows a server file path.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { CallqaError } from '../pipeline/errors.ts';
import { rootLogger } from '../pipeline/log.ts';
import { PeriodError } from '../pipeline/rank/index.ts';
import { withoutServerPaths } from './safe-message.ts';

export interface Issue {
  /** Where the bad value was: `query.page`, `json.reason`, `param.callId`. */
  field: string;
  reason: string;
}

/** An error with an HTTP status and a message fit for the caller. */
export class ApiError extends CallqaError {
  constructor(
    readonly status: ContentfulStatusCode,
    code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message, { code, userFacing: status < 500 });
  }
}

export const badRequest = (field: string, reason: string) =>
  new ApiError(400, 'bad_request', `${field}: ${reason}`, [{ field, reason }]);
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const forbidden = (why: string) => new ApiError(403, 'forbidden', why);
export const conflict = (why: string) => new ApiError(409, 'conflict', why);
/** A capability whose pipeline piece is not installed in this build. */
export const notImplemented = (why: string) => new ApiError(501, 'not_implemented', why);

/** Turns zod issues into `{field, reason}` pairs, `field` prefixed with the request part. */
export function zodIssues(error: ZodError, target: string): Issue[] {
  return error.issues.map((i) => ({
    field: [target, ...i.path.map(String)].join('.'),
    reason: i.message,
  }));
}

/** Body of an error answer (server file paths cut to their last part). */
export function errorBody(err: ApiError) {
  const issues = err.issues?.map((i) => ({ field: i.field, reason: withoutServerPaths(i.reason) }));
  return { error: err.code, message: withoutServerPaths(err.message), ...(issues ? { issues } : {}) };
}

/** The body of every unexpected failure: nothing about it but the id to find it in the log. */
export function internalErrorBody(requestId: string | undefined) {
  return { error: 'internal', message: 'internal error', ...(requestId ? { requestId } : {}) };
}

/**
 * The app's `onError`: known caller errors become 4xx; a domain error that says the
 * input was bad (PeriodError, …) is a 400; everything else is a logged 500 with no details.
 */
export function handleError(err: Error, c: Context): Response {
  const api = toApiError(err);
  if (api) return c.json(errorBody(api), api.status);
  const requestId = c.get('requestId') as string | undefined;
  if (err instanceof HTTPException && err.status < 500) {
    return c.json({ error: 'bad_request', message: withoutServerPaths(err.message || 'request failed') }, err.status as ContentfulStatusCode);
  }
  rootLogger().error({ requestId, method: c.req.method, path: c.req.path, err }, `request ${requestId ?? '-'} failed`);
  return c.json(internalErrorBody(requestId), err instanceof HTTPException ? (err.status as ContentfulStatusCode) : 500);
}

function toApiError(err: Error): ApiError | null {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return new ApiError(400, 'bad_request', describe(zodIssues(err, 'input')), zodIssues(err, 'input'));
  // Errors a pipeline function throws about its input (a bad period text, options out of range).
  if (err instanceof PeriodError) return new ApiError(400, 'bad_request', err.message);
  // Malformed JSON body (the validator parses it before zod sees it).
  if (err instanceof SyntaxError) return new ApiError(400, 'bad_request', `body: ${err.message}`, [{ field: 'body', reason: err.message }]);
  return null;
}

export function describe(issues: Issue[]): string {
  return issues.map((i) => `${i.field}: ${i.reason}`).join('; ');
}
