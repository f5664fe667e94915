/**
 * The queue lives in Postgres: commands that use it (`worker`, `status`) take the same database
 * location as every other command (`--db`, else `CALLQA_DB`) and refuse a SQLite file in one line.
 */
import { isPostgresLocation } from '../db/index.ts';
import { UserInputError } from '../errors.ts';

export function requirePostgresUrl(location: string, command: string): string {
  if (isPostgresLocation(location)) return location;
  throw new UserInputError(
    `${command} needs the Postgres store (--db postgres://user:password@host/db, or CALLQA_DB): the job queue lives in Postgres; "${location}" is a SQLite file — on one machine, \`callqa run\` processes the night itself`,
  );
}
