/**
 * openStore: either dialect's migrations make every table of the schema (the parity list), with
 * the same columns and not-null, the same defaults' behaviour (ISO times, ids from 1), and
 * failures to open say where and what to check.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createFreshPgDatabase, withDatabase } from '../../fixtures/support/store/fresh-pg-database.ts';
import { sqliteSchemaShape } from '../../fixtures/support/store/schema-shape.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { testPgUrl } from '../../fixtures/support/store/test-pg-url.ts';
import { isPostgresLocation, openStore, type Store } from './open-store.ts';
import { StoreConnectionError } from './postgres/connection-errors.ts';
import type { Sql } from './sql.ts';

interface CatalogColumn {
  table_name: string;
  column_name: string;
  not_null: number;
}

/** Every column of every table in the database, from the dialect's own catalog. */
async function catalogColumns(sql: Sql): Promise<CatalogColumn[]> {
  if (sql.dialect === 'postgres') {
    return sql.all<CatalogColumn>(
      "SELECT table_name, column_name, is_nullable = 'NO' AS not_null FROM information_schema.columns WHERE table_schema = 'public'",
    );
  }
  const tables = await sql.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'");
  const out: CatalogColumn[] = [];
  for (const { name } of tables) {
    // A primary key column is not null even where SQLite's pragma does not say so.
    for (const c of await sql.all<{ name: string; notnull: number; pk: number }>(`SELECT name, "notnull", pk FROM pragma_table_info('${name}')`)) {
      out.push({ table_name: name, column_name: c.name, not_null: c.notnull || c.pk ? 1 : 0 });
    }
  }
  return out;
}

async function catalogIndexes(sql: Sql): Promise<string[]> {
  const rows =
    sql.dialect === 'postgres'
      ? await sql.all<{ name: string }>("SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'")
      : await sql.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index'");
  return rows.map((r) => r.name);
}

describe('isPostgresLocation', () => {
  it('tells Postgres URLs from SQLite paths', () => {
    expect(isPostgresLocation('postgres://u:p@h/db')).toBe(true);
    expect(isPostgresLocation('postgresql://h/db')).toBe(true);
    expect(isPostgresLocation('/var/lib/callqa/callqa.sqlite')).toBe(false);
    expect(isPostgresLocation('data/postgres://x')).toBe(false);
  });
});

describe.each(storeKinds())('openStore on %s', (kind) => {
  const store = useTestStore(kind);

  it('creates every table of the schema with its columns and not-null, and its indexes', async () => {
    const { sql } = store();
    const columns = await catalogColumns(sql);
    const expected = sqliteSchemaShape();
    expect([...new Set(columns.map((c) => c.table_name))].sort()).toEqual(expected.map((t) => t.name));
    for (const table of expected) {
      const found = columns.filter((c) => c.table_name === table.name).map((c) => [c.column_name, Boolean(c.not_null)]);
      expect(found.sort(), table.name).toEqual(table.columns.map((c) => [c.name, c.notNull]).sort());
    }
    const indexes = await catalogIndexes(sql);
    for (const index of expected.flatMap((t) => t.indexes)) expect(indexes).toContain(index.name);
  });

  it('stamps rows with ISO 8601 UTC times to the millisecond and numbers ids from 1', async () => {
    const { sql } = store();
    await store().reset();
    const before = Date.now();
    const note = await sql.get<{ id: number; created_at: string }>('INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?) RETURNING id, created_at', ['c1', 'ann', 'hi']);
    expect(note?.id).toBe(1);
    expect(note?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const at = Date.parse(note!.created_at);
    expect(at).toBeGreaterThanOrEqual(before - 1_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1_000);
    const call = await sql.get('INSERT INTO calls (call_id, date, file, agent_id, started_at) VALUES (?, ?, ?, ?, ?) RETURNING sampled, status', ['c1', '2026-11-20', '/r/c1.wav', 'a1', '2026-11-20T09:00:00']);
    expect(call).toEqual({ sampled: 0, status: 'pending' });
  });

  it('empties every table on reset, ids included', async () => {
    const { sql } = store();
    await sql.run('INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?)', ['c2', 'ann', 'x']);
    await store().reset();
    expect(await sql.get('SELECT count(*) AS n FROM notes')).toEqual({ n: 0 });
    expect(await sql.get('INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?) RETURNING id', ['c3', 'ann', 'y'])).toEqual({ id: 1 });
  });

  it('opens the same store again without migrating twice', async () => {
    const again = await openStore(store().url);
    try {
      expect(again.dialect).toBe(kind);
      expect(await again.sql.get('SELECT count(*) AS n FROM notes')).toEqual({ n: 1 });
    } finally {
      await again.close();
    }
  });
});

describe('openStore on SQLite: errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-open-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file and what to check when it cannot be opened', async () => {
    const notAFolder = join(dir, 'plain-file');
    writeFileSync(notAFolder, 'x');
    await expect(openStore(join(notAFolder, 'store.sqlite'))).rejects.toThrow(/SQLite store .*plain-file\/store\.sqlite: .*is the path right/);
  });
});

describe.runIf(testPgUrl())('openStore on Postgres: migration and errors', () => {
  const adminUrl = testPgUrl()!;

  it('migrates a blank database once when several processes open it together', async () => {
    const blank = await createFreshPgDatabase(adminUrl, { empty: true });
    const stores: Store[] = [];
    try {
      stores.push(...(await Promise.all(Array.from({ length: 4 }, () => openStore(blank.url, { poolSize: 2 })))));
      const applied = await stores[0].sql.get('SELECT count(*) AS n FROM drizzle.__drizzle_migrations');
      // Each migration once, not once per process.
      const journal = JSON.parse(readFileSync(new URL('./migrations-pg/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] };
      expect(applied).toEqual({ n: journal.entries.length });
      expect(await stores[3].sql.get("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'")).toEqual({ n: sqliteSchemaShape().length });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await blank.drop();
    }
  });

  it('masks the password in its location and names its connections', async () => {
    const blank = await createFreshPgDatabase(adminUrl);
    const store = await openStore(blank.url, { applicationName: 'callqa test 42' });
    try {
      expect(await store.sql.get('SELECT current_setting(?) AS name', ['application_name'])).toEqual({ name: 'callqa test 42' });
      const password = new URL(blank.url).password;
      expect(store.location).toContain(':***@');
      expect(password.length).toBeGreaterThan(0);
      expect(store.location).not.toContain(`:${password}@`);
    } finally {
      await store.close();
      await blank.drop();
    }
  });

  it('says the server is unreachable, naming the masked URL, when nothing listens', async () => {
    const url = new URL(adminUrl);
    url.port = '1'; // privileged and never a Postgres: refused at once
    const err = await openStore(url.toString()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreConnectionError);
    expect((err as StoreConnectionError).transient).toBe(true);
    expect((err as Error).message).toMatch(/^Postgres at postgres:\/\/[^:]+:\*\*\*@localhost:1\/\S+ is unreachable: .*ECONNREFUSED.* is the server up/);
  });

  it('asks whether the database exists when it does not', async () => {
    const err = await openStore(withDatabase(adminUrl, 'callqa_no_such_db')).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/callqa_no_such_db.*does not exist.*does the database exist\?/);
    expect((err as StoreConnectionError).transient).toBe(false);
  });

  it('refuses a database that sorts text by a language collation, saying how to make one that sorts like SQLite', async () => {
    const name = `callqa_icu_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'`);
      const err = await openStore(withDatabase(adminUrl, name)).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(new RegExp(`database "${name}" sorts text by the language collation .*createdb --encoding=UTF8 --locale=C --template=template0 ${name}`));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('asks to check the credentials when the password is wrong', async () => {
    const url = new URL(adminUrl);
    url.password = 'not-the-password';
    const err = await openStore(url.toString()).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/password authentication failed.*check the user name and password/);
    expect((err as Error).message).not.toContain('not-the-password');
  });
});
