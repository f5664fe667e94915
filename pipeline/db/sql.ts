/**
 * The store's query port: plain SQL text with `?` placeholders, run asynchronously, the same
 * for every dialect. SQLite (better-sqlite3, synchronous underneath) and Postgres (a pool of
 * connections) both implement it, so query code is written once and the store's tests run
 * against both.
 *
 * Portable SQL only: `?` placeholders, `ON CONFLICT … DO NOTHING / DO UPDATE`, `RETURNING`,
 * `coalesce`, CTEs and window functions. Booleans are stored as 0/1 integers and times as
 * ISO 8601 text in both dialects; JSON columns are text (stringify on write, parse on read).
 * Where a dialect needs its own SQL, branch on `sql.dialect` in the query's own file.
 */
import type Database from 'better-sqlite3';

export type Dialect = 'sqlite' | 'postgres';
/** A value bound to a `?` placeholder. Booleans are not SQL values here: bind 0 or 1. */
export type SqlValue = string | number | bigint | null | Uint8Array;
export type Row = Record<string, unknown>;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

export interface Sql {
  readonly dialect: Dialect;
  /** Every row the query returns. */
  all<T extends object = Row>(text: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T extends object = Row>(text: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A statement run for its effect. */
  run(text: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside, query through the `Sql` handed to `fn` (not the outer one: on SQLite the outer
   * one waits for the transaction to end, so using it inside would wait forever). A `tx`
   * inside a `tx` is a savepoint.
   */
  tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
}

/** Wraps an open better-sqlite3 connection. One wrapper per connection: see `sqlOf`. */
export function sqliteSql(client: Database.Database): Sql {
  const statements = new Map<string, Database.Statement>();
  const prepare = (text: string): Database.Statement => {
    let stmt = statements.get(text);
    if (!stmt) statements.set(text, (stmt = client.prepare(text)));
    return stmt;
  };
  // One connection, one transaction at a time: while one is open, outside queries wait for it,
  // so they neither join it by accident nor see its uncommitted rows.
  let gate: Promise<void> = Promise.resolve();
  const waitGate = async (): Promise<void> => {
    for (let seen = gate; ; seen = gate) {
      await seen;
      if (seen === gate) return;
    }
  };

  const direct = (depth: number): Sql => ({
    dialect: 'sqlite',
    async all<T extends object>(text: string, params: readonly SqlValue[] = []) {
      if (depth === 0) await waitGate();
      return prepare(text).all(...params) as T[];
    },
    async get<T extends object>(text: string, params: readonly SqlValue[] = []) {
      if (depth === 0) await waitGate();
      const stmt = prepare(text);
      return (stmt.reader ? stmt.get(...params) : (stmt.run(...params), undefined)) as T | undefined;
    },
    async run(text: string, params: readonly SqlValue[] = []) {
      if (depth === 0) await waitGate();
      const stmt = prepare(text);
      if (stmt.reader) return { changes: stmt.all(...params).length };
      return { changes: stmt.run(...params).changes };
    },
    async tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      if (depth > 0) {
        const name = `sp${depth}`;
        client.exec(`SAVEPOINT ${name}`);
        try {
          const out = await fn(direct(depth + 1));
          client.exec(`RELEASE ${name}`);
          return out;
        } catch (err) {
          client.exec(`ROLLBACK TO ${name}`);
          client.exec(`RELEASE ${name}`);
          throw err;
        }
      }
      // Take the next slot synchronously, so two transactions started together queue up.
      const previous = gate;
      let open!: () => void;
      const mine = new Promise<void>((resolve) => (open = resolve));
      gate = previous.then(() => mine);
      await previous;
      try {
        client.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(direct(1));
          client.exec('COMMIT');
          return out;
        } catch (err) {
          if (client.inTransaction) client.exec('ROLLBACK');
          throw err;
        }
      } finally {
        open();
      }
    },
  });
  return direct(0);
}

const wrappers = new WeakMap<Database.Database, Sql>();

/**
 * The `Sql` of a SQLite connection, made once per connection (its statement cache and its
 * transaction gate must be shared by everything that uses the connection).
 */
export function sqlOf(db: { $client: Database.Database }): Sql {
  let sql = wrappers.get(db.$client);
  if (!sql) wrappers.set(db.$client, (sql = sqliteSql(db.$client)));
  return sql;
}

/** Parses a JSON text column; null for SQL NULL. */
export function parseJson<T>(text: unknown): T | null {
  return typeof text === 'string' ? (JSON.parse(text) as T) : null;
}

/** Rows per multi-row INSERT: far below SQLite's 32,766 and Postgres's 65,535 bound parameters. */
const MAX_PARAMS_PER_STATEMENT = 30_000;

/**
 * Inserts many rows with multi-row `INSERT … VALUES (…), (…)` statements (one round trip per
 * chunk on Postgres). `tail` is appended to each statement, e.g. `ON CONFLICT DO NOTHING`.
 * Run it inside `tx` when the rows must land together.
 */
export async function insertMany(sql: Sql, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], tail = ''): Promise<number> {
  if (rows.length === 0) return 0;
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS_PER_STATEMENT / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let changes = 0;
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${tail}`;
    changes += (await sql.run(text, chunk.flat())).changes;
  }
  return changes;
}
