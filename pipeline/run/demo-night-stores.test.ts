/**
 * The demo night run on Postgres stores what the same run stores on SQLite: the same calls and
 * statuses, sample, failures, refused rows, stage results, check results and scores, and the
 * same run summary (issue 13's key evidence that one pipeline serves both stores). Both stores
 * are fresh and get the shipped night (fixtures/demo, 2026-11-20) from runNight with the same
 * real components (ffmpeg, Silero VAD, the compact sentiment model, the shipped scorecards).
 * Runs only where a test Postgres is configured (always in CI).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, storeKinds, type TestStore } from '../../fixtures/support/store/stores.ts';
import { loadConfig } from '../config.ts';
import type { Sql } from '../db/sql.ts';
import { checkOrder } from '../db/index.ts';
import { buildComponents } from './build-components.ts';
import { DEMO } from './demo-db.ts';
import { runNight } from './run-night.ts';
import { runOptionsFromConfig } from './run-options.ts';
import type { RunSummary } from './summary.ts';

describe.runIf(storeKinds().includes('postgres'))('the demo night on Postgres and on SQLite', () => {
  let pg: TestStore;
  let sqlite: TestStore;
  const summaries: Record<'pg' | 'sqlite', RunSummary | undefined> = { pg: undefined, sqlite: undefined };

  beforeAll(async () => {
    const config = loadConfig(DEMO.config);
    const components = await buildComponents(config);
    try {
      sqlite = await openTestStore('sqlite');
      pg = await openTestStore('postgres');
      const options = runOptionsFromConfig(config, { date: DEMO.date, recordingsDir: DEMO.recordings, manifestPath: DEMO.manifest, rosterPath: DEMO.roster });
      summaries.sqlite = await runNight(sqlite.sql, options, components);
      summaries.pg = await runNight(pg.sql, options, components);
    } finally {
      await components.close?.();
    }
  }, 1_200_000);

  afterAll(async () => {
    await sqlite?.destroy();
    await pg?.destroy();
  });

  const both = async (query: string): Promise<[unknown[], unknown[]]> => [await pg.sql.all(query), await sqlite.sql.all(query)];

  it.each([
    ['calls', 'SELECT call_id, date, file, agent_id, started_at, duration_s, abandoned, resolved, sampled, status FROM calls ORDER BY call_id'],
    ['sample', 'SELECT date, seed, call_ids FROM samples ORDER BY date'],
    ['failures', 'SELECT call_id, stage, reason, detail FROM failures ORDER BY call_id, stage, reason'],
    ['ingest rejects', 'SELECT date, source_file, row_number, call_id, field, reason FROM ingest_rejects ORDER BY date, row_number, reason'],
    ['stage results', 'SELECT call_id, stage, version, result FROM stage_results ORDER BY call_id, stage, version'],
    ['scores', 'SELECT call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons FROM scores ORDER BY call_id, scorecard_version'],
    ['check results', 'SELECT call_id, scorecard_version, check_id, section, outcome, weight, critical, reason, evidence, confidence FROM check_results ORDER BY call_id, scorecard_version, check_id'],
  ])('stores the same %s', async (_name, query) => {
    const [onPg, onSqlite] = await both(query);
    expect(onSqlite.length).toBeGreaterThan(0);
    expect(onPg).toEqual(onSqlite);
  });

  // Found by this test: Postgres's ctid is not insertion order, so checks carry a position.
  it('keeps each score\'s checks in scorecard order, as saved', async () => {
    const order = (sql: Sql) => sql.all<{ call_id: string; check_id: string }>(`SELECT call_id, check_id FROM check_results ORDER BY call_id, scorecard_version, ${checkOrder()}`);
    const onSqlite = await order(sqlite.sql);
    expect(onSqlite.length).toBeGreaterThan(0);
    // The stored order is the scorecard's, on both: SQLite's insertion order agrees with position.
    expect(onSqlite).toEqual(await sqlite.sql.all('SELECT call_id, check_id FROM check_results ORDER BY call_id, scorecard_version, rowid'));
    expect(await order(pg.sql)).toEqual(onSqlite);
  });

  it('summarises the night the same way', async () => {
    const comparable = (s: RunSummary | undefined) => {
      const { runId: _r, elapsedS: _e, ...rest } = s!;
      return rest;
    };
    expect(summaries.pg!.calls.done).toBeGreaterThan(0);
    expect(comparable(summaries.pg)).toEqual(comparable(summaries.sqlite));
    const [onPg, onSqlite] = await both('SELECT date, status FROM runs ORDER BY id');
    expect(onPg).toEqual(onSqlite);
  });
});
