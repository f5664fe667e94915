/**
 * Copies the generated SQLite store's tables into another store through the SQL port, so the
 * API can be measured on Postgres against exactly the rows it was measured on in SQLite.
 * Multi-row INSERTs (insertMany) in chunks, each chunk its own transaction.
 */
import type Database from 'better-sqlite3';
import { insertMany, type Sql, type SqlValue } from '../../../pipeline/db/index.ts';

/** What the API reads; the generated store writes nothing else. */
const TABLES = ['agents', 'calls', 'stage_results', 'scores', 'check_results'] as const;
const ROWS_PER_CHUNK = 5000;

/** Rows copied per table. Postgres's planner statistics are refreshed afterwards (ANALYZE), as the generator does on SQLite. */
export async function copyToStore(from: Database.Database, to: Sql): Promise<Record<string, number>> {
  const copied: Record<string, number> = {};
  for (const table of TABLES) {
    const columns = (from.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    let chunk: SqlValue[][] = [];
    let n = 0;
    const flush = async () => {
      const rows = chunk;
      chunk = [];
      await to.tx((tx) => insertMany(tx, table, columns, rows));
    };
    // rowid order: check_results' insertion order is the scorecard's order of checks.
    for (const row of from.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).raw().iterate() as IterableIterator<SqlValue[]>) {
      chunk.push(row);
      n++;
      if (chunk.length === ROWS_PER_CHUNK) await flush();
    }
    if (chunk.length) await flush();
    copied[table] = n;
  }
  if (to.dialect === 'postgres') await to.run('ANALYZE');
  return copied;
}
