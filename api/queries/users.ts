/** Reads and writes of API users (table `users`). */
import { parseJson, type Sql } from '../../pipeline/db/index.ts';
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

interface UserRow {
  id: number;
  name: string;
  role: Role;
  /** JSON array text. */
  teams: string;
  token_expires_at: string | null;
  created_at: string;
}

const USER_COLUMNS = 'id, name, role, teams, token_expires_at, created_at';

/** Creates a user and returns it with its token, which is not stored and cannot be shown again. */
export async function createUser(sql: Sql, input: NewUser, now = new Date()): Promise<{ user: User; token: string; tokenExpiresAt: string | null }> {
  const name = input.name.trim();
  if (!name) throw new Error('name: must not be empty');
  if (!ROLES.includes(input.role)) throw new Error(`role: "${input.role}" is not one of ${ROLES.join(', ')}`);
  const teams = input.role === 'coach' ? [...new Set((input.teams ?? []).map((t) => t.trim()).filter(Boolean))] : [];
  if (input.role === 'coach' && teams.length === 0) throw new Error('team: a coach needs at least one --team');
  const days = input.expiresInDays;
  if (days !== undefined && !(Number.isFinite(days) && days > 0)) throw new Error(`expires-in-days: must be a number of days above 0, got ${days}`);
  const tokenExpiresAt = days === undefined ? null : new Date(now.getTime() + days * 86_400_000).toISOString();
  const token = newToken();
  // ON CONFLICT on the unique name: two admins adding the same name at once cannot both succeed.
  const row = await sql.get<UserRow>(
    `INSERT INTO users (name, role, teams, token_sha256, token_expires_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO NOTHING RETURNING ${USER_COLUMNS}`,
    [name, input.role, JSON.stringify(teams), hashToken(token), tokenExpiresAt],
  );
  if (!row) throw new Error(`name: a user named "${name}" already exists`);
  return { user: toUser(row), token, tokenExpiresAt };
}

export type TokenLookup = { kind: 'valid'; user: User } | { kind: 'expired'; expiredAt: string } | { kind: 'unknown' };

/** Who holds `token` at `now`: the user, or that the token expired, or nobody. */
export async function lookUpToken(sql: Sql, token: string, now = new Date()): Promise<TokenLookup> {
  const row = await sql.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE token_sha256 = ?`, [hashToken(token)]);
  if (!row) return { kind: 'unknown' };
  if (row.token_expires_at && Date.parse(row.token_expires_at) <= now.getTime()) return { kind: 'expired', expiredAt: row.token_expires_at };
  return { kind: 'valid', user: toUser(row) };
}

/** The user holding a token that is valid now, or null. */
export async function userByToken(sql: Sql, token: string): Promise<User | null> {
  const found = await lookUpToken(sql, token);
  return found.kind === 'valid' ? found.user : null;
}

/**
 * The user with this id while their access lasts, or null: a session's user may have been
 * removed, or their token may have expired since they signed in — a session never outlives it.
 */
export async function activeUserById(sql: Sql, id: number, now = new Date()): Promise<User | null> {
  const row = await sql.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id]);
  if (!row) return null;
  if (row.token_expires_at && Date.parse(row.token_expires_at) <= now.getTime()) return null;
  return toUser(row);
}

export async function listUsers(sql: Sql): Promise<(User & { createdAt: string; tokenExpiresAt: string | null })[]> {
  const rows = await sql.all<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY name`);
  return rows.map((r) => ({ ...toUser(r), createdAt: r.created_at, tokenExpiresAt: r.token_expires_at ?? null }));
}

/** Deletes the user and their web sessions (so the token and every signed-in browser stop working); false when no such user. */
export async function removeUser(sql: Sql, name: string): Promise<boolean> {
  return sql.tx(async (tx) => {
    const row = await tx.get<{ id: number }>('DELETE FROM users WHERE name = ? RETURNING id', [name]);
    if (!row) return false;
    await deleteUserSessions(tx, row.id);
    return true;
  });
}

function toUser(r: UserRow): User {
  return { id: r.id, name: r.name, role: r.role, teams: parseJson<string[]>(r.teams) ?? [] };
}
