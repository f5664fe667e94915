/**
 * The API bench's generated store, built once and reused: a million calls take minutes to
 * write, and every bench run would otherwise pay for them. The SQLite file lives in a
 * persistent cache folder under a name that carries the store's key — its size and a hash of
 * what shapes its rows (the generator and both migration folders) — so a schema or generator
 * change builds a new one. It is written as `<name>.partial` and renamed
 * when complete, so a build that was stopped is never mistaken for a store.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../../models/package-root.ts';
import { generateStore, type StoreShape } from './generate-store.ts';

/** What changes the generated rows or their tables: a change to any of these rebuilds the store. */
const KEY_SOURCES = ['generate-store.ts'].map((f) => fileURLToPath(new URL(`./${f}`, import.meta.url)));
const MIGRATION_FOLDERS = ['pipeline/db/migrations', 'pipeline/db/migrations-pg'].map((d) => join(packageRoot, d));

/** `$CALLQA_BENCH_CACHE`, else `$XDG_CACHE_HOME/callqa-bench`, else `~/.cache/callqa-bench`. */
export function benchCacheDir(): string {
  const explicit = process.env.CALLQA_BENCH_CACHE?.trim();
  if (explicit) return explicit;
  return join(process.env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache'), 'callqa-bench');
}

/** `api-<calls>-<12 hex>`: the store's size and a hash of the shape, the generator and the migrations. */
export function benchStoreKey(shape: StoreShape): string {
  const hash = createHash('sha256').update(JSON.stringify(shape));
  for (const file of KEY_SOURCES) hash.update(readFileSync(file));
  for (const folder of MIGRATION_FOLDERS) {
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!name.endsWith('.sql')) continue;
      hash.update(name).update(readFileSync(join(folder, name)));
    }
  }
  return `api-${shape.calls}-${hash.digest('hex').slice(0, 12)}`;
}

export interface CachedStore {
  file: string;
  key: string;
  /** False when this call built it. */
  reused: boolean;
  /** Seconds spent building (0 when reused). */
  buildS: number;
}

/**
 * The cached SQLite store of `shape`, built first if missing. Stale stores of the same size
 * (another key) are removed: at a million calls each is about 7 GB.
 */
export function cachedSqliteStore(shape: StoreShape, dir = benchCacheDir()): CachedStore {
  const key = benchStoreKey(shape);
  const file = join(dir, `${key}.sqlite`);
  if (existsSync(file)) return { file, key, reused: true, buildS: 0 };
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`api-${shape.calls}-`) && !name.startsWith(key)) rmSync(join(dir, name), { force: true });
  }
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const t0 = performance.now();
  generateStore(partial, shape).$client.close();
  renameSync(partial, file);
  return { file, key, reused: false, buildS: (performance.now() - t0) / 1000 };
}
