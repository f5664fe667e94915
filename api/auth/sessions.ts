/**
 * Web sign-in sessions, apart from API tokens: signing in with a token creates a session whose
 * random id (32 bytes, base64url) is the only thing the cookie carries; the store keeps the
 * id's SHA-256 (table `sessions`), so neither the cookie nor a copy of the database hands out
 * the user's API token. A session ends at its expiry (`api.sessionTtlHours` after sign-in),
 * at sign-out, or when its user is removed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq, lte } from 'drizzle-orm';
import { type Db, sessions } from '../../pipeline/db/index.ts';

const hashId = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');

export interface NewSession {
  /** The cookie value; not stored. */
  id: string;
  expiresAt: Date;
}

/** Opens a session for the user, valid `ttlHours` from `now`. Expired sessions are swept on the way. */
export function createSession(db: Db, userId: number, ttlHours: number, now = new Date()): NewSession {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run();
  db.insert(sessions).values({ idSha256: hashId(id), userId, expiresAt: expiresAt.toISOString() }).run();
  return { id, expiresAt };
}

export type SessionLookup = { kind: 'valid'; userId: number } | { kind: 'expired' } | { kind: 'unknown' };

/** What the cookie's session id stands for at `now`. */
export function findSession(db: Db, id: string, now = new Date()): SessionLookup {
  const row = db.select().from(sessions).where(eq(sessions.idSha256, hashId(id))).get();
  if (!row) return { kind: 'unknown' };
  if (Date.parse(row.expiresAt) <= now.getTime()) return { kind: 'expired' };
  return { kind: 'valid', userId: row.userId };
}

/** Ends the session (sign-out); false when there was none. */
export function deleteSession(db: Db, id: string): boolean {
  return db.delete(sessions).where(eq(sessions.idSha256, hashId(id))).run().changes > 0;
}

/** Ends every session of the user (the user was removed). */
export function deleteUserSessions(db: Db, userId: number): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/**
 * For a store opened read-only: sessions live in a TEMP table of this connection, which SQLite
 * finds before the store's own `sessions` table, so sign-in works and sessions end when the
 * server stops.
 */
export function keepSessionsInMemory(db: Db): void {
  db.$client.exec(`CREATE TEMP TABLE IF NOT EXISTS sessions (
    id_sha256 text PRIMARY KEY NOT NULL,
    user_id integer NOT NULL,
    created_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
    expires_at text NOT NULL)`);
}
