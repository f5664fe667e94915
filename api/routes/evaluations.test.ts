/**
 * Human evaluations, the official score and the calibration report on a copy of the demo month,
 * through the real app. Evaluations the demo may ship are removed from this copy first, so the
 * calibration figures below come only from what this file saves.
 *
 * Four calls of the demo night under one scorecard version: X (greeting failed automatically),
 * B (greeting failed too), C and D (greeting passed), and a check Y that passed automatically on
 * all four. The analyst agrees with the automatic result everywhere on B, C, D; on X they
 * disagree on exactly two checks: greeting fail → pass, Y pass → fail.
 *
 * Hand computation (rows automatic, columns human; pass, fail, n.a.):
 *   greeting: pass→pass C, D = 2; fail→fail B = 1; fail→pass X = 1.  n = 4, agreed 3.
 *     p_o = 3/4; automatic shares pass 2/4, fail 2/4; human pass 3/4, fail 1/4
 *     p_e = 2/4·3/4 + 2/4·1/4 = 1/2; κ = (3/4 − 1/2)/(1 − 1/2) = 0.5
 *     fail precision: automatic fails X, B, of which the analyst failed B → 1/2
 *     fail recall: the analyst failed B only, the check failed it → 1/1
 *     Wilson 95% of 3/4 (z = 1.96): centre (0.75 + z²/8)/(1 + z²/4) = 0.62752,
 *     half-width z·√(0.75·0.25/4 + z²/64)/(1 + z²/4) = 0.32689 → 0.3006–0.9544: not large enough.
 *   Y: pass→pass B, C, D = 3; pass→fail X = 1. p_o = 3/4; p_e = 1·3/4 → κ = 0;
 *     precision: the check failed nothing → undefined (n = 0); recall 0/1.
 * Before X is evaluated: greeting 3 of 3 agree, κ = 1 (p_e = (2/3)² + (1/3)² = 5/9); Y all pass, κ undefined.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.ts';
import { createUser } from '../queries/users.ts';
import { DEMO } from '../../pipeline/run/demo-db.ts';
import { scoreFromResults } from '../../pipeline/score/index.ts';
import type { CheckOutcome } from '../../pipeline/types.ts';
import { jsonBody, setupDemoHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import type { TestStore } from '../../fixtures/support/api/seed.ts';

let h: Harness<TestStore>;
/** The same store served under `review.officialScore: human-replaces`. */
let humanApp: App;
let version: string;
let X: string, B: string, C: string, D: string, Y: string;
let thirdToken: string;

type Row = { check_id: string; outcome: CheckOutcome; weight: number; critical: number; section: string; label: string };
const checksOf = (callId: string) =>
  h.store.db.$client.prepare(`SELECT check_id, outcome, weight, critical, section, label FROM check_results WHERE call_id = ? AND scorecard_version = ? ORDER BY rowid`).all(callId, version) as Row[];
const items = (callId: string, change: Record<string, CheckOutcome> = {}) =>
  checksOf(callId).map((c) => ({ checkId: c.check_id, outcome: change[c.check_id] ?? c.outcome }));
const asHuman = (token: string, path: string, init?: RequestInit) => {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${token}`);
  return Promise.resolve(humanApp.request(path, { ...init, headers }));
};
const report = async () => {
  const res = await h.request('qa', `/api/v1/reports/calibration?scorecardVersion=${encodeURIComponent(version)}&from=${DEMO.date}&to=${DEMO.date}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { evaluatedCalls: number; checks: { checkId: string; n: number; kappa: number | null; confusion: number[][]; agreement: { successes: number; n: number; value: number; low: number; high: number; largeEnough: boolean }; fail: { precision: { successes: number; n: number; value: number | null }; recall: { successes: number; n: number; value: number | null } }; disagreements: { callId: string; automatic: string; human: string }[] }[] };
};

beforeAll(async () => {
  h = await setupDemoHarness();
  const db = h.store.db.$client;
  db.exec('DELETE FROM evaluation_items; DELETE FROM evaluations; DELETE FROM calibration_sessions');
  humanApp = createApp({ sql: h.store.sql, audioCacheDir: `${h.store.dir}/audio-cache-human`, officialScore: 'human-replaces' });
  X = h.store.failedGreetingCall;
  version = (db.prepare('SELECT scorecard_version AS v FROM scores WHERE call_id = ? ORDER BY created_at DESC, scorecard_version DESC LIMIT 1').get(X) as { v: string }).v;
  const withGreeting = (outcome: string) => (db.prepare(
    `SELECT cr.call_id AS id FROM check_results cr JOIN calls c USING (call_id)
     WHERE cr.check_id = 'greeting' AND cr.outcome = ? AND cr.scorecard_version = ? AND c.date = ? AND cr.call_id <> ?
       AND (SELECT s.scorecard_version FROM scores s WHERE s.call_id = cr.call_id ORDER BY s.created_at DESC, s.scorecard_version DESC LIMIT 1) = ?
     ORDER BY cr.call_id`).all(outcome, version, DEMO.date, X, version) as { id: string }[]).map((r) => r.id);
  [B] = withGreeting('fail');
  [C, D] = withGreeting('pass');
  const four = [X, B, C, D];
  expect(four.every(Boolean), `demo night lacks the four calls: ${JSON.stringify(four)}`).toBe(true);
  const passing = checksOf(X).map((c) => c.check_id).filter((id) => id !== 'greeting' && four.every((call) => checksOf(call).find((c) => c.check_id === id)?.outcome === 'pass'));
  expect(passing.length, 'a check passed on all four calls').toBeGreaterThan(0);
  Y = passing[0];
  thirdToken = (await createUser(h.store.sql, { name: 'uma', role: 'qa', teams: [] })).token;
}, 900_000);
afterAll(() => h?.cleanup());

describe('human evaluations and the calibration report', () => {
  it('scores an evaluation that agrees everywhere exactly like the automatic score', async () => {
    for (const call of [B, C, D]) {
      const res = await h.request('qa', `/api/v1/calls/${call}/evaluations`, jsonBody({ items: items(call) }));
      expect(res.status, await res.clone().text()).toBe(201);
      const body = (await res.json()) as { evaluation: { score: number; scorecardVersion: string } };
      const automatic = h.store.db.$client.prepare('SELECT score FROM scores WHERE call_id = ? AND scorecard_version = ?').get(call, version) as { score: number };
      expect(body.evaluation.scorecardVersion).toBe(version);
      expect(body.evaluation.score).toBe(automatic.score);
    }
    const before = await report();
    expect(before.evaluatedCalls).toBe(3);
    const greeting = before.checks.find((c) => c.checkId === 'greeting')!;
    expect(greeting.confusion).toEqual([[2, 0, 0], [0, 1, 0], [0, 0, 0]]);
    expect(greeting.kappa).toBeCloseTo(1, 12);
    expect(before.checks.find((c) => c.checkId === Y)!.kappa).toBeNull();
  });

  it('moves the figures exactly as computed by hand when an evaluation disagrees on two checks', async () => {
    const res = await asHuman(h.store.tokens.qa, `/api/v1/calls/${X}/evaluations`, jsonBody({
      comment: 'greeting was fine; Y was missed',
      items: items(X, { greeting: 'pass', [Y]: 'fail' }).map((i) => (i.checkId === Y ? { ...i, comment: 'not said', atS: 12.5 } : i)),
    }));
    expect(res.status, await res.clone().text()).toBe(201);
    const r = await report();
    expect(r.evaluatedCalls).toBe(4);

    const greeting = r.checks.find((c) => c.checkId === 'greeting')!;
    expect(greeting.n).toBe(4);
    expect(greeting.confusion).toEqual([[2, 0, 0], [1, 1, 0], [0, 0, 0]]);
    expect(greeting.agreement).toMatchObject({ successes: 3, n: 4, value: 0.75, largeEnough: false });
    expect(greeting.agreement.low).toBeCloseTo(0.3006, 4);
    expect(greeting.agreement.high).toBeCloseTo(0.9544, 4);
    expect(greeting.kappa).toBeCloseTo(0.5, 12);
    expect(greeting.fail.precision).toMatchObject({ successes: 1, n: 2, value: 0.5 });
    expect(greeting.fail.recall).toMatchObject({ successes: 1, n: 1, value: 1 });
    expect(greeting.disagreements).toEqual([expect.objectContaining({ callId: X, automatic: 'fail', human: 'pass' })]);

    const y = r.checks.find((c) => c.checkId === Y)!;
    expect(y.confusion).toEqual([[3, 1, 0], [0, 0, 0], [0, 0, 0]]);
    expect(y.kappa).toBeCloseTo(0, 12);
    expect(y.fail.precision).toMatchObject({ n: 0, value: null });
    expect(y.fail.recall).toMatchObject({ successes: 0, n: 1, value: 0 });
    expect(y.disagreements).toEqual([expect.objectContaining({ callId: X, automatic: 'pass', human: 'fail' })]);

    const others = r.checks.filter((c) => c.checkId !== 'greeting' && c.checkId !== Y);
    expect(others.length).toBe(checksOf(X).length - 2);
    for (const c of others) expect([c.n, c.agreement.successes, c.disagreements.length], c.checkId).toEqual([4, 4, 0]);
  });

  it('makes the evaluation the official score under human-replaces, audits the change, and keeps automatic under automatic', async () => {
    const human = checksOf(X).map((c) => ({
      checkId: c.check_id, section: c.section, label: c.label, weight: c.weight, critical: c.critical === 1, reason: '', evidence: [],
      outcome: c.check_id === 'greeting' ? 'pass' as const : c.check_id === Y ? 'fail' as const : c.outcome,
    }));
    const expected = scoreFromResults(human);
    const automatic = (h.store.db.$client.prepare('SELECT score FROM scores WHERE call_id = ? AND scorecard_version = ?').get(X, version) as { score: number }).score;

    const viaHuman = (await (await asHuman(h.store.tokens.qa, `/api/v1/calls/${X}`)).json()) as { official: { score: number; source: string; evaluationId: number } };
    expect(viaHuman.official).toMatchObject({ score: expected.score, source: 'human', autoFailed: expected.autoFailed });
    const viaAuto = (await (await h.request('qa', `/api/v1/calls/${X}`)).json()) as { official: { score: number; source: string } };
    expect(viaAuto.official).toMatchObject({ score: automatic, source: 'automatic', evaluationId: null });

    const audit = h.store.db.$client.prepare(`SELECT actor, before, after FROM audit_log WHERE action = 'score.official' AND entity = 'official-score'`).all() as { actor: string; before: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0].actor).toBe(h.store.users.qa.name);
    expect(JSON.parse(audit[0].before)).toMatchObject({ source: 'automatic', score: automatic });
    expect(JSON.parse(audit[0].after)).toMatchObject({ source: 'human', score: expected.score, evaluationId: viaHuman.official.evaluationId });
  });

  it('updates the analyst’s evaluation when they save again, with before and after in the audit log', async () => {
    const res = await asHuman(h.store.tokens.qa, `/api/v1/calls/${X}/evaluations`, jsonBody({ items: items(X, { greeting: 'pass' }) }));
    expect(res.status).toBe(200);
    const list = (await (await h.request('coachA', `/api/v1/calls/${X}/evaluations`)).json()) as { items: { id: number; evaluator: string }[] };
    expect(list.items.filter((e) => e.evaluator === h.store.users.qa.name)).toHaveLength(1);
    const update = h.store.db.$client.prepare(`SELECT before, after FROM audit_log WHERE action = 'evaluation.update' ORDER BY id DESC LIMIT 1`).get() as { before: string; after: string };
    expect(JSON.parse(update.before).outcomes[Y]).toBe('fail');
    expect(JSON.parse(update.after).outcomes[Y]).toBe('pass');
    // Y agrees again; greeting still disagrees.
    const r = await report();
    expect(r.checks.find((c) => c.checkId === Y)!.disagreements).toEqual([]);
    expect(r.checks.find((c) => c.checkId === 'greeting')!.disagreements).toHaveLength(1);
    // The official score followed the edit, and that change is audited too.
    expect(h.store.db.$client.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'score.official'`).get()).toEqual({ n: 2 });
  });

  it('writes the calibration report as XLSX with the same figures', async () => {
    const res = await h.request('qa', `/api/v1/reports/calibration?scorecardVersion=${encodeURIComponent(version)}&format=xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Per check')!;
    const header = sheet.getRow(7).values as unknown[];
    const rows = [] as unknown[][];
    sheet.eachRow((row, n) => n > 7 && rows.push(row.values as unknown[]));
    const greeting = rows.find((r) => r[header.indexOf('Check')] === 'greeting')!;
    expect(greeting[header.indexOf('n')]).toBe(4);
    expect(greeting[header.indexOf('Agreement %')]).toBe(75);
    expect(greeting[header.indexOf("Cohen's kappa")]).toBe(0.5);
    expect(wb.getWorksheet('Disagreements')!.getRow(8).getCell(3).value).toBe(X);
  });
});

describe('calibration sessions', () => {
  it("shows the analysts' Fleiss' kappa and majority agreement as computed by hand", async () => {
    const created = await h.request('qa', '/api/v1/calibration-sessions', jsonBody({ name: 'November greeting', callIds: [X, B] }));
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: number };
    // Greeting: X all pass, B all fail → κ = 1. Y: X (pass, fail, fail), B (pass, fail, na) → κ = −4/11
    // (see pipeline/review/calibration-sessions.test.ts for the arithmetic). Every other check: the automatic outcome, unanimous.
    const plan: [string, string, Record<string, CheckOutcome>, Record<string, CheckOutcome>][] = [
      ['ada', h.store.tokens.admin, { greeting: 'pass', [Y]: 'pass' }, { greeting: 'fail', [Y]: 'pass' }],
      ['quinn', h.store.tokens.qa, { greeting: 'pass', [Y]: 'fail' }, { greeting: 'fail', [Y]: 'fail' }],
      ['uma', thirdToken, { greeting: 'pass', [Y]: 'fail' }, { greeting: 'fail', [Y]: 'na' }],
    ];
    for (const [, token, onX, onB] of plan) {
      for (const [call, change] of [[X, onX], [B, onB]] as const) {
        const res = await asHuman(token, `/api/v1/calls/${call}/evaluations`, jsonBody({ sessionId: id, items: items(call, change) }));
        expect(res.status, await res.clone().text()).toBe(201);
      }
    }
    const view = (await (await h.request('qa', `/api/v1/calibration-sessions/${id}`)).json()) as {
      analysts: string[]; overall: { items: number; itemsLeftOut: number }; checks: { checkId: string; kappa: number | null }[];
      analystAgreement: { evaluator: string; compared: number; agreed: number }[];
    };
    const k = checksOf(X).length;
    expect(view.analysts).toEqual(['ada', 'quinn', 'uma']);
    expect(view.overall).toMatchObject({ items: 2 * k, itemsLeftOut: 0 });
    expect(view.checks.find((c) => c.checkId === 'greeting')!.kappa).toBeCloseTo(1, 12);
    expect(view.checks.find((c) => c.checkId === Y)!.kappa).toBeCloseTo(-4 / 11, 12);
    // B/Y is a tie (pass, fail, na): no agreed answer, so 2k − 1 items are compared; ada gave pass on X/Y against the majority's fail.
    expect(view.analystAgreement).toEqual([
      { evaluator: 'ada', compared: 2 * k - 1, agreed: 2 * k - 2, rate: (2 * k - 2) / (2 * k - 1) },
      { evaluator: 'quinn', compared: 2 * k - 1, agreed: 2 * k - 1, rate: 1 },
      { evaluator: 'uma', compared: 2 * k - 1, agreed: 2 * k - 1, rate: 1 },
    ]);
    // Session evaluations measure analysts: they change neither the calibration report nor the official score.
    expect((await report()).evaluatedCalls).toBe(4);
    const official = (await (await asHuman(h.store.tokens.qa, `/api/v1/calls/${B}`)).json()) as { official: { source: string; evaluationId: number } };
    const ordinaryB = h.store.db.$client.prepare('SELECT id FROM evaluations WHERE call_id = ? AND session_id = 0').get(B) as { id: number };
    expect(official.official).toMatchObject({ source: 'human', evaluationId: ordinaryB.id });
  });
});

describe('bad parameters answer 400 naming the field', () => {
  const cases: [string, () => [string, RequestInit | undefined], string, RegExp][] = [
    ['a missing check', () => [`/api/v1/calls/${X}/evaluations`, jsonBody({ items: items(X).slice(1) })], 'json.items', /missing/],
    ['an unknown check', () => [`/api/v1/calls/${X}/evaluations`, jsonBody({ items: [{ checkId: 'nope', outcome: 'pass' }] })], 'json.items.0.checkId', /no check "nope"/],
    ['a check given twice', () => [`/api/v1/calls/${X}/evaluations`, jsonBody({ items: [items(X)[0], ...items(X)] })], 'json.items.1.checkId', /twice/],
    ['a bad outcome', () => [`/api/v1/calls/${X}/evaluations`, jsonBody({ items: [{ checkId: 'greeting', outcome: 'maybe' }] })], 'json.items.0.outcome', /pass|fail|na/],
    ['a negative time', () => [`/api/v1/calls/${X}/evaluations`, jsonBody({ items: [{ checkId: 'greeting', outcome: 'pass', atS: -1 }] })], 'json.items.0.atS', /negative/],
    ['no items', () => [`/api/v1/calls/${X}/evaluations`, jsonBody({ items: [] })], 'json.items', /every check/],
    ['an unknown session', () => [`/api/v1/calls/${X}/evaluations`, jsonBody({ sessionId: 9999, items: items(X) })], 'json.sessionId', /no calibration session/],
    ['a reversed range', () => [`/api/v1/reports/calibration?from=2026-11-30&to=2026-11-01`, undefined], 'query.to', /before from/],
    ['a bad date', () => [`/api/v1/reports/calibration?from=2026-1-5`, undefined], 'query.from', /YYYY-MM-DD/],
    ['a bad format', () => [`/api/v1/reports/calibration?format=pdf`, undefined], 'query.format', /json|xlsx/],
    ['an empty session', () => ['/api/v1/calibration-sessions', jsonBody({ name: ' ', callIds: [] })], 'json.name', /empty/],
    ['an unknown call in a session', () => ['/api/v1/calibration-sessions', jsonBody({ name: 'x', callIds: ['no-such-call'] })], 'json.callIds', /no-such-call/],
    ['a session id that is not a number', () => ['/api/v1/calibration-sessions/abc', undefined], 'param.id', /number/i],
  ];
  it.each(cases)('%s', async (_name, make, field, reason) => {
    const [path, init] = make();
    const res = await h.request('qa', path, init);
    expect(res.status, await res.clone().text()).toBe(400);
    const body = (await res.json()) as { issues?: { field: string; reason: string }[] };
    const issue = body.issues?.find((i) => i.field === field);
    expect(issue, JSON.stringify(body)).toBeDefined();
    expect(issue!.reason).toMatch(reason);
  });

  it('answers 404 for an unknown call or session, and a call outside the session is refused', async () => {
    expect((await h.request('qa', '/api/v1/calls/no-such-call/evaluations', jsonBody({ items: [{ checkId: 'greeting', outcome: 'pass' }] }))).status).toBe(404);
    expect((await h.request('qa', '/api/v1/calibration-sessions/9999')).status).toBe(404);
    const s = (await (await h.request('qa', '/api/v1/calibration-sessions', jsonBody({ name: 'only B', callIds: [B] }))).json()) as { id: number };
    const res = await h.request('qa', `/api/v1/calls/${C}/evaluations`, jsonBody({ sessionId: s.id, items: items(C) }));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/not one of calibration session/);
  });
});
