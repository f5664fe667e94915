import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, schema } from './client.ts';

describe('openDb', () => {
  it('creates a WAL database file with every table, and reopens it without re-migrating', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'callqa-db-')), 'qa.sqlite');
    const db = openDb(file);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    db.insert(schema.agents)
      .values({ agentId: 'a1', name: '王芳', surname: '王', team: 't', site: 's', coach: 'c', language: 'zh' })
      .run();
    db.$client.close();
    const again = openDb(file);
    expect(again.select().from(schema.agents).all()).toHaveLength(1);
    const tables = again.$client
      .prepare("select name from sqlite_master where type='table' and name not like '\\_\\_%' escape '\\' and name not like 'sqlite%'")
      .all()
      .map((r) => (r as { name: string }).name)
      .sort();
    expect(tables).toEqual([
      'agents', 'audit_log', 'calibration_sessions', 'calls', 'check_results', 'dispute_events', 'disputes',
      'evaluation_items', 'evaluations', 'failures', 'ingest_rejects', 'notes', 'overrides', 'review_claims',
      'run_leases', 'runs', 'samples', 'scores', 'sessions', 'stage_results', 'survey_imports', 'survey_rejects',
      'surveys', 'users',
    ]);
    again.$client.close();
  });
});
