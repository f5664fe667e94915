/**
 * Prepared statements cached per connection: the API runs the same few SQL texts over and
 * over, and preparing them once keeps a call-detail request to a handful of B-tree lookups.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../../pipeline/db/index.ts';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Db, text: string): Database.Statement {
  const client = db.$client;
  let byText = cache.get(client);
  if (!byText) cache.set(client, (byText = new Map()));
  let stmt = byText.get(text);
  if (!stmt) byText.set(text, (stmt = client.prepare(text)));
  return stmt;
}

/** Parses a JSON text column; null for SQL NULL. */
export function json<T>(text: unknown): T | null {
  return typeof text === 'string' ? (JSON.parse(text) as T) : null;
}
