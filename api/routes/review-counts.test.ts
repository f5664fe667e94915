/**
 * HR sees the human review work as counts only: `GET /api/v1/reports/review-counts` and the
 * block on the KPIs page count the evaluations, calibration sessions, disputes by status and
 * imported surveys of the period's calls — work done here with the real review functions, the
 * figures hand-counted below — and show no call id, comment or reason. A coach is refused.
 * On every store kind (SQLite, and Postgres when CALLQA_TEST_PG_URL is set).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../../pipeline/db/index.ts';
import { callScorecard, createSession, decideDispute, importSurveys, openDispute, saveEvaluation } from '../../pipeline/review/index.ts';
import { storeKinds } from '../../fixtures/support/store/stores.ts';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';

// Three calls of 2026-11-20 and one of the day before (outside a one-day period).
const A = 'c-a1-1120-1';
const B = 'c-a1-1120-2';
const C = 'c-b1-1120-1';
const OLDER = 'c-a1-1119-1';
const SECRET = 'reason-only-analysts-may-read';

async function evaluate(sql: Sql, callId: string, evaluator: string, sessionId = 0): Promise<void> {
  const card = (await callScorecard(sql, callId))!;
  const items = card.checks.map((c) => ({ checkId: c.checkId, outcome: c.automaticOutcome, comment: SECRET }));
  await saveEvaluation(sql, { callId, evaluator, sessionId, comment: SECRET, items }, { officialRule: 'automatic' });
}

async function dispute(sql: Sql, callId: string): Promise<number> {
  const check = (await callScorecard(sql, callId))!.checks[0]!;
  return (await openDispute(sql, { callId, checkId: check.checkId, requestedOutcome: check.automaticOutcome === 'pass' ? 'fail' : 'pass', reason: SECRET, openedBy: 'coach-a' })).id;
}

/**
 * On 2026-11-20: evaluations A by quinn and by ada, B by quinn (3 done, 2 calls); one session
 * with A evaluated by quinn and ada (1 session, 2 session evaluations); disputes A open, B
 * accepted, C rejected; surveys for A and B (a third row names no known call: rejected).
 * On 2026-11-19: OLDER evaluated, disputed (open) and surveyed — outside a one-day period.
 */
async function doReviewWork(sql: Sql): Promise<void> {
  await evaluate(sql, A, 'quinn');
  await evaluate(sql, A, 'ada');
  await evaluate(sql, B, 'quinn');
  await evaluate(sql, OLDER, 'quinn');
  const session = await createSession(sql, { name: 'counts', callIds: [A, B], createdBy: 'ada' });
  await evaluate(sql, A, 'quinn', session.id);
  await evaluate(sql, A, 'ada', session.id);
  await dispute(sql, A);
  await dispute(sql, OLDER);
  await decideDispute(sql, await dispute(sql, B), { decision: 'accept', analyst: 'quinn', reason: SECRET });
  await decideDispute(sql, await dispute(sql, C), { decision: 'reject', analyst: 'quinn', reason: SECRET });
  const csv = join(mkdtempSync(join(tmpdir(), 'callqa-review-counts-')), 'surveys.csv');
  writeFileSync(csv, `call_id,satisfaction,comment\n${A},4,${SECRET}\n${B},2,\n${OLDER},5,\nno-such-call,3,\n`);
  const summary = await importSurveys(sql, csv, { scale: { min: 1, max: 5 }, importedBy: 'quinn' });
  expect(summary).toMatchObject({ accepted: 3 });
}

describe.each(storeKinds())('review counts (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await setupHarness({}, kind);
    await doReviewWork(h.store.sql);
  }, 300_000);
  afterAll(() => h?.cleanup());

  it('counts the work on the calls of the period, as hand-counted', async () => {
    const res = await h.request('hr', '/api/v1/reports/review-counts?from=2026-11-20&to=2026-11-20');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      from: '2026-11-20', to: '2026-11-20',
      evaluations: { done: 3, calls: 2 },
      calibration: { sessions: 1, evaluations: 2 },
      disputes: { opened: 3, open: 1, accepted: 1, rejected: 1 },
      surveys: { imported: 2 },
    });
    const twoDays = (await (await h.request('qa', '/api/v1/reports/review-counts?from=2026-11-19&to=2026-11-20')).json()) as Record<string, Record<string, number>>;
    expect(twoDays.evaluations).toEqual({ done: 4, calls: 3 });
    expect(twoDays.disputes).toEqual({ opened: 4, open: 2, accepted: 1, rejected: 1 });
    expect(twoDays.surveys).toEqual({ imported: 3 });
    const none = (await (await h.request('admin', '/api/v1/reports/review-counts?from=2026-10-01&to=2026-10-31')).json()) as Record<string, Record<string, number>>;
    expect(none.evaluations).toEqual({ done: 0, calls: 0 });
    expect(none.disputes).toEqual({ opened: 0, open: 0, accepted: 0, rejected: 0 });
  });

  it('tells HR nothing about a call, and refuses coaches', async () => {
    const text = await (await h.request('hr', '/api/v1/reports/review-counts?from=2026-11-01&to=2026-11-30')).text();
    for (const hidden of [A, B, C, OLDER, SECRET, 'quinn', 'ada']) expect(text).not.toContain(hidden);
    expect((await h.request('coachA', '/api/v1/reports/review-counts?from=2026-11-01&to=2026-11-30')).status).toBe(403);
  });

  it('refuses a period that ends before it starts, and a malformed date', async () => {
    const backwards = await h.request('hr', '/api/v1/reports/review-counts?from=2026-11-20&to=2026-11-01');
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({ issues: [{ field: 'query.to' }] });
    expect((await h.request('hr', '/api/v1/reports/review-counts?from=2026-11&to=2026-11-30')).status).toBe(400);
  });

  it('shows the counts on the KPIs page HR opens', async () => {
    const res = await h.request('hr', '/kpis?period=2026-11-20&lang=en');
    expect(res.status).toBe(200);
    const html = await res.text();
    const block = html.slice(html.indexOf('id="review-counts"'));
    expect(block).toContain('Human review work');
    const count = (id: string) => Number(block.match(new RegExp(`data-count="${id}"><td>[^<]*</td><td class="num">(\\d+)<`))?.[1]);
    expect([count('evaluations'), count('calibration-sessions'), count('disputes-open'), count('disputes-accepted'), count('disputes-rejected'), count('surveys')]).toEqual([3, 1, 1, 1, 1, 2]);
    expect(html).not.toContain(SECRET);
  });
});
