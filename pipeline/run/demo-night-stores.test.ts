/**
 * The demo month run on Postgres stores what the same run stores on SQLite: the same calls and
 * statuses, samples, failures, refused rows, stage results, check results and scores, and the
 * same run summaries (issue 13's key evidence that one pipeline serves both stores). The SQLite
 * side is the cached demo database the other demo tests read (demo-db.ts); the Postgres side is
 * built here into a fresh database. Runs only where a test Postgres is configured (always in CI).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, storeKinds, type TestStore } from '../../fixtures/support/store/stores.ts';
import { sqliteSql, type Sql } from '../db/sql.ts';
import { demoDatabaseFile, runDemoMonth } from './demo-db.ts';
import type { RunSummary } from './summary.ts';

const HISTORY = '<history>';

describe.runIf(storeKinds().includes('postgres'))('the demo month on Postgres and on SQLite', () => {
  let pg: TestStore;
  let sqliteFile: string;
  let sqlite: Database.Database;
  let historyDir: string;
  let pgSummaries: RunSummary[];

  beforeAll(async () => {
    sqliteFile = await demoDatabaseFile();
    sqlite = new Database(sqliteFile, { readonly: true });
    pg = await openTestStore('postgres');
    historyDir = mkdtempSync(join(tmpdir(), 'callqa-demo-pg-history-'));
    pgSummaries = await runDemoMonth(pg.sql, historyDir);
  }, 1_200_000);

  afterAll(async () => {
    sqlite?.close();
    await pg?.destroy();
    if (historyDir) rmSync(historyDir, { recursive: true, force: true });
  });

  /** The same query on both stores, history folder paths replaced by one placeholder. */
  const both = async (query: string): Promise<[unknown[], unknown[]]> => {
    const sqliteHistory = sqliteFile.replace(/callqa-demo-night-([0-9a-f]{16})\.sqlite$/, 'callqa-demo-history-$1');
    const read = async (sql: Sql, history: string) => JSON.parse(JSON.stringify(await sql.all(query)).split(history).join(HISTORY)) as unknown[];
    return [await read(pg.sql, historyDir), await read(sqliteSql(sqlite), sqliteHistory)];
  };

  it('ran every night to the end on Postgres', () => {
    expect(pgSummaries.length).toBeGreaterThanOrEqual(5);
    expect(pgSummaries.every((s) => !s.interrupted)).toBe(true);
    expect(pgSummaries.at(-1)!.calls.done).toBeGreaterThan(0);
  });

  it.each([
    ['calls', 'SELECT call_id, date, agent_id, started_at, duration_s, abandoned, resolved, sampled, status FROM calls ORDER BY call_id'],
    ['samples', 'SELECT date, seed, call_ids FROM samples ORDER BY date'],
    ['failures', 'SELECT call_id, stage, reason, detail FROM failures ORDER BY call_id, stage, reason'],
    ['ingest rejects', 'SELECT date, row_number, call_id, field, reason FROM ingest_rejects ORDER BY date, row_number, reason'],
    ['stage results (not audio)', "SELECT call_id, stage, version, result FROM stage_results WHERE stage <> 'audio' ORDER BY call_id, stage, version"],
    ['scores', 'SELECT call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons FROM scores ORDER BY call_id, scorecard_version'],
    ['check results', 'SELECT call_id, scorecard_version, check_id, section, outcome, weight, critical, reason, evidence, confidence FROM check_results ORDER BY call_id, scorecard_version, check_id'],
  ])('stores the same %s', async (_name, query) => {
    const [onPg, onSqlite] = await both(query);
    expect(onSqlite.length).toBeGreaterThan(0);
    expect(onPg).toEqual(onSqlite);
  });

  it('keeps each score\'s checks in scorecard order, as saved', async () => {
    // Insertion order (SQLite rowid, Postgres ctid) is what the call page and loadCallScore read.
    const order = (sql: Sql, position: string) =>
      sql.all<{ call_id: string; check_id: string }>(`SELECT call_id, check_id FROM check_results ORDER BY call_id, scorecard_version, ${position}`);
    expect(await order(pg.sql, 'ctid')).toEqual(await order(sqliteSql(sqlite), 'rowid'));
  });

  it('summarises every night the same way', async () => {
    const [onPg, onSqlite] = await both('SELECT date, status, summary FROM runs ORDER BY id');
    const comparable = (rows: unknown[]) =>
      (rows as { date: string; status: string; summary: string }[]).map((r) => {
        const { runId: _r, elapsedS: _e, ...rest } = JSON.parse(r.summary) as RunSummary;
        return { ...rest, date: r.date, status: r.status };
      });
    expect(comparable(onPg)).toEqual(comparable(onSqlite));
  });
});
