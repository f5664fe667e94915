/**
 * Where a command finds its configuration file and its database — one rule for every command:
 *
 * - config: `--config FILE`, else `$CALLQA_CONFIG`, else `./callqa.yaml` in the current folder,
 *   else none (the built-in defaults);
 * - store: `--db LOCATION`, else `$CALLQA_DB`, else the config file's `db` (a relative path is
 *   relative to the config file's folder), else data/callqa.sqlite in the current folder (never
 *   inside the installed package, which may be read-only or replaced on upgrade). A location is
 *   a SQLite file path or a Postgres URL (`postgres://user:password@host:5432/db`).
 *
 * The choice is logged at info (a URL's password masked), so a user can see which store a command used.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../../pipeline/config.ts';
import { isPostgresLocation, maskPassword, openStore, type Store } from '../../pipeline/db/index.ts';
import { rootLogger } from '../../pipeline/log.ts';

export const DEFAULT_DB = resolve('data/callqa.sqlite');
export const CWD_CONFIG = 'callqa.yaml';

export interface Located {
  /** Absent for a config: none found, the defaults apply. */
  file?: string;
  /** What chose it: the flag, the environment variable, the current folder, or the default. */
  from: '--config' | '--db' | 'CALLQA_CONFIG' | 'CALLQA_DB' | './callqa.yaml' | 'config db' | 'default';
}

export function locateConfig(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Located {
  if (flag) return { file: flag, from: '--config' };
  if (env.CALLQA_CONFIG) return { file: env.CALLQA_CONFIG, from: 'CALLQA_CONFIG' };
  const inCwd = resolve(cwd, CWD_CONFIG);
  if (existsSync(inCwd)) return { file: inCwd, from: './callqa.yaml' };
  return { from: 'default' };
}

/** `fromConfig`: the config file's `db` and the folder a relative SQLite path in it is relative to. */
export function locateDb(
  flag: string | undefined, env: NodeJS.ProcessEnv = process.env, fallback = DEFAULT_DB, fromConfig?: { db?: string; baseDir: string },
): Located & { file: string } {
  if (flag) return { file: flag, from: '--db' };
  if (env.CALLQA_DB) return { file: env.CALLQA_DB, from: 'CALLQA_DB' };
  if (fromConfig?.db) {
    const db = fromConfig.db;
    return { file: isPostgresLocation(db) || db === ':memory:' ? db : resolve(fromConfig.baseDir, db), from: 'config db' };
  }
  return { file: fallback, from: 'default' };
}

/** The config file path to use (undefined: defaults), logged at info. */
export function configFile(flag: string | undefined): string | undefined {
  const found = locateConfig(flag);
  if (found.file) rootLogger().info({ config: found.file, from: found.from }, `configuration: ${found.file} (from ${found.from})`);
  else rootLogger().info({ config: null }, `configuration: no --config, $CALLQA_CONFIG or ./${CWD_CONFIG}; the defaults apply`);
  return found.file;
}

/** Finds, loads and validates the configuration (throws ConfigError, a user error). */
export function findAndLoadConfig(flag: string | undefined): Config & { baseDir: string } {
  return loadConfig(configFile(flag));
}

/**
 * The store location to use (SQLite path or Postgres URL), logged at info. `fallback`: the
 * command's default (the demo's own store). `configFlag`: the command's `--config`, whose file
 * (or `$CALLQA_CONFIG`, or ./callqa.yaml) may name the store in `db`.
 */
export function storeLocation(flag: string | undefined, fallback = DEFAULT_DB, configFlag?: string): string {
  const needsConfig = !flag && !process.env.CALLQA_DB;
  const config = needsConfig ? locateConfig(configFlag).file : undefined;
  const found = locateDb(flag, process.env, fallback, config ? loadConfig(config) : undefined);
  const shown = maskPassword(found.file);
  rootLogger().info({ db: shown, from: found.from }, `store: ${shown} (from ${found.from})`);
  return found.file;
}

/** Opens (and migrates) the store the command's `--db`, `$CALLQA_DB`, config `db` or default names. */
export function openCommandStore(flag: string | undefined, fallback = DEFAULT_DB, configFlag?: string): Promise<Store> {
  return openStore(storeLocation(flag, fallback, configFlag));
}

/** Help text of every command's `--db` option. */
export const DB_OPTION_HELP = `store: a SQLite file or a Postgres URL postgres://… (default $CALLQA_DB, else the config's db, else ${DEFAULT_DB})`;
