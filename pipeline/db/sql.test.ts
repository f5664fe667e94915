import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertMany, sqliteSql, type Sql } from './sql.ts';

describe('sqliteSql', () => {
  let dir: string;
  let client: Database.Database;
  let sql: Sql;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'callqa-sql-'));
    client = new Database(join(dir, 'store.sqlite'));
    sql = sqliteSql(client);
    await sql.run('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER)');
  });
  afterEach(() => {
    client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs, reads one and reads all with ? placeholders', async () => {
    expect((await sql.run('INSERT INTO t (name, n) VALUES (?, ?), (?, ?)', ['a', 1, 'b', 2])).changes).toBe(2);
    expect(await sql.get('SELECT n FROM t WHERE name = ?', ['b'])).toEqual({ n: 2 });
    expect(await sql.get('SELECT n FROM t WHERE name = ?', ['zz'])).toBeUndefined();
    expect(await sql.all('SELECT name FROM t ORDER BY name')).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(await sql.all('INSERT INTO t (name) VALUES (?) RETURNING id', ['c'])).toEqual([{ id: 3 }]);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await sql.tx(async (t) => {
      await t.run('INSERT INTO t (name) VALUES (?)', ['kept']);
    });
    await expect(
      sql.tx(async (t) => {
        await t.run('INSERT INTO t (name) VALUES (?)', ['lost']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await sql.all<{ name: string }>('SELECT name FROM t')).map((r) => r.name)).toEqual(['kept']);
  });

  it('rolls back only the inner savepoint of a nested transaction', async () => {
    await sql.tx(async (t) => {
      await t.run('INSERT INTO t (name) VALUES (?)', ['outer']);
      await t.tx(async (inner) => {
        await inner.run('INSERT INTO t (name) VALUES (?)', ['inner']);
        throw new Error('inner fails');
      }).catch(() => undefined);
    });
    expect((await sql.all<{ name: string }>('SELECT name FROM t')).map((r) => r.name)).toEqual(['outer']);
  });

  it('queues transactions started together and keeps outside queries out of an open one', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = sql.tx(async (t) => {
      await t.run('INSERT INTO t (name) VALUES (?)', ['first']);
      order.push('first in');
      await held;
      order.push('first out');
    });
    const second = sql.tx(async (t) => {
      order.push('second in');
      await t.run('INSERT INTO t (name) VALUES (?)', ['second']);
    });
    const outside = sql.all<{ name: string }>('SELECT name FROM t').then((rows) => {
      order.push(`outside saw ${rows.length}`);
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['first in']);
    release();
    await Promise.all([first, second, outside]);
    expect(order.slice(0, 3)).toEqual(['first in', 'first out', 'second in']);
    expect(order).toContain('outside saw 2');
  });

  it('inserts many rows in chunks under the bound-parameter limit', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => [`n${i}`, i] as const);
    expect(await insertMany(sql, 't', ['name', 'n'], rows, 'ON CONFLICT (name) DO NOTHING')).toBe(25_000);
    expect(await insertMany(sql, 't', ['name', 'n'], rows.slice(0, 10), 'ON CONFLICT (name) DO NOTHING')).toBe(0);
    expect(await sql.get('SELECT count(*) AS c, sum(n) AS s FROM t')).toEqual({ c: 25_000, s: (24_999 * 25_000) / 2 });
  });
});
