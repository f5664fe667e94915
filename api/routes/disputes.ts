/**
 * Disputes of automatic check results: a coach (for a call of their team) opens one with a
 * reason and the outcome they ask for; a QA analyst accepts it (a correction: the score is
 * recomputed) or rejects it with a reason. Both sides read the status and history.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { decideDispute, getDispute, listDisputes, openDispute } from '../../pipeline/review/index.ts';
import { visibleTeams } from '../auth/guard.ts';
import type { AppDeps, User } from '../context.ts';
import { notFound } from '../errors.ts';
import { bearer, errorResponses, jsonContent, resourceRouter } from './common.ts';
import { apiErrorOf } from './evaluations.ts';
import { Outcome } from './schemas.ts';

const Reason = z.string().trim().min(3, 'say why (at least 3 characters)').max(2000, 'at most 2000 characters');

export const DisputeBody = z.object({ checkId: z.string().min(1), requestedOutcome: Outcome, reason: Reason }).openapi('NewDispute');
export const DecisionBody = z.object({ reason: Reason }).openapi('DisputeDecision');

const DisputeEvent = z.object({ actor: z.string(), action: z.enum(['opened', 'commented', 'accepted', 'rejected']), body: z.string().nullable(), createdAt: z.string() });
export const Dispute = z
  .object({
    id: z.number().int(),
    callId: z.string(),
    agentId: z.string().nullable(),
    team: z.string().nullable(),
    scorecardVersion: z.string(),
    checkId: z.string(),
    openedBy: z.string(),
    reason: z.string(),
    requestedOutcome: Outcome,
    status: z.enum(['open', 'accepted', 'rejected']),
    decidedBy: z.string().nullable(),
    decisionReason: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    events: z.array(DisputeEvent).openapi({ description: 'History, oldest first' }),
  })
  .openapi('Dispute');

const CallParams = z.object({ callId: z.string().min(1).openapi({ param: { name: 'callId', in: 'path' } }) });
const IdParams = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });
const List = z.object({ items: z.array(Dispute) });
const Decided = z.object({
  dispute: Dispute,
  correction: z.object({
    scorecardVersion: z.string(),
    before: z.object({ score: z.number(), autoFailed: z.boolean() }),
    after: z.object({ score: z.number(), autoFailed: z.boolean(), autoFailReasons: z.array(z.string()) }),
  }).nullable(),
});

const ofCall = createRoute({
  method: 'get', path: '/calls/{callId}/disputes', tags: ['disputes'], security: bearer, summary: "The call's disputes with their history",
  request: { params: CallParams }, responses: { 200: jsonContent(List, 'Disputes'), ...errorResponses },
});
const open = createRoute({
  method: 'post', path: '/calls/{callId}/disputes', tags: ['disputes'], security: bearer,
  summary: 'Dispute one automatic check result of the call (a coach, for their team)',
  request: { params: CallParams, body: { required: true, content: { 'application/json': { schema: DisputeBody } } } },
  responses: { 201: jsonContent(Dispute, 'Opened'), 409: jsonContent(z.object({ error: z.string(), message: z.string() }), 'Already disputed, or no score'), ...errorResponses },
});
const list = createRoute({
  method: 'get', path: '/disputes', tags: ['disputes'], security: bearer, summary: 'Disputes (a coach: their teams only), open ones oldest first',
  request: { query: z.object({ status: z.enum(['open', 'accepted', 'rejected']).optional() }) },
  responses: { 200: jsonContent(List, 'Disputes'), ...errorResponses },
});
const decide = (decision: 'accept' | 'reject') => createRoute({
  method: 'post', path: `/disputes/{id}/${decision}`, tags: ['disputes'], security: bearer,
  summary: decision === 'accept' ? 'Accept: the dispute becomes a correction and the score is recomputed' : 'Reject, with a reason',
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: DecisionBody } } } },
  responses: { 200: jsonContent(Decided, 'Decided'), 409: jsonContent(z.object({ error: z.string(), message: z.string() }), 'Already decided, or the call was rescored'), ...errorResponses },
});

/** The review function's refusals (ReviewInputError) as API errors. */
async function orApiError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw apiErrorOf(err);
  }
}

export const openDisputeAs = (deps: AppDeps, user: User, callId: string, body: z.infer<typeof DisputeBody>) =>
  orApiError(openDispute(deps.sql, { callId, ...body, openedBy: user.name }));

export const decideDisputeAs = (deps: AppDeps, user: User, id: number, decision: 'accept' | 'reject', reason: string) =>
  orApiError(decideDispute(deps.sql, id, { decision, analyst: user.name, reason }));

export function disputeRoutes() {
  const app = resourceRouter();
  app.openapi(ofCall, async (c) => c.json({ items: await listDisputes(c.get('deps').sql, { callId: c.req.valid('param').callId }) }, 200));
  app.openapi(open, async (c) => c.json(await openDisputeAs(c.get('deps'), c.get('user'), c.req.valid('param').callId, c.req.valid('json')), 201));
  app.openapi(list, async (c) => {
    const { status } = c.req.valid('query');
    return c.json({ items: await listDisputes(c.get('deps').sql, { status, teams: visibleTeams(c.get('user')) }) }, 200);
  });
  for (const decision of ['accept', 'reject'] as const) {
    app.openapi(decide(decision), async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getDispute(c.get('deps').sql, id))) throw notFound(`dispute ${id}`);
      return c.json(await decideDisputeAs(c.get('deps'), c.get('user'), id, decision, c.req.valid('json').reason), 200);
    });
  }
  return app;
}
