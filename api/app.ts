/**
 * The callqa HTTP app: the JSON API under /api/v1 (one router per resource, documented by
 * its zod schemas at /api/v1/openapi.json) and the server-rendered pages, behind one guard
 * that checks every request against the role × route table in auth/access.ts.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { except } from 'hono/combine';
import { csrf } from 'hono/csrf';
import { requestId } from 'hono/request-id';
import { guard } from './auth/guard.ts';
import type { AppDeps, AppEnv } from './context.ts';
import { ApiError, errorBody, handleError } from './errors.ts';
import { keepSessionsInMemory } from './auth/sessions.ts';
import { limitBodies, onRequestsWithBody } from './middleware/body-limit.ts';
import { logRequests } from './middleware/request-log.ts';
import { refuseWritesWhenReadOnly } from './middleware/read-only.ts';
import { refuseNul } from './middleware/refuse-nul.ts';
import { noStore, securityHeaders } from './middleware/security-headers.ts';
import { renderPageError } from './pages/error-page.tsx';
import { chooseLang } from './pages/i18n.ts';
import { pageRoutes } from './pages/routes.tsx';
import { agentRoutes } from './routes/agents.ts';
import { audioRoutes } from './routes/audio.ts';
import { auditRoutes } from './routes/audit.ts';
import { calibrationRoutes } from './routes/calibration.ts';
import { callRoutes } from './routes/calls.ts';
import { callListRoutes } from './routes/calls-list.ts';
import { disputeRoutes } from './routes/disputes.ts';
import { reviewQueueRoutes } from './routes/review-queue.ts';
import { correctionRoutes } from './routes/corrections.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { meRoutes } from './routes/me.ts';
import { noteRoutes } from './routes/notes.ts';
import { reportRoutes } from './routes/reports.ts';
import { runRoutes } from './routes/runs.ts';
import { scorecardRoutes } from './routes/scorecards.ts';
import { reviewCountsRoutes } from './routes/review-counts.ts';
import { SURVEY_UPLOAD_PATHS, surveyRoutes } from './routes/surveys.ts';

export const API_PREFIX = '/api/v1';

export function createApp(given: AppDeps) {
  // R4: rankings, KPIs and exports count the official score under config review.officialScore.
  const deps: AppDeps = { ...given, rankOptions: { ...given.rankOptions, officialRule: given.officialScore ?? given.rankOptions?.officialRule ?? 'automatic' } };
  const app = new OpenAPIHono<AppEnv>();
  // Read-only SQLite: sessions go to a TEMP table, made before the first request is handled.
  const ready = deps.readOnly ? keepSessionsInMemory(deps.sql) : Promise.resolve();

  // The request id is in every 5xx body and its log line, to find one from the other.
  app.use('*', requestId());
  app.use('*', logRequests());
  // Before sign-in and CSRF checks, so nobody can make the server read a large body. Survey
  // uploads are capped by their own router instead, after sign-in (routes/surveys.ts).
  app.use('*', onRequestsWithBody(except(SURVEY_UPLOAD_PATHS, limitBodies())));
  app.use('*', securityHeaders());
  app.use(`${API_PREFIX}/*`, noStore());
  app.use('*', async (c, next) => {
    await ready;
    c.set('deps', deps);
    c.set('lang', chooseLang(c));
    await next();
  });
  // Cookie-authenticated form posts must come from our own pages.
  app.use('*', csrf());
  // Before the guard: its scope check looks the path's call or agent up in the store.
  app.use('*', refuseNul(renderPageError, API_PREFIX));
  app.use('*', guard(renderPageError));
  app.use('*', refuseWritesWhenReadOnly(renderPageError, API_PREFIX));

  const api = new OpenAPIHono<AppEnv>();
  for (const routes of [meRoutes, runRoutes, callListRoutes, callRoutes, audioRoutes, noteRoutes, correctionRoutes, agentRoutes, reportRoutes, scorecardRoutes, auditRoutes, evaluationRoutes, calibrationRoutes, reviewQueueRoutes, disputeRoutes, reviewCountsRoutes, surveyRoutes]) {
    api.route('/', routes());
  }
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token from `callqa users add`',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: 'callqa_session',
    description: 'A web session id set by the sign-in page (expires after api.sessionTtlHours)',
  });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'callqa API',
      version: '1',
      description: 'Call-quality results: runs, calls with evidence and audio, agents, rankings, KPIs, voice of the customer, notes and corrections.',
    },
    servers: [{ url: API_PREFIX }],
  });
  app.route(API_PREFIX, api);
  app.route('/', pageRoutes());

  app.notFound((c) => respondError(c, new ApiError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.onError((err, c) => {
    if (!c.req.path.startsWith(API_PREFIX) && err instanceof ApiError) return renderPageError(c as Context<AppEnv>, err);
    return handleError(err, c);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

function respondError(c: Context, err: ApiError) {
  if (c.req.path.startsWith(API_PREFIX)) return c.json(errorBody(err), err.status);
  return renderPageError(c as Context<AppEnv>, err);
}
