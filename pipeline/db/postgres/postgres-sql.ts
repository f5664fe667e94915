/**
 * The store's query port (`../sql.ts`) on Postgres, through a node-postgres pool made by
 * `createPgPool` (its type parsers make counts numbers and booleans 0/1, as on SQLite).
 *
 * Differences from SQLite a query author must know:
 * - Queries outside a transaction run on any free pooled connection, concurrently; a `tx` holds
 *   one connection (READ COMMITTED) and does not stop other queries or transactions, so guard
 *   read-then-write logic with `ON CONFLICT`, a conditional `UPDATE … WHERE`, or `SELECT … FOR
 *   UPDATE`, not with the transaction alone.
 * - A statement that fails inside a `tx` aborts the whole transaction: to go on after an
 *   expected failure, run that statement in a nested `tx` (a savepoint).
 * - Postgres gives a `?` the type its context implies (`n * ?` with an integer n: integer, so
 *   0.5 is refused) and a free-standing one (`SELECT ? AS x`) reads back as text: write
 *   `CAST(? AS DOUBLE PRECISION)` / `CAST(? AS INTEGER)` there, which SQLite accepts too.
 * - Unquoted column aliases are lower-cased (`AS callId` reads back as `callid`): use snake_case
 *   aliases or quote them (`AS "callId"`, which SQLite accepts too).
 */
import type pg from 'pg';
import type { RunResult, Sql, SqlValue } from '../sql.ts';
import { explainConnectionError } from './connection-errors.ts';
import { maskPassword } from './mask-password.ts';
import { toNumberedPlaceholders } from './placeholders.ts';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export interface PostgresSqlOptions {
  /** Where the pool points, for error messages (its password is masked). */
  location?: string;
}

export function postgresSql(pool: pg.Pool, options: PostgresSqlOptions = {}): Sql {
  const location = maskPassword(options.location ?? 'postgres');
  const explain = (err: unknown): unknown => explainConnectionError(err, location);

  const query = async (on: Queryable, text: string, params: readonly SqlValue[]): Promise<pg.QueryResult> => {
    try {
      return await on.query(toNumberedPlaceholders(text), params as unknown[]);
    } catch (err) {
      throw explain(err);
    }
  };

  const on = (target: Queryable, depth: number, client?: pg.PoolClient): Sql => ({
    dialect: 'postgres',
    async all<T extends object>(text: string, params: readonly SqlValue[] = []) {
      return (await query(target, text, params)).rows as T[];
    },
    async get<T extends object>(text: string, params: readonly SqlValue[] = []) {
      return (await query(target, text, params)).rows[0] as T | undefined;
    },
    async run(text: string, params: readonly SqlValue[] = []): Promise<RunResult> {
      return { changes: (await query(target, text, params)).rowCount ?? 0 };
    },
    async tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      if (client) return savepoint(client, depth, fn);
      let held: pg.PoolClient;
      try {
        held = await pool.connect();
      } catch (err) {
        throw explain(err);
      }
      // A connection left in an unknown state (lost mid-transaction, failed ROLLBACK) must not go
      // back to the pool: releasing it with an error closes it.
      let broken: Error | undefined;
      try {
        await query(held, 'BEGIN', []);
        const out = await fn(on(held, 1, held));
        await query(held, 'COMMIT', []);
        return out;
      } catch (err) {
        try {
          await held.query('ROLLBACK');
        } catch (rollbackErr) {
          broken = rollbackErr as Error;
        }
        throw err;
      } finally {
        held.release(broken);
      }
    },
  });

  const savepoint = async <T>(client: pg.PoolClient, depth: number, fn: (sql: Sql) => Promise<T>): Promise<T> => {
    const name = `sp${depth}`;
    await query(client, `SAVEPOINT ${name}`, []);
    try {
      const out = await fn(on(client, depth + 1, client));
      await query(client, `RELEASE SAVEPOINT ${name}`, []);
      return out;
    } catch (err) {
      await query(client, `ROLLBACK TO SAVEPOINT ${name}`, []);
      await query(client, `RELEASE SAVEPOINT ${name}`, []);
      throw err;
    }
  };

  return on(pool, 0);
}
