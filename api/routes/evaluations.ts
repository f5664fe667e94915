/**
 * Human evaluations of a call: `GET /calls/{callId}/evaluations` (the scorecard to fill in, the
 * call's evaluations, its official score) and `POST` (save the analyst's evaluation: created,
 * or updated when they already evaluated the call; audited; ends their review-queue claim).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { callScorecard, listEvaluations, officialScore, ReviewInputError, saveEvaluation } from '../../pipeline/review/index.ts';
import type { AppDeps } from '../context.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { bearer, errorResponses, jsonContent, resourceRouter } from './common.ts';
import { CallScorecard, Evaluation, NewEvaluation, OfficialScore } from './review-schemas.ts';

const Params = z.object({ callId: z.string().min(1).openapi({ param: { name: 'callId', in: 'path' } }) });

const list = createRoute({
  method: 'get', path: '/calls/{callId}/evaluations', tags: ['evaluations'], security: bearer,
  summary: "The call's scorecard for a human evaluation, its evaluations (newest first) and its official score",
  request: { params: Params },
  responses: {
    200: jsonContent(z.object({ scorecard: CallScorecard.nullable(), official: OfficialScore.nullable(), items: z.array(Evaluation) }), 'Evaluations'),
    ...errorResponses,
  },
});

const save = createRoute({
  method: 'post', path: '/calls/{callId}/evaluations', tags: ['evaluations'], security: bearer,
  summary: "Save the analyst's evaluation (every check pass / fail / n.a.); scored by the scorecard's scoring, audited",
  request: { params: Params, body: { required: true, content: { 'application/json': { schema: NewEvaluation } } } },
  responses: {
    200: jsonContent(z.object({ evaluation: Evaluation, official: OfficialScore.nullable() }), 'The evaluation, updated'),
    201: jsonContent(z.object({ evaluation: Evaluation, official: OfficialScore.nullable() }), 'The evaluation, created'),
    409: jsonContent(z.object({ error: z.string(), message: z.string() }), 'The call has no score, or the session is closed'),
    ...errorResponses,
  },
});

/** The configured official-score rule. */
export const officialRule = (deps: AppDeps) => deps.officialScore ?? 'automatic';

/** A review function's refusal as the API's error. */
export function apiErrorOf(err: unknown): unknown {
  if (!(err instanceof ReviewInputError)) return err;
  if (err.status === 400) return badRequest(err.field ?? 'body', err.message);
  if (err.status === 404) return notFound(err.message.replace(/ not found$/, ''));
  return conflict(err.message);
}

export async function saveAs(deps: AppDeps, callId: string, evaluator: string, body: z.infer<typeof NewEvaluation>) {
  const sql = deps.sql;
  try {
    const saved = await saveEvaluation(sql, { callId, evaluator, ...body }, { officialRule: officialRule(deps) });
    return { ...saved, official: await officialScore(sql, callId, officialRule(deps)) };
  } catch (err) {
    throw apiErrorOf(err);
  }
}

export function evaluationRoutes() {
  const app = resourceRouter();
  app.openapi(list, async (c) => {
    const { callId } = c.req.valid('param');
    const deps = c.get('deps');
    const sql = deps.sql;
    const call = await sql.get('SELECT 1 AS one FROM calls WHERE call_id = ?', [callId]);
    if (!call) throw notFound(`call ${callId}`);
    const [scorecard, official, items] = [await callScorecard(sql, callId), await officialScore(sql, callId, officialRule(deps)), await listEvaluations(sql, callId)];
    return c.json({ scorecard, official, items }, 200);
  });
  app.openapi(save, async (c) => {
    const { callId } = c.req.valid('param');
    const { evaluation, created, official } = await saveAs(c.get('deps'), callId, c.get('user').name, c.req.valid('json'));
    return created ? c.json({ evaluation, official }, 201) : c.json({ evaluation, official }, 200);
  });
  return app;
}

