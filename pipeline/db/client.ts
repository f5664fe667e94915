/**
 * Opens the SQLite store (WAL) and applies the committed migrations, so any callqa
 * command can be pointed at a new or an old database file. `openDbReadOnly` opens a store
 * that must not be written (a read-only folder, a snapshot), without migrating it.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { packageRoot } from '../../models/package-root.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// From the package root, not this file: the build (dist/) ships no copy of the migrations.
const migrationsFolder = join(packageRoot, 'pipeline/db/migrations');

/** Opens (creating if needed) the database at `file`; `:memory:` works for tests. */
export function openDb(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Concurrent readers (the API) and the nightly writer share the file; wait rather than fail.
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder });
  return db;
}

export interface ReadOnlyDb {
  db: Db;
  /** One line saying how the store was opened, for the server's log. */
  note: string;
}

/**
 * Opens an existing store read-only; writes through it fail with SQLITE_READONLY. A WAL store
 * needs its `-shm` index: when that is missing and the folder is not writable (a read-only
 * mount, a 0555 folder), SQLite cannot open it in place — better-sqlite3 is built without URI
 * filenames, so `?immutable=1` is not available — and the store (with its `-wal`, if any) is
 * copied to a temp folder and the copy opened, as a snapshot of that moment.
 * Throws when the store's schema is older than this build (it cannot be migrated read-only).
 */
export function openDbReadOnly(file: string): ReadOnlyDb {
  if (!existsSync(file)) throw new Error(`${file}: no such database file`);
  let sqlite: Database.Database;
  let note: string;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    note = `read-only: ${file} (writes answer 503)`;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (!/^SQLITE_(CANTOPEN|READONLY|IOERR)/.test(code)) throw err;
    const dir = mkdtempSync(join(tmpdir(), 'callqa-readonly-'));
    // The snapshot is this process's alone: remove it when the process ends.
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const copy = join(dir, basename(file));
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    sqlite = new Database(copy, { readonly: true, fileMustExist: true });
    note = `read-only: ${file} cannot be opened in place (${code}: its folder is not writable), serving a snapshot copy ${copy} (writes answer 503)`;
  }
  sqlite.pragma('busy_timeout = 5000');
  const applied = appliedMigrations(sqlite);
  const known = (JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
  if (applied < known) {
    sqlite.close();
    throw new Error(`${file}: the store has ${applied} of this build's ${known} migrations and cannot be migrated read-only; open it writable once (e.g. callqa users list --db ${file})`);
  }
  return { db: drizzle(sqlite, { schema }) as Db, note };
}

function appliedMigrations(sqlite: Database.Database): number {
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
  } catch {
    return 0;
  }
}

export { schema };
