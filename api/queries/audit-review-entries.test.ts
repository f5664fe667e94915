/**
 * A call's audit trail shows its human-review entries — evaluations, queue claims, disputes
 * and the corrections an accepted dispute makes — written by the real review functions, and
 * matched exactly: call `q` never sees the entries of call `q/x` (whose id starts with `q`),
 * and `q/x` sees its own. On every store kind (SQLite, and Postgres when CALLQA_TEST_PG_URL is set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql, SqlValue } from '../../pipeline/db/index.ts';
import { callScorecard, claimCall, decideDispute, openDispute, saveEvaluation } from '../../pipeline/review/index.ts';
import { storeKinds } from '../../fixtures/support/store/stores.ts';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import { isEntityOfCall, callIdPart } from './audit-entity.ts';
import { listAudit } from './audit.ts';

const SECRET = 'team-b-only: agent was told off about the card fee';

/** Copies of one row of `table` whose call_id is `from`, under call id `to` (and agent `agentId` for calls). */
async function copyRows(sql: Sql, table: 'calls' | 'scores' | 'check_results', from: string, to: string, agentId: string): Promise<void> {
  for (const row of await sql.all<Record<string, SqlValue>>(`SELECT * FROM ${table} WHERE call_id = ?`, [from])) {
    const copy: Record<string, SqlValue> = { ...row, call_id: to, ...(table === 'calls' ? { agent_id: agentId } : {}) };
    if (table === 'check_results') delete copy.id;
    const cols = Object.keys(copy);
    await sql.run(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, Object.values(copy));
  }
}

/** The human work on one call: a claim, an evaluation (ends the claim), a dispute decided. */
async function reviewCall(sql: Sql, callId: string, decision: 'accept' | 'reject', reason: string): Promise<void> {
  const card = (await callScorecard(sql, callId))!;
  expect((await claimCall(sql, { callId, analyst: 'quinn', reasons: ['critical-fail'], claimMinutes: 30 })).ok).toBe(true);
  const items = card.checks.map((c) => ({ checkId: c.checkId, outcome: c.automaticOutcome, comment: reason }));
  await saveEvaluation(sql, { callId, evaluator: 'quinn', comment: reason, items }, { officialRule: 'human-replaces' });
  const failed = card.checks.find((c) => c.automaticOutcome === 'fail') ?? card.checks[0]!;
  const dispute = await openDispute(sql, { callId, checkId: failed.checkId, requestedOutcome: 'pass', reason, openedBy: 'coach' });
  await decideDispute(sql, dispute.id, { decision, analyst: 'quinn', reason });
}

describe.each(storeKinds())('review entries in a call’s audit trail (%s)', (kind) => {
  let h: Harness;

  beforeAll(async () => {
    h = await setupHarness({ officialScore: 'human-replaces' }, kind);
    const sql = h.store.sql;
    const source = h.store.failedGreetingCall;
    for (const [callId, agent] of [['q', 'a1'], ['q/x', 'b1']] as const) {
      for (const table of ['calls', 'scores', 'check_results'] as const) await copyRows(sql, table, source, callId, agent);
    }
    await reviewCall(sql, 'q', 'accept', 'heard it at 0:42');
    await reviewCall(sql, 'q/x', 'reject', SECRET);
  }, 300_000);
  afterAll(() => h?.cleanup());

  const actionsOf = async (callId: string) => (await listAudit(h.store.sql, { callId, limit: 1000 })).map((e) => e.action);

  it('lists the evaluation, claim and dispute entries of the call', async () => {
    const actions = await actionsOf('q');
    for (const a of ['review.claim', 'review.complete', 'evaluation.create', 'dispute.open', 'dispute.accept', 'check.override', 'score.recompute']) {
      expect(actions, a).toContain(a);
    }
    const entries = await listAudit(h.store.sql, { callId: 'q', limit: 1000 });
    expect(entries.some((e) => /^q\/evaluation\/[0-9]+$/.test(e.entityId))).toBe(true);
    expect(entries.some((e) => /^q\/dispute\/[0-9]+$/.test(e.entityId))).toBe(true);
    expect(entries.some((e) => e.entityId === 'q/claim')).toBe(true);
  });

  it('never shows call q the entries of call q/x, which are found under q/x', async () => {
    const q = await listAudit(h.store.sql, { callId: 'q', limit: 1000 });
    expect(JSON.stringify(q)).not.toContain(SECRET);
    expect(q.every((e) => isEntityOfCall(e.entityId, callIdPart('q')))).toBe(true);
    const qx = await actionsOf('q/x');
    expect(qx).toContain('dispute.reject');
    expect(qx).toContain('review.claim');
    expect(qx.filter((a) => a.startsWith('evaluation.'))).toHaveLength(1);
    // Shapes close to the review ids but not of the call: nothing else may pass.
    for (const stranger of ['q/claim/1', 'q/evaluation/', 'q/evaluation/7/x', 'q/dispute/x', 'q%2Fx/claim', 'q/surveys']) {
      expect(isEntityOfCall(stranger, callIdPart('q')), stranger).toBe(false);
    }
  });

  it('shows them on the call page trail and in the API audit log', async () => {
    const res = await h.request('qa', '/api/v1/audit?callId=q&limit=1000');
    const body = (await res.json()) as { items: { action: string }[] };
    expect(body.items.map((i) => i.action)).toContain('dispute.accept');
    expect(JSON.stringify(body)).not.toContain(SECRET);
    const page = await h.request('qa', '/calls/q');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('dispute.accept');
    expect(html).toContain('evaluation.create');
    expect(html).not.toContain(SECRET);
  });
});
