/**
 * Survey routes with the real app on a copy of the demo month: the demo survey file posted as a
 * CSV body (rows refused with line, field and reason; audited), uploads over 1 MiB taken only
 * once signed in, the survey view per role (a coach their teams, HR no comments), and bad
 * parameters answered 400 with the reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupDemoHarness, type Harness, type Who } from '../../fixtures/support/api/harness.ts';
import type { TestStore } from '../../fixtures/support/api/seed.ts';
import { repoRoot } from '../../pipeline/config.ts';
import type { SurveyImportSummary, SurveyReport } from '../../pipeline/review/index.ts';
import { SURVEY_UPLOAD_MAX_BYTES } from './surveys.ts';

const DEMO_SURVEYS = readFileSync(join(repoRoot, 'fixtures/demo/surveys.csv'));

let h: Harness<TestStore>;
beforeAll(async () => {
  h = await setupDemoHarness();
}, 900_000);
afterAll(() => h?.cleanup());

const csvPost = (body: BodyInit, query = 'scale=1-5&name=surveys.csv'): [string, RequestInit] =>
  [`/api/v1/surveys/import?${query}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body }];
const upload = (who: Who | 'anonymous', body: BodyInit, query?: string) => h.request(who, ...csvPost(body, query));
const report = async (who: Who, query = '') => {
  const res = await h.request(who, `/api/v1/reports/surveys${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as SurveyReport;
};

describe('POST /api/v1/surveys/import', () => {
  it('imports the demo survey file, refusing its two bad rows with line, field and reason, and audits it', async () => {
    const res = await upload('qa', DEMO_SURVEYS);
    expect(res.status, await res.clone().text()).toBe(201);
    const s = (await res.json()) as SurveyImportSummary;
    const rows = DEMO_SURVEYS.toString('utf8').trim().split('\n');
    expect(s).toMatchObject({ sourceFile: 'surveys.csv', scale: '1-5', accepted: rows.length - 3, rejected: 2, replaced: 0 });
    expect(s.rejects).toEqual([
      { sourceFile: 'surveys.csv', rowNumber: rows.length - 1, callId: 'c-9999', field: 'call_id', reason: 'unknown call c-9999 (not in the store)' },
      { sourceFile: 'surveys.csv', rowNumber: rows.length, callId: 'c-0001', field: 'satisfaction', reason: '6 is outside the scale 1-5' },
    ]);
    const audit = await h.request('qa', '/api/v1/audit?limit=5');
    expect(JSON.stringify(await audit.json())).toContain('survey.import');
    // Again: every answer replaced, nothing added.
    const again = (await (await upload('qa', DEMO_SURVEYS)).json()) as SurveyImportSummary;
    expect({ accepted: again.accepted, replaced: again.replaced }).toEqual({ accepted: s.accepted, replaced: s.accepted });
  });

  it('takes an upload over 1 MiB from a signed-in analyst, refuses one over its cap, and reads nothing before sign-in', async () => {
    const big = `call_id,satisfaction\n${'\n'.repeat(1.5 * 1024 * 1024)}${h.store.failedGreetingCall},2\n`;
    const ok = await upload('qa', big);
    expect(ok.status, await ok.clone().text()).toBe(201);
    expect(((await ok.json()) as SurveyImportSummary).accepted).toBe(1);
    expect((await upload('anonymous', big)).status).toBe(401);
    expect((await upload('coachA', big)).status).toBe(403);
    const tooBig = await upload('qa', new Uint8Array(SURVEY_UPLOAD_MAX_BYTES + 1));
    expect(tooBig.status).toBe(413);
  });

  it('refuses only the row with a NUL character in a CSV upload, naming its line', async () => {
    const res = await upload('qa', `call_id,satisfaction,comment\n${h.store.failedGreetingCall},4,fine\n${h.store.failedGreetingCall},2,bad\u0000byte\n`);
    expect(res.status, await res.clone().text()).toBe(201);
    const s = (await res.json()) as SurveyImportSummary;
    expect(s.accepted).toBe(1);
    expect(s.rejects).toEqual([expect.objectContaining({ rowNumber: 3, field: 'comment', reason: 'contains a NUL character' })]);
  });

  it('answers 400 with the reason for bad parameters and a file refused as a whole', async () => {
    const cases: [Response, string, RegExp][] = [
      [await upload('qa', DEMO_SURVEYS, 'scale=5-1'), 'query.scale', /lowest answer must be below/],
      [await upload('qa', DEMO_SURVEYS, 'scale=five'), 'query.scale', /MIN-MAX/],
      [await upload('qa', DEMO_SURVEYS, 'name=x.csv'), 'query.scale', /./],
      [await upload('qa', DEMO_SURVEYS, 'scale=1-5&encoding=latin1'), 'query.encoding', /utf-8|gb18030/],
      [await upload('qa', 'call_id,csat\nc-0002,5\n'), 'body', /surveys\.csv: header lacks required column\(s\) satisfaction/],
      [await upload('qa', ''), 'body', /empty/],
      [await h.request('qa', '/api/v1/surveys/import?scale=1-5', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 'header.content-type', /text\/csv/],
    ];
    for (const [res, field, reason] of cases) {
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; message: string; issues?: { field: string; reason: string }[] };
      expect(body.issues?.[0]?.field ?? body.message, body.message).toBe(field);
      expect(body.message).toMatch(reason);
    }
  });
});

describe('GET /api/v1/reports/surveys', () => {
  it('gives the per-agent view with correlations to analysts, their teams to a coach, and no comments to HR', async () => {
    const all = await report('qa', '?from=2026-11-01&to=2026-11-30');
    expect(all.agents).toBe(12);
    expect(all.groups.every((g) => g.period === '2026-11')).toBe(true);
    expect(all.correlations.acrossAgents.qaScore).toMatchObject({ n: 12, enough: true });
    expect(all.comments!.length).toBeGreaterThan(0);
    const coach = await report('coachA');
    expect(coach.groups.length).toBeGreaterThan(0);
    expect(coach.groups.every((g) => g.team === h.store.teamA)).toBe(true);
    expect(coach.comments!.every((m) => coach.groups.some((g) => g.agentId === m.agentId))).toBe(true);
    const hr = await report('hr');
    expect(hr.comments).toBeNull();
    expect(hr.surveys).toBe(all.surveys);
    const weekly = await report('qa', '?period=week');
    expect(new Set(weekly.groups.map((g) => g.period))).toEqual(new Set(['2026-11-16']));
  });

  it('answers 400 for bad parameters', async () => {
    for (const [query, field] of [['?period=year', 'query.period'], ['?from=2026-11-20&to=2026-11-01', 'query.to'], ['?from=20261101', 'query.from']]) {
      const res = await h.request('qa', `/api/v1/reports/surveys${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { issues: { field: string }[] }).issues[0].field).toBe(field);
    }
  });
});
