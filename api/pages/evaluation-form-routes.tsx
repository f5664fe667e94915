/**
 * Pages of the human evaluation: `GET /calls/{callId}/evaluation` (the form; `?session=N` to
 * evaluate within a calibration session) and its form post, which goes through the API's zod
 * schema and the same save as `POST /api/v1/calls/{callId}/evaluations`, then redirects back.
 */
import { Hono, type Context } from 'hono';
import { callScorecard, listEvaluations, officialScore } from '../../pipeline/review/index.ts';
import type { AppEnv } from '../context.ts';
import { ApiError, conflict, notFound } from '../errors.ts';
import { officialRule, saveAs } from '../routes/evaluations.ts';
import { NewEvaluation } from '../routes/review-schemas.ts';
import { reviewPage } from './calibration-page-shell.tsx';
import { EvaluationForm, evaluationBodyFromForm } from './evaluation-form-page.tsx';
import { translator } from './i18n.ts';

async function renderForm(c: Context<AppEnv>, callId: string, sessionId: number, extra: { saved?: boolean; error?: string } = {}, status = 200) {
  const deps = c.get('deps');
  const sql = deps.sql;
  const call = await sql.get('SELECT 1 AS one FROM calls WHERE call_id = ?', [callId]);
  if (!call) throw notFound(`call ${callId}`);
  const scorecard = await callScorecard(sql, callId);
  if (!scorecard) throw conflict(`call ${callId} has no score yet, so there is no scorecard to evaluate`);
  const me = c.get('user').name;
  const mine = (await listEvaluations(sql, callId)).find((e) => e.evaluator === me && e.sessionId === sessionId && e.scorecardVersion === scorecard.scorecardVersion) ?? null;
  const official = await officialScore(sql, callId, officialRule(deps));
  const t = translator(c.get('lang'));
  return reviewPage(c, `${t('evaluation')} ${callId}`, <EvaluationForm t={t} callId={callId} scorecard={scorecard} mine={mine} official={official} sessionId={sessionId} {...extra} />, status);
}

const sessionOf = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : 0);

export function evaluationPageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/calls/:callId/evaluation', (c) => renderForm(c, c.req.param('callId'), sessionOf(c.req.query('session')), { saved: c.req.query('saved') === '1' }));
  app.post('/calls/:callId/evaluation', async (c) => {
    const callId = c.req.param('callId');
    const form = await c.req.parseBody();
    const parsed = NewEvaluation.safeParse(evaluationBodyFromForm(form));
    const sessionId = sessionOf(typeof form.sessionId === 'string' ? form.sessionId : undefined);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      return renderForm(c, callId, sessionId, { error: `${i.path.join('.')}: ${i.message}` }, 400);
    }
    try {
      await saveAs(c.get('deps'), callId, c.get('user').name, parsed.data);
    } catch (err) {
      if (err instanceof ApiError && err.status < 500) return renderForm(c, callId, sessionId, { error: err.message }, err.status);
      throw err;
    }
    const session = sessionId ? `&session=${sessionId}` : '';
    return c.redirect(`/calls/${encodeURIComponent(callId)}/evaluation?saved=1${session}`, 303);
  });
  return app;
}
