/**
 * Web sessions apart from API tokens: the cookie carries a random session id (stored as its
 * SHA-256) that expires after `api.sessionTtlHours` and ends at sign-out; API tokens may
 * expire too (`users add --expires-in-days`), and an expired token answers 401 saying so.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, removeUser } from '../queries/users.ts';
import { formBody, setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';

const TTL_HOURS = 2;
let h: Harness;
beforeAll(async () => {
  h = await setupHarness({ api: { sessionTtlHours: TTL_HOURS } });
}, 120_000);
afterAll(() => h?.cleanup());

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const sessionRows = () => h.store.db.$client.prepare('SELECT * FROM sessions').all() as { id_sha256: string; user_id: number; expires_at: string }[];

/** Signs in through the page; the Set-Cookie header and the `name=value` pair. */
async function signIn(token: string, base = 'http://localhost') {
  const init = formBody({ token, next: '/agents' });
  (init.headers as Record<string, string>).origin = base;
  const res = await h.app.request(`${base}/signin`, init);
  expect(res.status).toBe(303);
  const setCookie = res.headers.get('set-cookie')!;
  return { setCookie, pair: setCookie.split(';')[0], value: setCookie.split(';')[0].split('=')[1] };
}

describe('web sessions', () => {
  it('put a session id in the cookie, never the token, and store only its SHA-256 with the expiry', async () => {
    const before = Date.now();
    const { setCookie, value } = await signIn(h.store.tokens.coachA);
    expect(setCookie).toMatch(/^callqa_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(new RegExp(`Max-Age=${TTL_HOURS * 3600}`));
    expect(setCookie).not.toMatch(/Secure/i);
    expect(value).not.toContain(h.store.tokens.coachA);
    expect(decodeURIComponent(value)).toMatch(/^[\w-]{43}$/);
    const row = sessionRows().find((r) => r.id_sha256 === sha256(decodeURIComponent(value)))!;
    expect(row).toBeDefined();
    expect(JSON.stringify(sessionRows())).not.toContain(value);
    const ttlMs = Date.parse(row.expires_at) - before;
    expect(ttlMs).toBeGreaterThan(TTL_HOURS * 3_600_000 - 60_000);
    expect(ttlMs).toBeLessThan(TTL_HOURS * 3_600_000 + 60_000);
  });

  it('mark the cookie Secure on https', async () => {
    const { setCookie } = await signIn(h.store.tokens.qa, 'https://callqa.example');
    expect(setCookie).toMatch(/;\s*Secure/i);
  });

  it('open the pages with the session cookie but not with the token as cookie', async () => {
    const { pair } = await signIn(h.store.tokens.coachA);
    expect((await h.app.request('/agents', { headers: { cookie: pair } })).status).toBe(200);
    const withToken = await h.app.request('/agents', { headers: { cookie: `callqa_session=${h.store.tokens.coachA}` } });
    expect(withToken.status).toBe(302);
    expect(withToken.headers.get('location')).toMatch(/^\/signin\?next=/);
  });

  it('end at sign-out: the row is deleted and the old cookie no longer opens a page', async () => {
    const { pair, value } = await signIn(h.store.tokens.coachA);
    const out = formBody({});
    (out.headers as Record<string, string>).cookie = pair;
    expect((await h.app.request('/signout', out)).status).toBe(303);
    expect(sessionRows().some((r) => r.id_sha256 === sha256(decodeURIComponent(value)))).toBe(false);
    const again = await h.app.request('/agents', { headers: { cookie: pair } });
    expect(again.status).toBe(302);
  });

  it('send an expired session to sign-in (pages) and answer 401 (API)', async () => {
    const { pair, value } = await signIn(h.store.tokens.coachA);
    h.store.db.$client.prepare('UPDATE sessions SET expires_at = ? WHERE id_sha256 = ?').run(new Date(Date.now() - 1000).toISOString(), sha256(decodeURIComponent(value)));
    const page = await h.app.request('/agents', { headers: { cookie: pair } });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/signin?next=%2Fagents');
    const api = await h.app.request('/api/v1/me', { headers: { cookie: pair } });
    expect(api.status).toBe(401);
    expect(((await api.json()) as { message: string }).message).toMatch(/session expired/);
  });

  it('end when their user is removed', async () => {
    const { token } = await createUser(h.store.sql, { name: 'temp-coach', role: 'coach', teams: [h.store.teamA] });
    const { pair } = await signIn(token);
    expect((await h.app.request('/agents', { headers: { cookie: pair } })).status).toBe(200);
    expect(await removeUser(h.store.sql, 'temp-coach')).toBe(true);
    expect((await h.app.request('/agents', { headers: { cookie: pair } })).status).toBe(302);
  });
});

describe('API token expiry', () => {
  it('lets a token work until its expiry, then answers 401 saying it expired', async () => {
    const { token, tokenExpiresAt } = await createUser(h.store.sql, { name: 'contractor', role: 'qa', expiresInDays: 30 });
    expect(Date.parse(tokenExpiresAt!) - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    const bearer = { headers: { authorization: `Bearer ${token}` } };
    expect((await h.app.request('/api/v1/me', bearer)).status).toBe(200);
    h.store.db.$client.prepare('UPDATE users SET token_expires_at = ? WHERE name = ?').run(new Date(Date.now() - 1000).toISOString(), 'contractor');
    const res = await h.app.request('/api/v1/me', bearer);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('token_expired');
    expect(body.message).toMatch(/expired/);
    expect(res.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('refuses sign-in with an expired token and ends the sessions it opened', async () => {
    const { token } = await createUser(h.store.sql, { name: 'leaver', role: 'qa', expiresInDays: 1 });
    const { pair } = await signIn(token);
    h.store.db.$client.prepare('UPDATE users SET token_expires_at = ? WHERE name = ?').run(new Date(Date.now() - 1000).toISOString(), 'leaver');
    expect((await h.app.request('/agents', { headers: { cookie: pair } })).status).toBe(302);
    expect((await h.app.request('/signin', formBody({ token, next: '/agents' }))).status).toBe(401);
  });

  it('refuses a non-positive --expires-in-days', async () => {
    await expect(createUser(h.store.sql, { name: 'never', role: 'qa', expiresInDays: 0 })).rejects.toThrow(/expires-in-days/);
  });
});
