/**
 * The role × route matrix, on a copy of the database the demo night builds: every route in
 * the access table is called as every role (and signed out) and must be allowed or refused
 * exactly as the table says; coaches are refused other teams' calls and agents. The table
 * itself must list exactly the app's routes, so no route can be added without a rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, jsonBody, setupDemoHarness, type Harness, type Who } from '../../fixtures/support/api/harness.ts';
import type { TestStore } from '../../fixtures/support/api/seed.ts';
import { ACCESS, allows, type AccessRule } from './access.ts';
import type { Role } from '../context.ts';

let h: Harness<TestStore>;
beforeAll(async () => {
  h = await setupDemoHarness();
}, 900_000); // the first file to ask builds the demo month (a few minutes on 2 busy cores)
afterAll(() => h?.cleanup());

type Target = 'own' | 'other';
type Sample = (target: Target) => { path: string; init?: RequestInit };

/**
 * The call's current score version and its checks' outcomes after corrections, read from the
 * SQLite file synchronously (the samples below are built synchronously, request by request).
 */
function currentChecks(callId: string): { version: string; checks: { checkId: string; outcome: string }[] } {
  const db = h.store.db.$client;
  const { version } = db.prepare('SELECT scorecard_version AS version FROM scores WHERE call_id = ? ORDER BY created_at DESC, scorecard_version DESC LIMIT 1').get(callId) as { version: string };
  const checks = db.prepare(`SELECT cr.check_id AS checkId, coalesce((SELECT o.outcome FROM overrides o WHERE o.call_id = cr.call_id
      AND o.scorecard_version = cr.scorecard_version AND o.check_id = cr.check_id ORDER BY o.id DESC LIMIT 1), cr.outcome) AS outcome
      FROM check_results cr WHERE cr.call_id = ? AND cr.scorecard_version = ? ORDER BY cr.rowid`).all(callId, version) as { checkId: string; outcome: string }[];
  return { version, checks };
}

/** A flip of a check's current outcome, so every allowed correction is a real change. */
function flipCorrection(callId: string, checkId = 'courtesy-words'): RequestInit {
  const current = currentChecks(callId).checks.find((c) => c.checkId === checkId)!.outcome;
  return jsonBody({ checkId, outcome: current === 'pass' ? 'fail' : 'pass', reason: 'matrix test: heard it myself' });
}

const call = (t: Target) => (t === 'own' ? h.store.failedGreetingCall : h.store.teamBCall);

/** A dispute body on a check of the call that has no open dispute yet (each allowed role opens its own). */
function disputeOf(callId: string): { checkId: string; requestedOutcome: string; reason: string } {
  const open = new Set((h.store.db.$client.prepare("SELECT check_id AS id FROM disputes WHERE call_id = ? AND status = 'open'").all(callId) as { id: string }[]).map((r) => r.id));
  const check = currentChecks(callId).checks.find((c) => !open.has(c.checkId))!;
  return { checkId: check.checkId, requestedOutcome: check.outcome === 'pass' ? 'fail' : 'pass', reason: 'matrix test: the agent did say it' };
}

/** An open dispute of the own call for each allowed role to decide: one a refused request left open, else a new one. */
function openDisputeId(): number {
  const callId = call('own');
  const left = h.store.db.$client.prepare("SELECT id FROM disputes WHERE call_id = ? AND status = 'open' ORDER BY id LIMIT 1").get(callId) as { id: number } | undefined;
  if (left) return left.id;
  const body = disputeOf(callId);
  const { version } = currentChecks(callId);
  const row = h.store.db.$client.prepare("INSERT INTO disputes (call_id, scorecard_version, check_id, opened_by, reason, requested_outcome) VALUES (?, ?, ?, 'coach-a', ?, ?) RETURNING id")
    .get(callId, version, body.checkId, body.reason, body.requestedOutcome) as { id: number };
  return row.id;
}

/** No live claim on the call, so each allowed role's claim is a fresh one. */
function unclaimed(callId: string): string {
  h.store.db.$client.prepare('DELETE FROM review_claims WHERE call_id = ?').run(callId);
  return callId;
}
const agent = (t: Target) => (t === 'own' ? h.store.agentA : h.store.agentB);

/** Every check of the call's current scorecard with its automatic outcome: a complete evaluation. */
function evaluationItems(callId: string): { checkId: string; outcome: string }[] {
  return h.store.db.$client.prepare(`SELECT check_id AS checkId, outcome FROM check_results WHERE call_id = ? AND scorecard_version =
    (SELECT scorecard_version FROM scores WHERE call_id = ? ORDER BY created_at DESC, scorecard_version DESC LIMIT 1) ORDER BY rowid`).all(callId, callId) as { checkId: string; outcome: string }[];
}

/** A calibration session's id (one is made when none exists yet). */
function anySession(): number {
  const db = h.store.db.$client;
  const row = db.prepare('SELECT id FROM calibration_sessions ORDER BY id LIMIT 1').get() as { id: number } | undefined;
  if (row) return row.id;
  return (db.prepare("INSERT INTO calibration_sessions (name, created_by, call_ids) VALUES ('matrix', 'ada', ?) RETURNING id").get(JSON.stringify([h.store.failedGreetingCall])) as { id: number }).id;
}

/** One realistic request per route. Every rule of the table must have one (checked below). */
const SAMPLES: Record<string, Sample> = {
  'GET /api/v1/openapi.json': () => ({ path: '/api/v1/openapi.json' }),
  'GET /api/v1/me': () => ({ path: '/api/v1/me' }),
  'GET /api/v1/runs': () => ({ path: '/api/v1/runs' }),
  'POST /api/v1/runs': () => ({ path: '/api/v1/runs', init: jsonBody({ date: '2026-11-21' }) }),
  'GET /api/v1/runs/{runId}': () => ({ path: `/api/v1/runs/${h.store.runId}` }),
  'GET /api/v1/calls': () => ({ path: '/api/v1/calls?pageSize=5' }),
  'GET /api/v1/calls/{callId}': (t) => ({ path: `/api/v1/calls/${call(t)}` }),
  'GET /api/v1/calls/{callId}/audio': (t) => ({ path: `/api/v1/calls/${call(t)}/audio`, init: { headers: { range: 'bytes=0-63' } } }),
  'GET /api/v1/calls/{callId}/notes': (t) => ({ path: `/api/v1/calls/${call(t)}/notes` }),
  'POST /api/v1/calls/{callId}/notes': (t) => ({ path: `/api/v1/calls/${call(t)}/notes`, init: jsonBody({ body: '开场白没有报姓氏' }) }),
  'GET /api/v1/calls/{callId}/corrections': (t) => ({ path: `/api/v1/calls/${call(t)}/corrections` }),
  'POST /api/v1/calls/{callId}/corrections': (t) => ({ path: `/api/v1/calls/${call(t)}/corrections`, init: flipCorrection(call(t)) }),
  'GET /api/v1/agents': () => ({ path: '/api/v1/agents' }),
  'GET /api/v1/agents/{agentId}': (t) => ({ path: `/api/v1/agents/${agent(t)}` }),
  'GET /api/v1/rankings': () => ({ path: `/api/v1/rankings?period=${h.store.period}&format=csv` }),
  'GET /api/v1/kpis': () => ({ path: `/api/v1/kpis?period=${h.store.period}` }),
  'GET /api/v1/voc': () => ({ path: `/api/v1/voc?period=${h.store.period}` }),
  'GET /api/v1/scorecards': () => ({ path: '/api/v1/scorecards' }),
  'GET /api/v1/audit': () => ({ path: '/api/v1/audit?limit=5' }),
  'GET /api/v1/calls/{callId}/evaluations': (t) => ({ path: `/api/v1/calls/${call(t)}/evaluations` }),
  'POST /api/v1/calls/{callId}/evaluations': (t) => ({ path: `/api/v1/calls/${call(t)}/evaluations`, init: jsonBody({ items: evaluationItems(call(t)) }) }),
  'GET /api/v1/reports/calibration': () => ({ path: '/api/v1/reports/calibration' }),
  'GET /api/v1/reports/review-counts': () => ({ path: '/api/v1/reports/review-counts?from=2026-11-01&to=2026-11-30' }),
  'GET /api/v1/calibration-sessions': () => ({ path: '/api/v1/calibration-sessions' }),
  'POST /api/v1/calibration-sessions': () => ({ path: '/api/v1/calibration-sessions', init: jsonBody({ name: 'matrix', callIds: [h.store.failedGreetingCall] }) }),
  'GET /api/v1/calibration-sessions/{id}': () => ({ path: `/api/v1/calibration-sessions/${anySession()}` }),
  'GET /api/v1/review-queue': () => ({ path: '/api/v1/review-queue?limit=5' }),
  'POST /api/v1/review-queue/{callId}/claim': (t) => ({ path: `/api/v1/review-queue/${unclaimed(call(t))}/claim`, init: jsonBody({}) }),
  'POST /api/v1/review-queue/{callId}/release': (t) => ({ path: `/api/v1/review-queue/${call(t)}/release`, init: jsonBody({}) }),
  'GET /api/v1/calls/{callId}/disputes': (t) => ({ path: `/api/v1/calls/${call(t)}/disputes` }),
  'POST /api/v1/calls/{callId}/disputes': (t) => ({ path: `/api/v1/calls/${call(t)}/disputes`, init: jsonBody(disputeOf(call(t))) }),
  'GET /api/v1/disputes': () => ({ path: '/api/v1/disputes?status=open' }),
  'POST /api/v1/disputes/{id}/accept': () => ({ path: `/api/v1/disputes/${openDisputeId()}/accept`, init: jsonBody({ reason: 'matrix test: agreed' }) }),
  'POST /api/v1/disputes/{id}/reject': () => ({ path: `/api/v1/disputes/${openDisputeId()}/reject`, init: jsonBody({ reason: 'matrix test: the result stands' }) }),
  'GET /calls': () => ({ path: '/calls?pageSize=5' }),
  'GET /review': () => ({ path: '/review' }),
  'POST /review/{callId}/claim': (t) => ({ path: `/review/${unclaimed(call(t))}/claim`, init: formBody({}) }),
  'POST /review/{callId}/release': (t) => ({ path: `/review/${call(t)}/release`, init: formBody({}) }),
  'POST /calls/{callId}/disputes': (t) => ({ path: `/calls/${call(t)}/disputes`, init: formBody(disputeOf(call(t))) }),
  'GET /disputes': () => ({ path: '/disputes' }),
  'GET /runs': () => ({ path: '/runs' }),
  'POST /disputes/{id}/accept': () => ({ path: `/disputes/${openDisputeId()}/accept`, init: formBody({ reason: 'matrix test: agreed' }) }),
  'POST /disputes/{id}/reject': () => ({ path: `/disputes/${openDisputeId()}/reject`, init: formBody({ reason: 'matrix test: the result stands' }) }),
  'GET /': () => ({ path: '/' }),
  'GET /signin': () => ({ path: '/signin' }),
  'POST /signin': () => ({ path: '/signin', init: formBody({ token: h.store.tokens.qa, next: '/agents' }) }),
  'POST /signout': () => ({ path: '/signout', init: formBody({}) }),
  'GET /agents': () => ({ path: '/agents' }),
  'GET /agents/{agentId}': (t) => ({ path: `/agents/${agent(t)}` }),
  'GET /calls/{callId}': (t) => ({ path: `/calls/${call(t)}` }),
  'POST /calls/{callId}/notes': (t) => ({ path: `/calls/${call(t)}/notes`, init: formBody({ body: '结束语很好' }) }),
  'POST /calls/{callId}/corrections': (t) => {
    const init = flipCorrection(call(t));
    const body = JSON.parse(String(init.body)) as Record<string, string>;
    return { path: `/calls/${call(t)}/corrections`, init: formBody(body) };
  },
  'GET /rankings': () => ({ path: '/rankings' }),
  'GET /kpis': () => ({ path: '/kpis' }),
  'GET /calls/{callId}/evaluation': (t) => ({ path: `/calls/${call(t)}/evaluation` }),
  'POST /calls/{callId}/evaluation': (t) => ({
    path: `/calls/${call(t)}/evaluation`,
    init: formBody(Object.fromEntries(evaluationItems(call(t)).map((i) => [`outcome.${i.checkId}`, i.outcome]))),
  }),
  'GET /calibration': () => ({ path: '/calibration' }),
  'POST /calibration/sessions': () => ({ path: '/calibration/sessions', init: formBody({ name: 'matrix', callIds: h.store.failedGreetingCall }) }),
  'GET /calibration/sessions/{id}': () => ({ path: `/calibration/sessions/${anySession()}` }),
  'POST /api/v1/surveys/import': () => ({ path: '/api/v1/surveys/import?scale=1-5&name=matrix.csv', init: { method: 'POST', headers: { 'content-type': 'text/csv' }, body: `call_id,satisfaction\n${call('own')},4\n` } }),
  'GET /api/v1/reports/surveys': () => ({ path: '/api/v1/reports/surveys' }),
  'GET /surveys': () => ({ path: '/surveys' }),
  'POST /surveys/import': () => {
    const form = new FormData();
    form.set('file', new File([`call_id,satisfaction\n${call('own')},4\n`], 'matrix.csv', { type: 'text/csv' }));
    form.set('scale', '1-5');
    return { path: '/surveys/import', init: { method: 'POST', headers: { origin: 'http://localhost' }, body: form } };
  },
};

/** What an allowed call may answer: success, a redirect, or 501 for a start-run without run inputs. */
const ALLOWED_STATUSES: Record<string, number[]> = {
  'POST /api/v1/runs': [202, 501],
  'GET /api/v1/calls/{callId}/audio': [206],
  'POST /api/v1/calls/{callId}/notes': [201],
  'POST /api/v1/calls/{callId}/corrections': [201],
  'GET /': [302],
  'POST /signin': [303],
  'POST /signout': [303],
  'POST /calls/{callId}/notes': [303],
  'POST /calls/{callId}/corrections': [303],
  'POST /api/v1/calls/{callId}/evaluations': [200, 201],
  'POST /api/v1/calibration-sessions': [201],
  'POST /calls/{callId}/evaluation': [303],
  'POST /calibration/sessions': [303],
  'POST /api/v1/review-queue/{callId}/claim': [201],
  // The sample cannot know which analyst holds the claim: release answers 200 to the holder, 409 to anyone else.
  'POST /api/v1/review-queue/{callId}/release': [200, 409],
  'POST /api/v1/calls/{callId}/disputes': [201],
  'POST /review/{callId}/claim': [303],
  'POST /review/{callId}/release': [303],
  'POST /calls/{callId}/disputes': [303],
  'POST /disputes/{id}/accept': [303],
  'POST /disputes/{id}/reject': [303],
  'POST /api/v1/surveys/import': [201],
  'POST /surveys/import': [303],
};

const key = (r: AccessRule) => `${r.method} ${r.path}`;
const WHO: Record<Role, Who> = { admin: 'admin', qa: 'qa', coach: 'coachA', hr: 'hr' };
const ROLES: Role[] = ['admin', 'qa', 'coach', 'hr'];

describe('the access table', () => {
  it('lists exactly the routes the app serves', () => {
    const served = new Set(
      h.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const listed = new Set(ACCESS.map(key));
    expect([...served].filter((s) => !listed.has(s))).toEqual([]);
    expect([...listed].filter((s) => !served.has(s))).toEqual([]);
  });

  it('has a sample request for every rule', () => {
    expect(ACCESS.map(key).filter((k) => !SAMPLES[k])).toEqual([]);
  });

  it('keeps transcripts and audio from HR and gives HR the reports', () => {
    const hrMay = (k: string) => allows(ACCESS.find((r) => key(r) === k)!, 'hr');
    expect(hrMay('GET /api/v1/calls/{callId}')).toBe(false);
    expect(hrMay('GET /api/v1/calls/{callId}/audio')).toBe(false);
    expect(hrMay('GET /api/v1/rankings')).toBe(true);
    expect(hrMay('GET /api/v1/kpis')).toBe(true);
  });
});

describe.each(ACCESS.map((r) => [key(r), r] as const))('%s', (name, rule) => {
  for (const role of ROLES) {
    const may = allows(rule, role);
    it(`${may ? 'allows' : 'refuses'} ${role}`, async () => {
      const { path, init } = SAMPLES[name]('own');
      const res = await h.request(WHO[role], path, init);
      if (may) {
        expect(res.status, `${role} ${name}: ${await res.clone().text()}`).toBeOneOf(ALLOWED_STATUSES[name] ?? [200]);
      } else {
        expect(res.status).toBe(403);
        if (rule.kind === 'api') expect(await res.json()).toMatchObject({ error: 'forbidden' });
      }
    });
  }

  it(rule.roles === 'public' ? 'needs no sign-in' : 'refuses a signed-out caller', async () => {
    const { path, init } = SAMPLES[name]('own');
    const res = await h.request('anonymous', path, init);
    if (rule.roles === 'public') {
      expect(res.status).toBeLessThan(400);
    } else if (rule.kind === 'api') {
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    } else {
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toMatch(/^\/signin\?next=/);
    }
  });

  // Only where coaches may call the route at all (analyst-only routes refuse every coach by role).
  if ((rule.scope === 'call' || rule.scope === 'agent') && allows(rule, 'coach')) {
    it("refuses a coach another team's resource and allows that team's coach", async () => {
      const other = SAMPLES[name]('other');
      const refused = await h.request('coachA', other.path, other.init);
      expect(refused.status).toBe(403);
      const again = SAMPLES[name]('other');
      const allowed = await h.request('coachB', again.path, again.init);
      expect(allowed.status, await allowed.clone().text()).toBeOneOf(ALLOWED_STATUSES[name] ?? [200]);
    });
  }
});

describe('tokens', () => {
  it('refuses an unknown token and a malformed header', async () => {
    expect((await h.app.request('/api/v1/me', { headers: { authorization: 'Bearer cqa_not-a-real-token' } })).status).toBe(401);
    expect((await h.app.request('/api/v1/me', { headers: { authorization: `Basic ${h.store.tokens.admin}` } })).status).toBe(401);
  });

  it('stores only the SHA-256 of each token', () => {
    const rows = h.store.db.$client.prepare('SELECT * FROM users').all() as Record<string, unknown>[];
    const dump = JSON.stringify(rows);
    for (const token of Object.values(h.store.tokens)) expect(dump).not.toContain(token);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(String(r.token_sha256)))).toBe(true);
  });

  it("lists only a coach's own teams' calls and agents", async () => {
    const calls = (await (await h.request('coachA', '/api/v1/calls?pageSize=200')).json()) as { total: number; items: { team: string }[] };
    expect(calls.total).toBeGreaterThan(0);
    expect(new Set(calls.items.map((c) => c.team))).toEqual(new Set([h.store.teamA]));
    const agents = (await (await h.request('coachB', '/api/v1/agents')).json()) as { items: { team: string }[] };
    expect(new Set(agents.items.map((a) => a.team))).toEqual(new Set([h.store.teamB]));
    const asked = await h.request('coachA', `/api/v1/calls?team=${encodeURIComponent(h.store.teamB)}`);
    expect(asked.status).toBe(403);
  });
});
