/**
 * The Postgres copy of the cached bench store, kept between runs like the SQLite file: a
 * database named after the same key (`callqa_bench_api_<calls>_<hash>`), reused when its
 * completion marker (table `bench_complete`, written last) holds that key and the copy's recipe
 * (COPY_RECIPE: a changed copy makes a new one); otherwise it is
 * dropped, made again (byte-order text, migrated), filled from the SQLite file and marked.
 * Databases of the same size under another key are dropped: at a million calls each is ~10 GB.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../../pipeline/db/index.ts';
import { withDatabase } from '../../../fixtures/support/store/fresh-pg-database.ts';
import { COPY_RECIPE, copyToPostgres } from './copy-to-store.ts';

export interface PgBenchDatabase {
  url: string;
  name: string;
  reused: boolean;
  /** Seconds spent copying and indexing (0 when reused). */
  copyS: number;
  rows?: Record<string, number>;
}

/** The store's key and how it was copied: what the completion marker holds. */
function markerOf(key: string): string {
  return `${key} copy ${COPY_RECIPE}`;
}

export async function pgBenchDatabase(adminUrl: string, key: string, sqliteFile: string): Promise<PgBenchDatabase> {
  const name = `callqa_bench_${key.replaceAll('-', '_')}`;
  const marker = markerOf(key);
  const url = withDatabase(adminUrl, name);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    if (exists && (await isComplete(url, marker))) return { url, name, reused: true, copyS: 0 };
    const size = key.split('-')[1];
    const { rows: stale } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`callqa\\_bench\\_api\\_${size}\\_%`]);
    for (const { datname } of stale) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'`);
  } finally {
    await admin.end();
  }
  const t0 = performance.now();
  await (await openStore(url, { poolSize: 1 })).close(); // the migrations
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sqlite = new Database(sqliteFile, { readonly: true });
  try {
    const rows = await copyToPostgres(sqlite, client);
    await client.query('CREATE UNLOGGED TABLE bench_complete (key text NOT NULL, rows jsonb NOT NULL, built_at timestamptz NOT NULL DEFAULT now())');
    await client.query('INSERT INTO bench_complete (key, rows) VALUES ($1, $2)', [marker, JSON.stringify(rows)]);
    return { url, name, reused: false, copyS: (performance.now() - t0) / 1000, rows };
  } finally {
    sqlite.close();
    await client.end();
  }
}

async function isComplete(url: string, marker: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>('SELECT key FROM bench_complete');
    return rows.some((r) => r.key === marker);
  } catch {
    return false; // no marker table: the copy never finished
  } finally {
    await client.end();
  }
}
