/**
 * The night's results digest: equal for the same stored answers whatever order they were written in
 * and whenever, different as soon as one stored byte, score or check outcome differs. Real SQLite.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { digestNightResults } from './results-digest.ts';

type Row = { callId: string; vad: string; score: number; outcome: string; at: string };

function store(rows: Row[]): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE stage_results (call_id TEXT, stage TEXT, version TEXT, result TEXT, created_at TEXT);
    CREATE TABLE scores (call_id TEXT, scorecard_id TEXT, scorecard_version TEXT, score REAL, auto_failed INTEGER, auto_fail_reasons TEXT, created_at TEXT);
    CREATE TABLE check_results (call_id TEXT, scorecard_version TEXT, check_id TEXT, section TEXT, label TEXT, outcome TEXT, weight REAL, critical INTEGER, reason TEXT, evidence TEXT);`);
  for (const r of rows) {
    db.prepare('INSERT INTO stage_results VALUES (?, ?, ?, ?, ?)').run(r.callId, 'vad', 'v1', r.vad, r.at);
    db.prepare('INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?, ?)').run(r.callId, 'card', 'c1', r.score, 0, '[]', r.at);
    db.prepare('INSERT INTO check_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(r.callId, 'c1', 'greeting', 'open', 'Greeting', r.outcome, 1, 0, '', '[]');
  }
  return db;
}

const rows: Row[] = [
  { callId: 'a', vad: '{"segments":[[0.5,2.25]]}', score: 87.5, outcome: 'pass', at: '2026-12-02T13:00:00Z' },
  { callId: 'b', vad: '{"segments":[]}', score: 40, outcome: 'fail', at: '2026-12-02T13:00:01Z' },
];

describe('digestNightResults', () => {
  it('is the same for the same answers stored in another order at other times', () => {
    const again = [...rows].reverse().map((r) => ({ ...r, at: '2026-12-03T09:00:00Z' }));
    const first = digestNightResults(store(rows));
    expect(first).toEqual(digestNightResults(store(again)));
    expect(first).toMatchObject({ stageResults: 2, scores: 2, checkResults: 2 });
  });
  it('changes when one stored byte, one score or one check outcome changes', () => {
    const base = digestNightResults(store(rows)).sha256;
    expect(digestNightResults(store([{ ...rows[0], vad: '{"segments":[[0.5,2.26]]}' }, rows[1]])).sha256).not.toBe(base);
    expect(digestNightResults(store([rows[0], { ...rows[1], score: 40.000001 }])).sha256).not.toBe(base);
    expect(digestNightResults(store([rows[0], { ...rows[1], outcome: 'pass' }])).sha256).not.toBe(base);
  });
});
