/**
 * The list's index-friendly SQL keeps the store's rules: the current score is the newest
 * (created_at, then version) — the same row latest.ts's latestScoreVersion picks —, and the failed-check filter
 * follows corrections both ways (fail → pass drops a call, pass → fail adds it) and only
 * counts the current scorecard version. Real SQLite (in memory, migrations applied); the review
 * filters, sorts and keyset pages also on Postgres when CALLQA_TEST_PG_URL is set.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { openDb, sqlOf, type Db, type Sql } from '../../pipeline/db/index.ts';
import { listCalls, newestCalls } from './calls.ts';
import { latestScoreVersion } from './latest.ts';

function store(): Db {
  const db = openDb(':memory:');
  const c = db.$client;
  c.prepare("INSERT INTO agents VALUES ('a1', '王一', '王', 't1', 's', 'coach', 'zh')").run();
  const call = c.prepare("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES (?, ?, '/x.ogg', 'a1', ?, 'done')");
  const score = c.prepare("INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at) VALUES (?, 'sc', ?, ?, 0, '[]', ?)");
  const check = c.prepare("INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence) VALUES (?, ?, 'greeting', 's', 'l', ?, 1, 0, 'r', '[]')");
  const override = c.prepare("INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES (?, ?, 'greeting', ?, 'r', 'coach')");
  // k1: rescored by a newer version (v1 fails greeting, current v2 passes).
  call.run('k1', '2026-11-20', '2026-11-20T09:00:00+08:00');
  score.run('k1', 'v1', 40, '2026-11-20T01:00:00Z'); check.run('k1', 'v1', 'fail');
  score.run('k1', 'v2', 90, '2026-11-21T01:00:00Z'); check.run('k1', 'v2', 'pass');
  // k2: two versions stored at the same instant: the larger version text wins (v9 passes, v10 fails).
  call.run('k2', '2026-11-20', '2026-11-20T10:00:00+08:00');
  score.run('k2', 'v10', 30, '2026-11-21T01:00:00Z'); check.run('k2', 'v10', 'fail');
  score.run('k2', 'v9', 80, '2026-11-21T01:00:00Z'); check.run('k2', 'v9', 'pass');
  // k3: automatic pass corrected to fail; k4: automatic fail corrected to pass, then to fail again.
  call.run('k3', '2026-11-19', '2026-11-19T09:00:00+08:00');
  score.run('k3', 'v1', 70, '2026-11-20T01:00:00Z'); check.run('k3', 'v1', 'pass'); override.run('k3', 'v1', 'fail');
  call.run('k4', '2026-11-19', '2026-11-19T10:00:00+08:00');
  score.run('k4', 'v1', 50, '2026-11-20T01:00:00Z'); check.run('k4', 'v1', 'fail'); override.run('k4', 'v1', 'pass');
  // k5: automatic fail corrected to pass.
  call.run('k5', '2026-11-18', '2026-11-18T09:00:00+08:00');
  score.run('k5', 'v1', 55, '2026-11-20T01:00:00Z'); check.run('k5', 'v1', 'fail'); override.run('k5', 'v1', 'pass');
  return db;
}

describe('current score from the index', () => {
  it('is the newest created_at, then the larger version text, for every call', async () => {
    const db = store();
    const rows = await sqlOf(db).all<{ id: string; current: string; score: number }>(`SELECT c.call_id AS id, s.scorecard_version AS current, s.score AS score
        FROM calls c JOIN scores s ON s.call_id = c.call_id AND s.scorecard_version = ${latestScoreVersion('c.call_id')} ORDER BY c.call_id`);
    expect(rows.map((r) => [r.id, r.current, r.score])).toEqual([['k1', 'v2', 90], ['k2', 'v9', 80], ['k3', 'v1', 70], ['k4', 'v1', 50], ['k5', 'v1', 55]]);
  });

  it('filters on the current score, not an older version', async () => {
    const db = store();
    const low = await newestCalls(sqlOf(db), { scoreMax: 45 }, { page: 1, pageSize: 50 });
    // k1's v1 (40) and k2's v10 (30) are not current; none of the current scores is ≤ 45.
    expect(low).toEqual({ total: 0, totalExact: true, items: [], nextCursor: null });
    const high = await newestCalls(sqlOf(db), { scoreMin: 80 }, { page: 1, pageSize: 50 });
    expect(high.items.map((i) => [i.callId, i.score])).toEqual([['k2', 80], ['k1', 90]]);
  });
});

describe('failed-check filter', () => {
  it('follows corrections both ways and ignores older scorecard versions', async () => {
    const db = store();
    const db4 = db.$client;
    db4.prepare("INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES ('k4', 'v1', 'greeting', 'fail', 'r2', 'coach')").run();
    const res = await newestCalls(sqlOf(db), { failedCheck: 'greeting' }, { page: 1, pageSize: 50 });
    expect(res.total).toBe(2);
    expect(res.items.map((i) => i.callId)).toEqual(['k4', 'k3']);
    expect(res.items.every((i) => i.failedChecks.includes('greeting'))).toBe(true);
  });

  it('counts every match while a page holds only pageSize of them, newest first', async () => {
    const db = store();
    const res = await newestCalls(sqlOf(db), {}, { page: 2, pageSize: 2 });
    expect(res.total).toBe(5);
    expect(res.items.map((i) => i.callId)).toEqual(['k4', 'k3']);
  });
});

/**
 * The store above plus the human work, written through the async port so it runs on each store
 * kind: k1 evaluated, k2 claimed (live), k3 claimed (lapsed), disputes on k3 (open) and k4
 * (rejected), queues, k5 auto-failed, customer endings −0.5 / 0.1 / 0.6 on k1 / k2 / k3.
 */
async function seedReviewed(sql: Sql, now: Date): Promise<void> {
  await sql.run("INSERT INTO agents (agent_id, name, surname, team, site, coach, language) VALUES ('a1', '王一', '王', 't1', 's', 'coach', 'zh')");
  const call = (id: string, date: string, at: string) => sql.run("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES (?, ?, '/x.ogg', 'a1', ?, 'done')", [id, date, at]);
  const score = (id: string, version: string, value: number, at: string) =>
    sql.run("INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at) VALUES (?, 'sc', ?, ?, 0, '[]', ?)", [id, version, value, at]);
  const check = (id: string, version: string, outcome: string) =>
    sql.run("INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence) VALUES (?, ?, 'greeting', 's', 'l', ?, 1, 0, 'r', '[]')", [id, version, outcome]);
  await call('k1', '2026-11-20', '2026-11-20T09:00:00+08:00');
  await score('k1', 'v1', 40, '2026-11-20T01:00:00Z'); await check('k1', 'v1', 'fail');
  await score('k1', 'v2', 90, '2026-11-21T01:00:00Z'); await check('k1', 'v2', 'pass');
  await call('k2', '2026-11-20', '2026-11-20T10:00:00+08:00');
  await score('k2', 'v10', 30, '2026-11-21T01:00:00Z'); await check('k2', 'v10', 'fail');
  await score('k2', 'v9', 80, '2026-11-21T01:00:00Z'); await check('k2', 'v9', 'pass');
  await call('k3', '2026-11-19', '2026-11-19T09:00:00+08:00');
  await score('k3', 'v1', 70, '2026-11-20T01:00:00Z'); await check('k3', 'v1', 'pass');
  await call('k4', '2026-11-19', '2026-11-19T10:00:00+08:00');
  await score('k4', 'v1', 50, '2026-11-20T01:00:00Z'); await check('k4', 'v1', 'fail');
  await call('k5', '2026-11-18', '2026-11-18T09:00:00+08:00');
  await score('k5', 'v1', 55, '2026-11-20T01:00:00Z'); await check('k5', 'v1', 'fail');
  const later = new Date(now.getTime() + 10 * 60_000).toISOString();
  const earlier = new Date(now.getTime() - 10 * 60_000).toISOString();
  await sql.run("INSERT INTO evaluations (call_id, scorecard_version, evaluator, score, auto_failed, updated_at) VALUES ('k1', 'v2', 'quinn', 90, 0, ?)", [earlier]);
  await sql.run("INSERT INTO review_claims (call_id, claimed_by, reasons, claimed_at, expires_at) VALUES ('k2', 'quinn', '[]', ?, ?)", [earlier, later]);
  await sql.run("INSERT INTO review_claims (call_id, claimed_by, reasons, claimed_at, expires_at) VALUES ('k3', 'quinn', '[]', ?, ?)", [earlier, earlier]);
  const dispute = (id: string, status: string) =>
    sql.run("INSERT INTO disputes (call_id, scorecard_version, check_id, opened_by, reason, requested_outcome, status) VALUES (?, 'v1', 'greeting', 'coach', 'r', 'pass', ?)", [id, status]);
  await dispute('k3', 'open');
  await dispute('k4', 'rejected');
  await sql.run("UPDATE calls SET queue = 'card' WHERE call_id IN ('k1', 'k3')");
  await sql.run("UPDATE scores SET auto_failed = 1 WHERE call_id = 'k5'");
  const sentiment = (id: string, end: number) => sql.run("INSERT INTO stage_results (call_id, stage, version, result) VALUES (?, 'sentiment', 'm', ?)", [id, JSON.stringify({ customerEnd: end })]);
  await sentiment('k1', -0.5);
  await sentiment('k2', 0.1);
  await sentiment('k3', 0.6);
}

describe.each(storeKinds())('review filters, sorts and keyset pages on a %s store', (kind) => {
  const store = useTestStore(kind);
  const now = new Date();
  let sql: Sql;
  beforeEach(async () => {
    await store().reset();
    sql = store().sql;
    await seedReviewed(sql, now);
  });
  const ids = async (f: Parameters<typeof newestCalls>[1]) => (await newestCalls(sql, f, { page: 1, pageSize: 50 })).items.map((i) => i.callId).sort();

  it('narrows by review status, dispute status, queue, auto-fail and the customer ending band', async () => {
    expect(await ids({ reviewStatus: 'evaluated' })).toEqual(['k1']);
    expect(await ids({ reviewStatus: 'claimed' })).toEqual(['k2']);
    // k3's claim lapsed: it is unreviewed again.
    expect(await ids({ reviewStatus: 'unreviewed' })).toEqual(['k3', 'k4', 'k5']);
    expect(await ids({ disputeStatus: 'open' })).toEqual(['k3']);
    expect(await ids({ disputeStatus: 'rejected' })).toEqual(['k4']);
    expect(await ids({ disputeStatus: 'none' })).toEqual(['k1', 'k2', 'k5']);
    expect(await ids({ queue: 'card' })).toEqual(['k1', 'k3']);
    expect(await ids({ autoFailed: true })).toEqual(['k5']);
    expect(await ids({ customerEnding: 'neg' })).toEqual(['k1']);
    expect(await ids({ customerEnding: 'neu' })).toEqual(['k2']);
    expect(await ids({ customerEnding: 'pos' })).toEqual(['k3']);
    expect(await ids({ customerEndMax: 0 })).toEqual(['k1']);
    expect(await ids({ scorecardVersion: 'v1' })).toEqual(['k3', 'k4', 'k5']);
    expect(await ids({ failedCheck: 'greeting' })).toEqual(['k4', 'k5']);
    expect(await ids({ teams: ['t1'] })).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    expect(await ids({ teams: [] })).toEqual([]);
    const k3 = (await newestCalls(sql, { queue: 'card' }, { page: 1, pageSize: 50 })).items.find((i) => i.callId === 'k3')!;
    expect([k3.reviewStatus, k3.openDisputes, k3.queue, k3.customerEnd]).toEqual(['unreviewed', 1, 'card', 0.6]);
  });

  it('sorts by score with unscored calls last, and by agent', async () => {
    await sql.run("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES ('k6', '2026-11-21', '/x.ogg', 'a1', '2026-11-21T09:00:00+08:00', 'pending')");
    const byScore = async (dir: 'asc' | 'desc') => {
      const r = await listCalls(sql, {}, { sort: 'score', dir }, { page: 1, pageSize: 50 });
      return 'items' in r ? r.items.map((i) => [i.callId, i.score]) : r;
    };
    expect(await byScore('desc')).toEqual([['k1', 90], ['k2', 80], ['k3', 70], ['k5', 55], ['k4', 50], ['k6', null]]);
    expect(await byScore('asc')).toEqual([['k4', 50], ['k5', 55], ['k3', 70], ['k2', 80], ['k1', 90], ['k6', null]]);
  });

  it('pages newest first by keyset: the pages join up to the whole list, without repeats', async () => {
    const all = (await newestCalls(sql, {}, { page: 1, pageSize: 50 })).items.map((i) => i.callId);
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const r = await listCalls(sql, {}, { sort: 'date', dir: 'desc' }, { page: 1, pageSize: 2, after });
      if (!('items' in r)) throw new Error(r.badCursor);
      seen.push(...r.items.map((i) => i.callId));
      if (!r.nextCursor) break;
      after = r.nextCursor;
    }
    expect(all).toEqual(['k2', 'k1', 'k4', 'k3', 'k5']);
    expect(seen).toEqual(all);
    expect(await listCalls(sql, {}, { sort: 'date', dir: 'desc' }, { page: 1, pageSize: 2, after: 'bm9wZQ' })).toHaveProperty('badCursor');
  });
});
