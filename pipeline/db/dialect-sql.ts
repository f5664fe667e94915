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
 * SQLite's rowid; on Postgres the row's physical position (ctid), which follows insertion order
 * for rows that are only ever inserted and deleted, as these are, until a VACUUM lets new rows
 * reuse freed space. A position column would make this exact (see the branch's report).
 */
export function insertionOrder(dialect: Dialect, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return dialect === 'sqlite' ? `${prefix}rowid` : `${prefix}ctid`;
}
