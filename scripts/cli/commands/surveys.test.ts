/** `callqa surveys import`, run as a real child process on a real SQLite store. */
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../fixtures/support/cli/run-cli.ts';
import { openStore, type Store } from '../../../pipeline/db/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'callqa-surveys-cli-'));
const db = join(dir, 'callqa.sqlite');
let store: Store;

beforeAll(async () => {
  store = await openStore(db);
  await store.sql.run("INSERT INTO agents (agent_id, name, surname, team, site, coach, language) VALUES ('a1', '王一', '王', 't1', 's', 'c', 'zh')");
  for (const id of ['c1', 'c2', 'c3']) {
    await store.sql.run("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES (?, '2026-11-20', '/x.ogg', 'a1', '2026-11-20T09:00:00+08:00', 'done')", [id]);
  }
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const humanLines = (stderr: string) => stderr.split('\n').filter((l) => l && !l.startsWith('{'));

describe('callqa surveys import', () => {
  it('imports a GB18030 file, prints each refused row with file, line and field, and stores the rest', async () => {
    const file = join(dir, 'export.csv');
    writeFileSync(file, iconv.encode('call_id,satisfaction,comment\nc1,5,很满意\nc2,7,\nc9,3,\nc3,2,"排队太久"\n', 'gb18030'));
    const r = await runCli(['surveys', 'import', file, '--scale', '1-5', '--encoding', 'gb18030', '--db', db, '--by', 'quinn']);
    expect({ code: r.code, stderr: humanLines(r.stderr) }).toEqual({ code: 0, stderr: [] });
    expect(r.stdout.trim().split('\n')).toEqual([
      `Survey import #1 from ${file} (scale 1-5): 2 accepted (0 replacing an earlier answer), 2 rejected.`,
      `  ${file}:3 (c2): satisfaction: 7 is outside the scale 1-5`,
      `  ${file}:4 (c9): call_id: unknown call c9 (not in the store)`,
    ]);
    store = await openStore(db);
    expect(await store.sql.all('SELECT call_id, satisfaction, comment FROM surveys ORDER BY call_id')).toEqual([
      { call_id: 'c1', satisfaction: 5, comment: '很满意' }, { call_id: 'c3', satisfaction: 2, comment: '排队太久' },
    ]);
    expect(await store.sql.get("SELECT actor FROM audit_log WHERE action = 'survey.import'")).toEqual({ actor: 'quinn' });
    await store.close();
  });

  it('refuses a bad scale and an unreadable file in one line each, storing nothing', async () => {
    const file = join(dir, 'ok.csv');
    writeFileSync(file, 'call_id,satisfaction\nc1,4\n');
    const scale = await runCli(['surveys', 'import', file, '--scale', '5-1', '--db', db]);
    expect(scale.code).not.toBe(0);
    expect(humanLines(scale.stderr).join('\n')).toMatch(/scale 5-1: the lowest answer must be below the highest/);
    const missing = await runCli(['surveys', 'import', join(dir, 'nope.csv'), '--scale', '1-5', '--db', db]);
    expect(missing.code).toBe(1);
    expect(humanLines(missing.stderr)).toEqual([`callqa surveys import: ${join(dir, 'nope.csv')}: file not found`]);
    store = await openStore(db);
    expect(await store.sql.get('SELECT count(*) AS n FROM survey_imports')).toEqual({ n: 1 });
    await store.close();
  });
});
