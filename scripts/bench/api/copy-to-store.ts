/**
 * Copies the generated SQLite store's tables into a migrated Postgres database, so the API can
 * be measured on Postgres against exactly the rows it was measured on in SQLite. Built for 15
 * million rows: each chunk of rows is one JSON text parameter, turned back into rows by the
 * server (`INSERT … SELECT * FROM json_populate_recordset(NULL::<table>, $1)`, the table's own
 * column types) — V8's JSON.stringify and Postgres's JSON parser are native code, where
 * binding a parameter per value (or an array per column) spent microseconds per value in
 * JavaScript; no COPY client library needed. The tables' secondary
 * indexes are dropped during the load and rebuilt once at the end (one sort instead of millions
 * of index insertions), and the tables are UNLOGGED: no WAL for 10 GB of rows (a bench copy —
 * a crash of the cluster empties them, and the completion marker, also unlogged, with them).
 * Reading them is no different from a logged table.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';

/**
 * How the copy is made; change it whenever the rows or tables a copy leaves behind would differ,
 * so that databases copied before are rebuilt (pg-bench-database.ts keeps it in the marker).
 */
export const COPY_RECIPE = 'v1: json_populate_recordset chunks, unlogged tables, indexes after, VACUUM ANALYZE';

/** What the API reads; the generated store writes nothing else. */
export const COPIED_TABLES = ['agents', 'calls', 'stage_results', 'scores', 'check_results'] as const;
const ROWS_PER_CHUNK = 20_000;

/**
 * Rows copied per table. Afterwards VACUUM ANALYZE: planner statistics (as the generator's
 * ANALYZE on SQLite) and the visibility map, without which an index-only scan still reads
 * every heap page it meets.
 */
export async function copyToPostgres(from: Database.Database, to: pg.Client): Promise<Record<string, number>> {
  await to.query("SET synchronous_commit = off; SET maintenance_work_mem = '512MB'");
  for (const table of COPIED_TABLES) await to.query(`ALTER TABLE ${table} SET UNLOGGED`);
  const indexes = await secondaryIndexes(to);
  for (const ix of indexes) await to.query(`DROP INDEX "${ix.name}"`);
  const copied: Record<string, number> = {};
  for (const table of COPIED_TABLES) {
    const columns = (from.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).join(', ');
    const insert = `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`;
    let chunk: unknown[] = [];
    let n = 0;
    const flush = async () => {
      const text = JSON.stringify(chunk);
      chunk = [];
      await to.query(insert, [text]);
    };
    for (const row of from.prepare(`SELECT ${columns} FROM ${table}`).iterate()) {
      chunk.push(row);
      n++;
      if (chunk.length === ROWS_PER_CHUNK) await flush();
    }
    if (chunk.length) await flush();
    copied[table] = n;
  }
  for (const ix of indexes) await to.query(ix.definition);
  await to.query(`VACUUM (ANALYZE) ${COPIED_TABLES.join(', ')}`);
  return copied;
}

/** Indexes of the copied tables that back no constraint (primary keys and unique constraints stay). */
async function secondaryIndexes(client: pg.Client): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [[...COPIED_TABLES]],
  );
  return rows;
}
