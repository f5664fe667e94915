/**
 * The server-rendered pages. Access is decided by the guard from the same role × route
 * table as the API; form posts reuse the API's zod schemas and services, then redirect back.
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { visibleTeams } from '../auth/guard.ts';
import { SESSION_COOKIE } from '../auth/guard.ts';
import { createSession, deleteSession } from '../auth/sessions.ts';
import { apiSettings, type AppDeps } from '../context.ts';
import type { AppEnv } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { centerKpis } from '../../pipeline/kpi/index.ts';
import { agentResults } from '../../pipeline/rank/index.ts';
import { listAudit } from '../queries/audit.ts';
import { reviewCounts } from '../queries/review-counts.ts';
import { ReviewCountsBlock } from './review-counts-block.tsx';
import { callDetail } from '../queries/call-detail.ts';
import { listAgents } from '../queries/agents.ts';
import { addNote, listNotes } from '../queries/notes.ts';
import { userByToken } from '../queries/users.ts';
import { CorrectionBody } from '../routes/corrections.ts';
import { NoteBody } from '../routes/notes.ts';
import { agentDetail, agentsWithStanding } from '../services/agents.ts';
import { correctCheck } from '../services/corrections.ts';
import { resolvePeriod } from '../services/period.ts';
import { AgentPage } from './agent-page.tsx';
import { AgentsPage } from './agents-page.tsx';
import { calibrationPageRoutes } from './calibration-page-routes.tsx';
import { surveysPageRoutes } from './surveys-page-routes.tsx';
import { CallPage } from './call-page.tsx';
import { evaluationPageRoutes } from './evaluation-form-routes.tsx';
import { reviewWorkPageRoutes } from './review-work-routes.tsx';
import { runsPageRoutes } from './runs-page-routes.tsx';
import { listDisputes } from '../../pipeline/review/index.ts';
import { translator } from './i18n.ts';
import { KpisPage } from './kpis-page.tsx';
import { RankingsPage } from './rankings-page.tsx';
import { safeNext } from './safe-next.ts';
import { SignInForm } from './signin.tsx';
import { reviewPage as page } from './calibration-page-shell.tsx';


export function pageRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => c.redirect(c.get('user').role === 'hr' ? '/rankings' : '/agents', 302));

  app.get('/signin', (c) => {
    const t = translator(c.get('lang'));
    return page(c, t('signIn'), <SignInForm t={t} next={safeNext(c.req.query('next'))} />);
  });

  app.post('/signin', async (c) => {
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const next = safeNext(form.next);
    const deps: AppDeps = c.get('deps');
    const user = token ? await userByToken(deps.sql, token) : null;
    const t = translator(c.get('lang'));
    if (!user) return page(c, t('signIn'), <SignInForm t={t} next={next} error={t('badToken')} />, 401);
    const ttlHours = apiSettings(deps).sessionTtlHours;
    // The cookie carries a session id, never the token; the server ends it at expiry or sign-out.
    const session = await createSession(deps.sql, user.id, ttlHours);
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      // Lax: following a link to a call page from mail or chat keeps the user signed in;
      // cross-site form posts are refused by the CSRF check anyway.
      sameSite: 'Lax',
      path: '/',
      maxAge: Math.floor(ttlHours * 3600),
      secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.redirect(next, 303);
  });

  app.post('/signout', async (c) => {
    const sessionId = getCookie(c, SESSION_COOKIE);
    if (sessionId) await deleteSession(c.get('deps').sql, sessionId);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/signin', 303);
  });

  app.get('/agents', async (c) => {
    const { sql, rankOptions } = c.get('deps');
    const user = c.get('user');
    const period = await resolvePeriod(sql, c.req.query('period') || undefined);
    const rows = await agentsWithStanding(sql, period, visibleTeams(user), {}, rankOptions);
    const t = translator(c.get('lang'));
    return page(c, t('agents'), <AgentsPage t={t} period={period} rows={rows} linkAgents={user.role !== 'hr'} />);
  });

  app.get('/agents/:agentId', async (c) => {
    const { sql, rankOptions } = c.get('deps');
    const period = await resolvePeriod(sql, c.req.query('period') || undefined);
    const d = await agentDetail(sql, c.req.param('agentId'), period, rankOptions);
    if (!d) throw notFound(`agent ${c.req.param('agentId')}`);
    return page(c, d.agent.name, <AgentPage t={translator(c.get('lang'))} d={d} />);
  });

  const renderCall = async (c: Context<AppEnv>, callId: string, error?: string, status = 200) => {
    const sql = c.get('deps').sql;
    const d = await callDetail(sql, callId);
    if (!d) throw notFound(`call ${callId}`);
    const t = translator(c.get('lang'));
    const [audit, disputes, notes] = await Promise.all([listAudit(sql, { callId, limit: 100 }), listDisputes(sql, { callId }), listNotes(sql, callId)]);
    const canDispute = ['coach', 'admin'].includes(c.get('user').role);
    return page(c, `${t('call')} ${callId}`, <CallPage t={t} d={d} notes={notes} audit={audit} error={error} nonce={c.get('secureHeadersNonce')} canEvaluate={['qa', 'admin'].includes(c.get('user').role)} disputes={disputes} canDispute={canDispute} />, status);
  };

  app.get('/calls/:callId', (c) => renderCall(c, c.req.param('callId'), c.req.query('error')));

  app.post('/calls/:callId/notes', async (c) => {
    const callId = c.req.param('callId');
    const parsed = NoteBody.safeParse(await c.req.parseBody());
    if (!parsed.success) return renderCall(c, callId, `body: ${parsed.error.issues[0].message}`, 400);
    await addNote(c.get('deps').sql, callId, c.get('user').name, parsed.data.body);
    return c.redirect(`/calls/${encodeURIComponent(callId)}#notes`, 303);
  });

  app.post('/calls/:callId/corrections', async (c) => {
    const callId = c.req.param('callId');
    const parsed = CorrectionBody.safeParse(await c.req.parseBody());
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      return renderCall(c, callId, `${i.path.join('.')}: ${i.message}`, 400);
    }
    try {
      await correctCheck(c.get('deps').sql, { callId, ...parsed.data, author: c.get('user').name });
    } catch (err) {
      if (err instanceof ApiError && err.status < 500) return renderCall(c, callId, err.message, err.status);
      throw err;
    }
    return c.redirect(`/calls/${encodeURIComponent(callId)}#checks`, 303);
  });

  app.get('/rankings', async (c) => {
    const { sql, rankOptions } = c.get('deps');
    const period = await resolvePeriod(sql, c.req.query('period') || undefined);
    const team = c.req.query('team') || undefined;
    const ranking = await agentResults(sql, period, { team }, rankOptions);
    const teams = [...new Set((await listAgents(sql, null)).map((a) => a.team))];
    const t = translator(c.get('lang'));
    return page(c, t('rankings'), <RankingsPage t={t} period={period} ranking={ranking} team={team} teams={teams} />);
  });

  app.get('/kpis', async (c) => {
    const { sql, rankOptions, kpiTargets } = c.get('deps');
    const period = await resolvePeriod(sql, c.req.query('period') || undefined);
    const t = translator(c.get('lang'));
    const k = await centerKpis(sql, period, kpiTargets, {}, rankOptions);
    const counts = await reviewCounts(sql, period.startDate, period.endDate);
    return page(c, t('kpis'), <><KpisPage t={t} period={period} k={k} /><ReviewCountsBlock t={t} counts={counts} /></>);
  });

  app.route('/', evaluationPageRoutes());
  app.route('/', reviewWorkPageRoutes());
  app.route('/', calibrationPageRoutes());
  app.route('/', runsPageRoutes());
  app.route('/', surveysPageRoutes());

  return app;
}
