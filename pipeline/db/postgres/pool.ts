/**
 * A node-postgres pool for the store. Its results read like SQLite's through the port: int8
 * (`count(*)`, `sum` of integers) and numeric (`avg`, `sum` of bigints) as JS numbers, and
 * booleans (`x = y`, `EXISTS (…)`) as 0/1 — set on this pool's connections only, not in pg's
 * global type registry, so other Postgres users in the process are unaffected.
 */
import pg from 'pg';

/** Integer OIDs of the types read differently from node-postgres's defaults. */
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const BOOL_OID = 16;

/** Numbers past 2^53 lose precision; the store's counts and ids stay far below it. */
const textParsers: Record<number, (value: string) => unknown> = {
  [INT8_OID]: Number,
  [NUMERIC_OID]: Number,
  [BOOL_OID]: (value) => (value === 't' ? 1 : 0),
};

const storeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    (format ?? 'text') === 'text' && textParsers[oid] ? textParsers[oid] : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PgPoolOptions {
  /** Connections at most (node-postgres's default is 10). */
  max?: number;
  /** How long to wait for a connection before failing, in milliseconds. */
  connectTimeoutMs?: number;
  /** Shown in pg_stat_activity, so an operator sees which process holds which connections. */
  applicationName?: string;
}

export function createPgPool(url: string, options: PgPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types: storeTypes,
    max: options.max ?? 10,
    // Without it a connect to a host that drops packets waits forever.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    // Notice a server machine that vanished without closing its sockets.
    keepAlive: true,
    application_name: options.applicationName ?? 'callqa',
  });
  // An idle connection that dies (the server restarting) is dropped by the pool, which then emits
  // 'error': without a listener that would crash the process. The next query opens a new one.
  pool.on('error', () => undefined);
  // A checked-out connection that dies between queries emits 'error' on itself; its next query
  // fails and the connection is discarded on release (see postgres-sql.ts).
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
