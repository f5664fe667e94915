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
 * Order in which rows were inserted, for a tie-break where nothing better exists (stage_results:
 * two results of a stage in the same millisecond): SQLite's rowid, exact. On Postgres the row's
 * physical position (ctid) — NOT reliably insertion order, so never use it for an order a user
 * sees (check_results has a `position` column for the scorecard's order: CHECK_ORDER).
 */
export function insertionOrder(dialect: Dialect, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return dialect === 'sqlite' ? `${prefix}rowid` : `${prefix}ctid`;
}

/** A score's checks in scorecard order (check_results.position, written by saveCallScore); `alias.` prefixes the columns. */
export function checkOrder(alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return `${prefix}position, ${prefix}check_id`;
}
