/**
 * The review queue: `GET /review-queue` (calls that need human eyes, with reasons and ageing),
 * `POST /review-queue/{callId}/claim` (atomic: a second analyst gets 409 naming the holder) and
 * `POST /review-queue/{callId}/release`. Analysts (qa) and admins only.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { claimCall, QUEUE_DEFAULTS, QUEUE_REASONS, releaseClaim, reviewQueue, type QueueSettings } from '../../pipeline/review/index.ts';
import type { AppDeps } from '../context.ts';
import { ApiError, conflict } from '../errors.ts';
import { bearer, errorResponses, jsonContent, QueryBool, resourceRouter } from './common.ts';

/** The configured queue settings, defaults filled in. */
export const queueSettings = (deps: AppDeps): QueueSettings => ({ ...QUEUE_DEFAULTS, ...deps.reviewQueue });

const Reason = z.enum(QUEUE_REASONS as [string, ...string[]]);
const Claim = z.object({ by: z.string(), claimedAt: z.string(), expiresAt: z.string() }).openapi('ReviewClaim');

export const QueueItem = z
  .object({
    callId: z.string(),
    date: z.string(),
    agentId: z.string(),
    agentName: z.string().nullable(),
    team: z.string().nullable(),
    score: z.number(),
    scorecardVersion: z.string(),
    reasons: z.array(Reason).openapi({ description: 'Why it is on the queue, most urgent first' }),
    lowConfidenceChecks: z.array(z.string()),
    waitingSince: z.string().openapi({ description: 'Since its oldest open dispute, else since the call was scored' }),
    waitedS: z.number().openapi({ description: 'Seconds waited so far' }),
    claim: Claim.nullable(),
  })
  .openapi('ReviewQueueItem');

const QueueQuery = z.object({
  includeClaimed: QueryBool.optional().openapi({ description: "Also list calls other analysts hold (default: only unclaimed and one's own)" }),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

const Params = z.object({ callId: z.string().min(1).openapi({ param: { name: 'callId', in: 'path' } }) });

const list = createRoute({
  method: 'get', path: '/review-queue', tags: ['review'], security: bearer,
  summary: 'Calls that most need human eyes, each with its reasons and how long it has waited',
  request: { query: QueueQuery },
  responses: {
    200: jsonContent(z.object({
      window: z.object({ from: z.string(), to: z.string() }).nullable(),
      settings: z.object({ lowConfidenceBelow: z.number(), randomSharePct: z.number(), claimMinutes: z.number(), windowDays: z.number() }),
      total: z.number().int(),
      items: z.array(QueueItem),
    }), 'The queue'),
    ...errorResponses,
  },
});

const claim = createRoute({
  method: 'post', path: '/review-queue/{callId}/claim', tags: ['review'], security: bearer,
  summary: 'Claim a call for review (or renew one’s own claim); lapses after review.queue.claimMinutes',
  description: 'Send `Content-Type: application/json` (the body may be `{}`): a POST without one counts as a form post and the CSRF check refuses it.',
  request: { params: Params },
  responses: {
    201: jsonContent(z.object({ callId: z.string(), by: z.string(), claimedAt: z.string(), expiresAt: z.string(), reasons: z.array(Reason) }), 'Claimed'),
    409: jsonContent(z.object({ error: z.string(), message: z.string(), holder: Claim.optional() }), 'Another analyst holds it, or the call has no score'),
    ...errorResponses,
  },
});

const release = createRoute({
  method: 'post', path: '/review-queue/{callId}/release', tags: ['review'], security: bearer,
  summary: 'Give a claimed call back to the queue',
  description: 'Send `Content-Type: application/json` (the body may be `{}`), as for the claim.',
  request: { params: Params },
  responses: { 200: jsonContent(z.object({ released: z.literal(true) }), 'Released'), ...errorResponses },
});

/** Claims the call for the analyst; the error to answer when someone else holds it or it has no score. */
export async function claimFor(deps: AppDeps, callId: string, analyst: string) {
  const sql = deps.sql;
  const settings = queueSettings(deps);
  const scored = await sql.get('SELECT 1 AS one FROM scores WHERE call_id = ? LIMIT 1', [callId]);
  if (!scored) throw conflict(`call ${callId} has no score yet, so there is nothing to review`);
  const onQueue = (await reviewQueue(sql, settings, { callIds: [callId], includeClaimed: true })).items[0];
  const reasons = onQueue?.reasons ?? [];
  const out = await claimCall(sql, { callId, analyst, reasons, claimMinutes: settings.claimMinutes });
  if (!out.ok) {
    const err = conflict(`call ${callId} is claimed by ${out.holder.by} until ${out.holder.expiresAt}`);
    return { ok: false as const, error: err, holder: out.holder };
  }
  return { ok: true as const, claim: { ...out.claim, reasons } };
}

export function reviewQueueRoutes() {
  const app = resourceRouter();
  app.openapi(list, async (c) => {
    const deps = c.get('deps');
    const q = c.req.valid('query');
    const settings = queueSettings(deps);
    const queue = await reviewQueue(deps.sql, settings, { analyst: c.get('user').name, includeClaimed: q.includeClaimed });
    return c.json({ window: queue.window, settings, total: queue.items.length, items: queue.items.slice(0, q.limit) }, 200);
  });
  app.openapi(claim, async (c) => {
    const { callId } = c.req.valid('param');
    const out = await claimFor(c.get('deps'), callId, c.get('user').name);
    if (!out.ok) return c.json({ error: out.error.code, message: out.error.message, holder: out.holder }, 409);
    return c.json(out.claim, 201);
  });
  app.openapi(release, async (c) => {
    const { callId } = c.req.valid('param');
    const analyst = c.get('user').name;
    if (!(await releaseClaim(c.get('deps').sql, callId, analyst))) throw new ApiError(409, 'conflict', `${analyst} holds no live claim on call ${callId}`);
    return c.json({ released: true as const }, 200);
  });
  return app;
}
