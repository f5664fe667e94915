/**
 * SQLite compares text byte by byte; a Postgres database made with a language locale
 * (en_US.UTF-8, an ICU collation) sorts 'a' before 'B' and ignores some punctuation. Call lists,
 * rankings' tie-breaks and keyset pages would then come out in another order than on SQLite, so
 * the store refuses such a database and says how to make one that sorts like SQLite.
 */
import type pg from 'pg';

export async function assertByteOrderText(pool: pg.Pool, location: string): Promise<void> {
  const { rows } = await pool.query<{ byte_order: boolean; collation: string; database: string }>(
    "SELECT 'B' < 'a' AND 'a-b' < 'a_' AS byte_order, datcollate AS collation, current_database() AS database FROM pg_database WHERE datname = current_database()",
  );
  const row = rows[0];
  // The pool reads booleans as 0/1 (pool.ts); a plain pg pool as true/false.
  if (!row || Number(row.byte_order) === 1) return;
  throw new Error(
    `Postgres at ${location}: database "${row.database}" sorts text by the language collation ${row.collation}, not byte by byte as SQLite does, ` +
      `so lists and rankings would come out in another order. Create the database with byte-order text: ` +
      `createdb --encoding=UTF8 --locale=C --template=template0 ${row.database} (or CREATE DATABASE … LOCALE 'C' TEMPLATE template0).`,
  );
}
