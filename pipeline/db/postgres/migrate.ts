/**
 * Brings a Postgres store up to this build's schema with drizzle's node-postgres migrator and the
 * committed migrations (`pipeline/db/migrations-pg/`, made by `npm run db:generate`).
 *
 * Several workers starting together would each find the migrations missing and run them at once
 * (drizzle's migrator reads "last applied" before its transaction), so the migrator runs under a
 * session advisory lock: the first migrates, the others wait for it and then find nothing to do.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { join } from 'node:path';
import type pg from 'pg';
import { packageRoot } from '../../../models/package-root.ts';

// From the package root, not this file: the build (dist/) ships no copy of the migrations.
export const pgMigrationsFolder = join(packageRoot, 'pipeline/db/migrations-pg');

/** Arbitrary but fixed: every callqa process must ask for the same lock (int8 key "callqa:m"). */
const MIGRATION_LOCK_KEY = 0x63616c6c71613a6dn;

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: pgMigrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } catch (err) {
    broken = err as Error;
    throw err;
  } finally {
    // A failed migration may leave the session odd (an open transaction, a held lock): close it.
    client.release(broken);
  }
}
