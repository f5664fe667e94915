/**
 * The few SQL expressions that cannot be written once for both dialects. Each returns the text
 * for the `Sql`'s dialect; the callers' tests run on both stores.
 */
import type { Dialect } from './sql.ts';

/**
 * The text at `path` inside a JSON text column (null where absent): SQLite's json_extract, or
 * Postgres's `#>>` on the column cast to json. Path steps are object keys (trusted literals).
 */
export function jsonTextAt(dialect: Dialect, column: string, path: readonly string[]): string {
  if (path.some((step) => !/^\w+$/.test(step))) throw new Error(`jsonTextAt: path steps must be plain keys, got ${path.join('.')}`);
  return dialect === 'sqlite' ? `json_extract(${column}, '$.${path.join('.')}')` : `((${column})::json #>> '{${path.join(',')}}')`;
}

/**
 * Order in which rows were inserted, for tables whose schema has no position column
 * (check_results keeps a scorecard's check order; stage_results breaks a same-millisecond tie):
 * SQLite's rowid, exact. On Postgres the row's physical position (ctid) — NOT reliably insertion
 * order: on the demo night a call's checks, inserted by one statement, came back in another
 * order (pipeline/run/demo-night-stores.test.ts, skipped test). Needs a position column.
 */
export function insertionOrder(dialect: Dialect, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return dialect === 'sqlite' ? `${prefix}rowid` : `${prefix}ctid`;
}
