/** Reads and writes of API users (table `users`). */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../pipeline/db/client.ts';
import { users } from '../../pipeline/db/schema.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { ROLES, type Role, type User } from '../context.ts';

export interface NewUser {
  name: string;
  role: Role;
  /** Required (at least one) for coaches; ignored for other roles. */
  teams?: string[];
}

/** Creates a user and returns it with its token, which is not stored and cannot be shown again. */
export function createUser(db: Db, input: NewUser): { user: User; token: string } {
  const name = input.name.trim();
  if (!name) throw new Error('name: must not be empty');
  if (!ROLES.includes(input.role)) throw new Error(`role: "${input.role}" is not one of ${ROLES.join(', ')}`);
  const teams = input.role === 'coach' ? [...new Set((input.teams ?? []).map((t) => t.trim()).filter(Boolean))] : [];
  if (input.role === 'coach' && teams.length === 0) throw new Error('team: a coach needs at least one --team');
  if (db.select({ id: users.id }).from(users).where(eq(users.name, name)).get()) {
    throw new Error(`name: a user named "${name}" already exists`);
  }
  const token = newToken();
  const row = db.insert(users).values({ name, role: input.role, teams, tokenSha256: hashToken(token) }).returning().get();
  return { user: toUser(row), token };
}

/** The user holding `token`, or null. */
export function userByToken(db: Db, token: string): User | null {
  const row = db.select().from(users).where(eq(users.tokenSha256, hashToken(token))).get();
  return row ? toUser(row) : null;
}

export function listUsers(db: Db): (User & { createdAt: string })[] {
  return db.select().from(users).orderBy(asc(users.name)).all().map((r) => ({ ...toUser(r), createdAt: r.createdAt }));
}

/** Deletes the user (and so invalidates its token); false when no such user. */
export function removeUser(db: Db, name: string): boolean {
  return db.delete(users).where(eq(users.name, name)).run().changes > 0;
}

function toUser(r: typeof users.$inferSelect): User {
  return { id: r.id, name: r.name, role: r.role, teams: r.teams ?? [] };
}
