/**
 * Pages of the review work: `/calls` (the calls search), `/review` (the queue; claiming opens
 * the call), `/disputes` (status and history; analysts accept or reject), and the dispute form
 * post of the call page. Form posts go through the API's zod schemas and the same functions as
 * the API routes, then redirect (303) back.
 */
import { Hono, type Context } from 'hono';
import { listDisputes, releaseClaim, reviewQueue } from '../../pipeline/review/index.ts';
import { visibleTeams } from '../auth/guard.ts';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';
import { listAgents } from '../queries/agents.ts';
import { CallListQuery, runSearch } from '../routes/calls-list.ts';
import { DecisionBody, decideDisputeAs, DisputeBody, openDisputeAs } from '../routes/disputes.ts';
import { claimFor, queueSettings } from '../routes/review-queue.ts';
import { reviewPage } from './calibration-page-shell.tsx';
import { CallsSearchPage, type CallsSearchResult } from './calls-search-page.tsx';
import { DisputesPage } from './disputes-page.tsx';
import { translator } from './i18n.ts';
import { ReviewQueuePage } from './review-queue-page.tsx';

/** The query without empty fields: a GET form sends every field, filled or not. */
function filledQuery(c: Context<AppEnv>): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([k, v]) => v !== '' && k !== 'lang'));
}

const firstIssue = (issues: { path: PropertyKey[]; message: string }[]) => `${issues[0].path.join('.')}: ${issues[0].message}`;

async function renderQueue(c: Context<AppEnv>, error?: string, status = 200) {
  const deps = c.get('deps');
  const me = c.get('user').name;
  const queue = await reviewQueue(deps.sql, queueSettings(deps), { analyst: me });
  const t = translator(c.get('lang'));
  return reviewPage(c, t('reviewQueue'), <ReviewQueuePage t={t} me={me} window={queue.window} items={queue.items} error={error} />, status);
}

async function renderDisputes(c: Context<AppEnv>, error?: string, status = 200) {
  const user = c.get('user');
  const wanted = c.req.query('status');
  const statusFilter = wanted === 'open' || wanted === 'accepted' || wanted === 'rejected' ? wanted : undefined;
  const items = await listDisputes(c.get('deps').sql, { status: statusFilter, teams: visibleTeams(user) });
  const t = translator(c.get('lang'));
  const page = <DisputesPage t={t} items={items} status={statusFilter} canDecide={user.role === 'qa' || user.role === 'admin'} error={error} />;
  return reviewPage(c, t('disputes'), page, status);
}

export function reviewWorkPageRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/calls', async (c) => {
    const user = c.get('user');
    const teams = visibleTeams(user);
    const query = filledQuery(c);
    const t = translator(c.get('lang'));
    const teamChoices = teams ?? [...new Set((await listAgents(c.get('deps').sql, null)).map((a) => a.team))].sort();
    const parsed = CallListQuery.safeParse(query);
    let result: CallsSearchResult | null = null;
    let error: string | undefined;
    let status = 200;
    if (!parsed.success) [error, status] = [firstIssue(parsed.error.issues), 400];
    else {
      try {
        if (teams && parsed.data.team && !teams.includes(parsed.data.team)) throw new ApiError(403, 'forbidden', `team ${parsed.data.team} is not one of your teams`);
        result = await runSearch(c.get('deps').sql, parsed.data, teams, c.get('deps').rankOptions?.officialRule);
      } catch (err) {
        if (!(err instanceof ApiError) || err.status >= 500) throw err;
        [error, status] = [err.message, err.status];
      }
    }
    return reviewPage(c, t('callsSearch'), <CallsSearchPage t={t} query={query} teams={teamChoices} result={result} error={error} />, status);
  });

  app.get('/review', (c) => renderQueue(c, c.req.query('error')));

  app.post('/review/:callId/claim', async (c) => {
    const callId = c.req.param('callId');
    try {
      const out = await claimFor(c.get('deps'), callId, c.get('user').name);
      if (!out.ok) return renderQueue(c, out.error.message, 409);
    } catch (err) {
      if (err instanceof ApiError && err.status < 500) return renderQueue(c, err.message, err.status);
      throw err;
    }
    return c.redirect(`/calls/${encodeURIComponent(callId)}`, 303);
  });

  app.post('/review/:callId/release', async (c) => {
    const callId = c.req.param('callId');
    const released = await releaseClaim(c.get('deps').sql, callId, c.get('user').name);
    return c.redirect(released ? '/review' : `/review?error=${encodeURIComponent(`${c.get('user').name} holds no live claim on call ${callId}`)}`, 303);
  });

  app.get('/disputes', (c) => renderDisputes(c));

  app.post('/calls/:callId/disputes', async (c) => {
    const callId = c.req.param('callId');
    const back = (error?: string) => c.redirect(`/calls/${encodeURIComponent(callId)}${error ? `?error=${encodeURIComponent(error)}` : ''}#checks`, 303);
    const parsed = DisputeBody.safeParse(await c.req.parseBody());
    if (!parsed.success) return back(firstIssue(parsed.error.issues));
    try {
      await openDisputeAs(c.get('deps'), c.get('user'), callId, parsed.data);
    } catch (err) {
      if (err instanceof ApiError && err.status < 500) return back(err.message);
      throw err;
    }
    return back();
  });

  for (const decision of ['accept', 'reject'] as const) {
    app.post(`/disputes/:id/${decision}`, async (c) => {
      const id = Number(c.req.param('id'));
      const parsed = DecisionBody.safeParse(await c.req.parseBody());
      if (!Number.isInteger(id) || id <= 0) return renderDisputes(c, `id: not a dispute number`, 400);
      if (!parsed.success) return renderDisputes(c, firstIssue(parsed.error.issues), 400);
      try {
        await decideDisputeAs(c.get('deps'), c.get('user'), id, decision, parsed.data.reason);
      } catch (err) {
        if (err instanceof ApiError && err.status < 500) return renderDisputes(c, err.message, err.status);
        throw err;
      }
      return c.redirect('/disputes', 303);
    });
  }

  return app;
}
