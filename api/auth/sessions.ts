/**
 * Web sign-in sessions, apart from API tokens: signing in with a token creates a session whose
 * random id (32 bytes, base64url) is the only thing the cookie carries; the store keeps the
 * id's SHA-256 (table `sessions`), so neither the cookie nor a copy of the database hands out
 * the user's API token. A session ends at its expiry (`api.sessionTtlHours` after sign-in),
 * at sign-out, or when its user is removed.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../../pipeline/db/index.ts';

const hashId = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');

export interface NewSession {
  /** The cookie value; not stored. */
  id: string;
  expiresAt: Date;
}

/** Opens a session for the user, valid `ttlHours` from `now`. Expired sessions are swept on the way. */
export async function createSession(sql: Sql, userId: number, ttlHours: number, now = new Date()): Promise<NewSession> {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await sql.run('DELETE FROM sessions WHERE expires_at <= ?', [now.toISOString()]);
  await sql.run('INSERT INTO sessions (id_sha256, user_id, expires_at) VALUES (?, ?, ?)', [hashId(id), userId, expiresAt.toISOString()]);
  return { id, expiresAt };
}

export type SessionLookup = { kind: 'valid'; userId: number } | { kind: 'expired' } | { kind: 'unknown' };

/** What the cookie's session id stands for at `now`. */
export async function findSession(sql: Sql, id: string, now = new Date()): Promise<SessionLookup> {
  const row = await sql.get<{ user_id: number; expires_at: string }>('SELECT user_id, expires_at FROM sessions WHERE id_sha256 = ?', [hashId(id)]);
  if (!row) return { kind: 'unknown' };
  if (Date.parse(row.expires_at) <= now.getTime()) return { kind: 'expired' };
  return { kind: 'valid', userId: row.user_id };
}

/** Ends the session (sign-out); false when there was none. */
export async function deleteSession(sql: Sql, id: string): Promise<boolean> {
  return (await sql.run('DELETE FROM sessions WHERE id_sha256 = ?', [hashId(id)])).changes > 0;
}

/** Ends every session of the user (the user was removed). */
export async function deleteUserSessions(sql: Sql, userId: number): Promise<number> {
  return (await sql.run('DELETE FROM sessions WHERE user_id = ?', [userId])).changes;
}

/**
 * For a SQLite store opened read-only: sessions live in a TEMP table of this connection, which
 * SQLite finds before the store's own `sessions` table, so sign-in works and sessions end when
 * the server stops. A Postgres store is never opened read-only (read-only there means the app
 * refuses writes: middleware/read-only.ts), so its sessions stay in its own table.
 */
export async function keepSessionsInMemory(sql: Sql): Promise<void> {
  if (sql.dialect !== 'sqlite') return;
  await sql.run(`CREATE TEMP TABLE IF NOT EXISTS sessions (
    id_sha256 text PRIMARY KEY NOT NULL,
    user_id integer NOT NULL,
    created_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
    expires_at text NOT NULL)`);
}
