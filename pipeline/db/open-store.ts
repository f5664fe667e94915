/**
 * Opens the store a location names, in either dialect, migrated to this build's schema:
 * `postgres://…` or `postgresql://…` → Postgres (a connection pool), anything else → a SQLite
 * file (`:memory:` too). Commands take the location from `--db`, the config file or `CALLQA_DB`.
 */
import { openDb } from './client.ts';
import { explainConnectionError, StoreConnectionError } from './postgres/connection-errors.ts';
import { maskPassword } from './postgres/mask-password.ts';
import { migratePostgres } from './postgres/migrate.ts';
import { createPgPool } from './postgres/pool.ts';
import { postgresSql } from './postgres/postgres-sql.ts';
import { assertByteOrderText } from './postgres/text-order.ts';
import { sqlOf, type Dialect, type Sql } from './sql.ts';

export interface Store {
  readonly dialect: Dialect;
  readonly sql: Sql;
  /** The location opened, with any password masked: safe to log. */
  readonly location: string;
  /** Closes the file or ends the pool's connections (waits for queries in flight on Postgres). */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Postgres: connections in the pool at most (default 10). */
  poolSize?: number;
  /** Postgres: the name its connections show in pg_stat_activity (default `callqa`), e.g. `callqa worker 1234@host`. */
  applicationName?: string;
}

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  return isPostgresLocation(location) ? openPostgresStore(location, options) : openSqliteStore(location);
}

async function openPostgresStore(url: string, options: OpenStoreOptions): Promise<Store> {
  const location = maskPassword(url);
  const pool = createPgPool(url, { max: options.poolSize, applicationName: options.applicationName });
  try {
    await assertByteOrderText(pool, location);
    await migratePostgres(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    const explained = explainConnectionError(err, location);
    if (explained instanceof StoreConnectionError) throw explained;
    if (err instanceof Error && err.message.startsWith(`Postgres at ${location}`)) throw err;
    throw new Error(`Postgres at ${location}: bringing the store's schema up to date failed: ${(err as Error).message} — does the user own the database (or may it create tables in it)?`, { cause: err });
  }
  let closed: Promise<void> | undefined;
  return {
    dialect: 'postgres',
    sql: postgresSql(pool, { location: url }),
    location,
    close: () => (closed ??= pool.end()),
  };
}

async function openSqliteStore(file: string): Promise<Store> {
  let db: ReturnType<typeof openDb>;
  try {
    db = openDb(file);
  } catch (err) {
    throw new Error(`SQLite store ${file}: ${(err as Error).message} — is the path right, its folder writable, and the file a callqa store?`, { cause: err });
  }
  return {
    dialect: 'sqlite',
    sql: sqlOf(db),
    location: file,
    close: async () => {
      if (db.$client.open) db.$client.close();
    },
  };
}
