/**
 * A larger SQLite page cache for the span of one large read, restored afterwards.
 *
 * The connection's default cache is 2 MiB. The month's weakest-checks tally probes the scores
 * index and calls rows in date order and walks 450,000 entries of check_results_tally_idx
 * (1,500 agents × 60 calls × 5 checks): with 2 MiB most of those pages are evicted and read
 * again through the file system, ~25% of the read's CPU time (issue 15; scripts/bench/PROFILE.md).
 * The size is restored after, so a long-lived API connection does not keep the memory.
 * Postgres manages its own buffers: there `fn` just runs.
 */
import type { Sql } from '../db/index.ts';

/** Page cache during a large read, in KiB (SQLite's negative cache_size unit). */
export const READ_CACHE_KIB = 64 * 1024;

/** Reads in progress per connection wrapper: the first one in enlarges, the last one out restores. */
const inProgress = new WeakMap<Sql, number>();
/** The connection's own cache_size (read once per wrapper, so overlapping reads never take the enlarged size for it). */
const ownSize = new WeakMap<Sql, Promise<number>>();

export async function withReadCache<T>(sql: Sql, fn: () => Promise<T>): Promise<T> {
  if (sql.dialect !== 'sqlite') return fn();
  let own = ownSize.get(sql);
  if (!own) ownSize.set(sql, (own = sql.get<{ cache_size: number }>('PRAGMA cache_size').then((r) => Number(r?.cache_size ?? -2000))));
  const depth = inProgress.get(sql) ?? 0;
  inProgress.set(sql, depth + 1);
  // Only ever grows: a connection configured larger keeps its own size.
  const grow = cacheKib(await own) < READ_CACHE_KIB;
  try {
    if (grow && depth === 0) await sql.run(`PRAGMA cache_size = -${READ_CACHE_KIB}`);
    return await fn();
  } finally {
    const left = inProgress.get(sql)! - 1;
    inProgress.set(sql, left);
    if (grow && left === 0) await sql.run(`PRAGMA cache_size = ${Math.trunc(await own)}`);
  }
}

/** cache_size in KiB: a negative value is KiB, a positive one pages (taken as 4 KiB, SQLite's default page size). */
const cacheKib = (cacheSize: number): number => (cacheSize < 0 ? -cacheSize : cacheSize * 4);
