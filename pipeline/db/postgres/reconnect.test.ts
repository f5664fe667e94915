/**
 * The store survives Postgres restarting: during the outage a query fails at once with a clear,
 * retryable error (and one in flight when the server goes down fails too); once the server is
 * back the very next query works, on the same pool, with the data still there. Runs a private
 * server (fixtures/support/store/private-postgres.ts) so the shared one is not disturbed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from '../../../fixtures/support/store/private-postgres.ts';
import { testPgUrl } from '../../../fixtures/support/store/test-pg-url.ts';
import { openStore, type Store } from '../open-store.ts';
import { StoreConnectionError } from './connection-errors.ts';

const enabled = Boolean(testPgUrl());
if (enabled && !postgresBinDir() && process.env.CI === 'true') throw new Error('CI runs the Postgres restart test: install Debian postgresql (scripts/dev/postgres.sh)');

describe.runIf(enabled && postgresBinDir())('Postgres restarting under an open store', () => {
  let server: PrivatePostgres;
  let store: Store;
  beforeAll(async () => {
    server = await startPrivatePostgres();
    store = await openStore(server.url, { poolSize: 4 });
  });
  afterAll(async () => {
    await store?.close();
    await server?.destroy();
  });

  it('fails queries clearly while it is down and works again as soon as it is back', async () => {
    const { sql } = store;
    await sql.run('INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?)', ['c1', 'ann', 'before']);
    // Warm several pooled connections, so stale ones are in the pool when the server goes.
    await Promise.all([1, 2, 3].map(() => sql.get('SELECT pg_sleep(0.05)')));
    const inFlight = sql.get('SELECT pg_sleep(30) AS slept').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 200));

    await server.stop();
    const lost = await inFlight;
    expect(lost).toBeInstanceOf(StoreConnectionError);
    expect((lost as StoreConnectionError).transient).toBe(true);

    const during = await sql.get('SELECT count(*) AS n FROM notes').catch((e: unknown) => e);
    expect(during).toBeInstanceOf(StoreConnectionError);
    expect((during as Error).message).toMatch(/^Postgres at postgres:\/\/callqa@127\.0\.0\.1:\d+\/postgres is unreachable: .*ECONNREFUSED.*is the server up/);
    await expect(sql.tx((t) => t.run('INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?)', ['c1', 'ann', 'lost']))).rejects.toThrow(/is unreachable/);

    await server.start();
    expect(await sql.get('SELECT count(*) AS n FROM notes')).toEqual({ n: 1 });
    // Every pooled connection, not just the first: several at once, and a transaction.
    const counts = await Promise.all([1, 2, 3, 4].map(() => sql.get<{ n: number }>('SELECT count(*) AS n FROM notes')));
    expect(counts.map((c) => c?.n)).toEqual([1, 1, 1, 1]);
    await sql.tx((t) => t.run('INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?)', ['c1', 'ann', 'after']));
    expect(await sql.all('SELECT body FROM notes ORDER BY id')).toEqual([{ body: 'before' }, { body: 'after' }]);
  });
});
