/** Reads and writes of API users (table `users`). */
import { asc, eq } from 'drizzle-orm';
import { type Db, users } from '../../pipeline/db/index.ts';
import { deleteUserSessions } from '../auth/sessions.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { ROLES, type Role, type User } from '../context.ts';

export interface NewUser {
  name: string;
  role: Role;
  /** Required (at least one) for coaches; ignored for other roles. */
  teams?: string[];
  /** The token stops working this many days after creation; absent = no expiry. */
  expiresInDays?: number;
}

/** Creates a user and returns it with its token, which is not stored and cannot be shown again. */
export function createUser(db: Db, input: NewUser, now = new Date()): { user: User; token: string; tokenExpiresAt: string | null } {
  const name = input.name.trim();
  if (!name) throw new Error('name: must not be empty');
  if (!ROLES.includes(input.role)) throw new Error(`role: "${input.role}" is not one of ${ROLES.join(', ')}`);
  const teams = input.role === 'coach' ? [...new Set((input.teams ?? []).map((t) => t.trim()).filter(Boolean))] : [];
  if (input.role === 'coach' && teams.length === 0) throw new Error('team: a coach needs at least one --team');
  if (db.select({ id: users.id }).from(users).where(eq(users.name, name)).get()) {
    throw new Error(`name: a user named "${name}" already exists`);
  }
  const days = input.expiresInDays;
  if (days !== undefined && !(Number.isFinite(days) && days > 0)) throw new Error(`expires-in-days: must be a number of days above 0, got ${days}`);
  const tokenExpiresAt = days === undefined ? null : new Date(now.getTime() + days * 86_400_000).toISOString();
  const token = newToken();
  const row = db.insert(users).values({ name, role: input.role, teams, tokenSha256: hashToken(token), tokenExpiresAt }).returning().get();
  return { user: toUser(row), token, tokenExpiresAt };
}

export type TokenLookup = { kind: 'valid'; user: User } | { kind: 'expired'; expiredAt: string } | { kind: 'unknown' };

/** Who holds `token` at `now`: the user, or that the token expired, or nobody. */
export function lookUpToken(db: Db, token: string, now = new Date()): TokenLookup {
  const row = db.select().from(users).where(eq(users.tokenSha256, hashToken(token))).get();
  if (!row) return { kind: 'unknown' };
  if (row.tokenExpiresAt && Date.parse(row.tokenExpiresAt) <= now.getTime()) return { kind: 'expired', expiredAt: row.tokenExpiresAt };
  return { kind: 'valid', user: toUser(row) };
}

/** The user holding a token that is valid now, or null. */
export function userByToken(db: Db, token: string): User | null {
  const found = lookUpToken(db, token);
  return found.kind === 'valid' ? found.user : null;
}

/**
 * The user with this id while their access lasts, or null: a session's user may have been
 * removed, or their token may have expired since they signed in — a session never outlives it.
 */
export function activeUserById(db: Db, id: number, now = new Date()): User | null {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row) return null;
  if (row.tokenExpiresAt && Date.parse(row.tokenExpiresAt) <= now.getTime()) return null;
  return toUser(row);
}

export function listUsers(db: Db): (User & { createdAt: string; tokenExpiresAt: string | null })[] {
  return db.select().from(users).orderBy(asc(users.name)).all().map((r) => ({ ...toUser(r), createdAt: r.createdAt, tokenExpiresAt: r.tokenExpiresAt ?? null }));
}

/** Deletes the user and their web sessions (so the token and every signed-in browser stop working); false when no such user. */
export function removeUser(db: Db, name: string): boolean {
  return db.$client.transaction(() => {
    const row = db.select({ id: users.id }).from(users).where(eq(users.name, name)).get();
    if (!row) return false;
    deleteUserSessions(db, row.id);
    db.delete(users).where(eq(users.id, row.id)).run();
    return true;
  })();
}

function toUser(r: typeof users.$inferSelect): User {
  return { id: r.id, name: r.name, role: r.role, teams: r.teams ?? [] };
}
