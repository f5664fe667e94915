/**
 * The OpenAPI document comes from the same zod schemas that validate requests, and bad
 * parameters answer 400 naming the field and the reason — never a 5xx, on either store kind
 * (Postgres, unlike SQLite, refuses a NUL character in text: a request carrying one is a 400).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS } from '../auth/access.ts';
import { jsonBody, setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import { storeKinds } from '../../fixtures/support/store/stores.ts';

describe.each(storeKinds())('on the %s store', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await setupHarness({}, kind);
  }, 120_000);
  afterAll(() => h?.cleanup());

  interface ErrorBody { error: string; message: string; issues?: { field: string; reason: string }[] }

  describe('GET /api/v1/openapi.json', () => {
    it('documents every API route of the access table with its parameters', async () => {
      const res = await h.app.request('/api/v1/openapi.json');
      expect(res.status).toBe(200);
      const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[]; security?: unknown[] }>>; components: { securitySchemes: Record<string, unknown> } };
      expect(doc.openapi).toBe('3.1.0');
      const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} /api/v1${p}`));
      const apiRules = ACCESS.filter((r) => r.kind === 'api' && r.path !== '/api/v1/openapi.json').map((r) => `${r.method} ${r.path}`);
      expect(documented.sort()).toEqual(apiRules.sort());
      const callsParams = doc.paths['/calls'].get.parameters!.map((p) => p.name);
      expect(callsParams).toEqual(expect.arrayContaining(['from', 'to', 'agentId', 'team', 'scoreMin', 'scoreMax', 'failedCheck', 'customerEndMin', 'customerEndMax', 'status', 'page', 'pageSize']));
      expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearerAuth', 'cookieAuth']);
    });
  });

  describe('bad parameters', () => {
    const cases: [string, RequestInit | undefined, string, RegExp][] = [
      ['/api/v1/calls?scoreMin=abc', undefined, 'query.scoreMin', /number/i],
      ['/api/v1/calls?scoreMax=101', undefined, 'query.scoreMax', /100/],
      ['/api/v1/calls?from=2026-1-5', undefined, 'query.from', /YYYY-MM-DD/],
      ['/api/v1/calls?from=2026-11-20&to=2026-11-01', undefined, 'query.to', /before from/],
      ['/api/v1/calls?pageSize=5000', undefined, 'query.pageSize', /200/],
      ['/api/v1/calls?page=0', undefined, 'query.page', /1/],
      ['/api/v1/calls?status=lost', undefined, 'query.status', /pending|done/],
      ['/api/v1/calls?sampled=maybe', undefined, 'query.sampled', /true|false/],
      ['/api/v1/calls?customerEndMin=-3', undefined, 'query.customerEndMin', /-1/],
      ['/api/v1/runs/abc', undefined, 'param.runId', /number/i],
      ['/api/v1/rankings?period=2026-13', undefined, 'query.period', /month 13/],
      ['/api/v1/rankings?format=pdf', undefined, 'query.format', /json|csv|xlsx/],
      ['/api/v1/kpis?period=2026-W60', undefined, 'query.period', /week/],
      ['/api/v1/agents?period=yesterday', undefined, 'query.period', /unrecognised/],
      ['/api/v1/calls/c-a1-1120-1/notes', jsonBody({ body: '   ' }), 'json.body', /empty/],
      ['/api/v1/calls/c-a1-1120-1/notes', jsonBody({ text: 'wrong field' }), 'json.body', /.+/],
      ['/api/v1/calls/c-a1-1120-1/corrections', jsonBody({ checkId: 'greeting', outcome: 'maybe', reason: 'because' }), 'json.outcome', /pass|fail|na/],
      ['/api/v1/calls/c-a1-1120-1/corrections', jsonBody({ checkId: 'greeting', outcome: 'pass' }), 'json.reason', /.+/],
      ['/api/v1/runs', jsonBody({ date: '20261120' }), 'json.date', /YYYY-MM-DD/],
    ];
    it.each(cases)('%s answers 400 naming %s', async (path, init, field, reason) => {
      const res = await h.request('admin', path, init);
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error).toBe('bad_request');
      const issue = body.issues?.find((i) => i.field === field);
      expect(issue, JSON.stringify(body)).toBeDefined();
      expect(issue!.reason).toMatch(reason);
    });

    it('answers 400 for a body that is not JSON', async () => {
      const res = await h.request('admin', '/api/v1/calls/c-a1-1120-1/notes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"body": ' });
      expect(res.status).toBe(400);
    });

    it('never answers 5xx to hostile parameter values on any GET route', async () => {
      const values = ['', '-1', '1e309', 'NaN', '%00', '\u0000', 'a\u0000b', "'; DROP TABLE calls; --", '2026-02-30', 'x'.repeat(5000), '{}'];
      const routes: Record<string, string[]> = {
        '/api/v1/calls': ['from', 'to', 'agentId', 'team', 'scoreMin', 'scoreMax', 'failedCheck', 'customerEndMin', 'status', 'sampled', 'page', 'pageSize'],
        '/api/v1/agents': ['period', 'team', 'site'],
        '/api/v1/agents/a1': ['period'],
        '/api/v1/rankings': ['period', 'format', 'team', 'rankWithinFilter'],
        '/api/v1/kpis': ['period', 'format', 'site'],
        '/api/v1/voc': ['period', 'team'],
        '/api/v1/runs': ['page', 'pageSize'],
        '/api/v1/audit': ['callId', 'actor', 'limit'],
      };
      const statuses = new Set<number>();
      for (const [route, names] of Object.entries(routes)) {
        for (const name of names) {
          for (const v of values) {
            const res = await h.request('admin', `${route}?${name}=${encodeURIComponent(v)}`);
            statuses.add(res.status);
            expect(res.status, `${route}?${name}=${v.slice(0, 20)}`).toBeLessThan(500);
          }
        }
      }
      for (const id of ['%E0%A4%A', '..%2F..', 'x'.repeat(3000), '%00', 'c-a1-1120-1%00']) {
        expect((await h.request('admin', `/api/v1/calls/${id}`)).status).toBeLessThan(500);
        expect((await h.request('admin', `/api/v1/runs/${id}`)).status).toBeLessThan(500);
      }
      expect(statuses.has(400)).toBe(true);
      // The table still exists after the injection attempts.
      expect((await h.store.sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM calls'))!.n).toBeGreaterThan(0);
    });

    it('answers 400 to a NUL character in a path, a query or a JSON body', async () => {
      const inPath = await h.request('admin', '/api/v1/calls/c-a1%00');
      expect(inPath.status).toBe(400);
      expect(((await inPath.json()) as ErrorBody).error).toBe('bad_request');
      expect((await h.request('admin', '/api/v1/calls?agentId=a%001')).status).toBe(400);
      const note = await h.request('admin', '/api/v1/calls/c-a1-1120-1/notes', jsonBody({ body: 'heard\u0000it' }));
      expect(note.status).toBe(400);
    });
  });
});
