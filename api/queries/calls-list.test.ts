/**
 * The list's index-friendly SQL keeps the store's rules: the current score is the newest
 * (created_at, then version) — the same row latest.ts picks —, and the failed-check filter
 * follows corrections both ways (fail → pass drops a call, pass → fail adds it) and only
 * counts the current scorecard version. Real SQLite (in memory, migrations applied).
 */
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/client.ts';
import { latestScoreColumn } from './calls-latest.ts';
import { listCalls } from './calls.ts';
import { latestScoreRowid } from './latest.ts';

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
  it('picks the same row as latestScoreRowid for every call', () => {
    const db = store();
    const rows = db.$client.prepare(`SELECT c.call_id AS id, ${latestScoreColumn('c.call_id', 'scorecard_version')} AS fromIndex,
        (SELECT s.scorecard_version FROM scores s WHERE s.rowid = ${latestScoreRowid('c.call_id')}) AS fromRowid FROM calls c ORDER BY c.call_id`).all() as { id: string; fromIndex: string; fromRowid: string }[];
    expect(rows.map((r) => [r.id, r.fromIndex])).toEqual([['k1', 'v2'], ['k2', 'v9'], ['k3', 'v1'], ['k4', 'v1'], ['k5', 'v1']]);
    expect(rows.every((r) => r.fromIndex === r.fromRowid)).toBe(true);
  });

  it('filters on the current score, not an older version', () => {
    const db = store();
    const low = listCalls(db, { scoreMax: 45 }, { page: 1, pageSize: 50 });
    // k1's v1 (40) and k2's v10 (30) are not current; none of the current scores is ≤ 45.
    expect(low).toEqual({ total: 0, items: [] });
    const high = listCalls(db, { scoreMin: 80 }, { page: 1, pageSize: 50 });
    expect(high.items.map((i) => [i.callId, i.score])).toEqual([['k2', 80], ['k1', 90]]);
  });
});

describe('failed-check filter', () => {
  it('follows corrections both ways and ignores older scorecard versions', () => {
    const db = store();
    const db4 = db.$client;
    db4.prepare("INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES ('k4', 'v1', 'greeting', 'fail', 'r2', 'coach')").run();
    const res = listCalls(db, { failedCheck: 'greeting' }, { page: 1, pageSize: 50 });
    expect(res.total).toBe(2);
    expect(res.items.map((i) => i.callId)).toEqual(['k4', 'k3']);
    expect(res.items.every((i) => i.failedChecks.includes('greeting'))).toBe(true);
  });

  it('counts every match while a page holds only pageSize of them, newest first', () => {
    const db = store();
    const res = listCalls(db, {}, { page: 2, pageSize: 2 });
    expect(res.total).toBe(5);
    expect(res.items.map((i) => i.callId)).toEqual(['k4', 'k3']);
  });
});
