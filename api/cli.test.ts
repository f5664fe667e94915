/**
 * The `callqa users` and `callqa serve` commands as a user runs them (child processes), on every
 * store kind: a temp SQLite file, and a fresh Postgres database (`--db postgres://…`) when
 * CALLQA_TEST_PG_URL is set. A token printed once works against the served API; mistakes exit
 * non-zero with one line naming the flag.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskPassword } from '../pipeline/db/index.ts';
import { repoRoot } from '../pipeline/config.ts';
import { jsonLines } from '../fixtures/support/cli/run-cli.ts';
import { openTestStore, storeKinds, type TestStore } from '../fixtures/support/store/stores.ts';

const run = promisify(execFile);

const callqa = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/cli/callqa.ts', ...args], { cwd: repoRoot });

describe.each(storeKinds())('callqa users and serve (%s store)', (kind) => {
  let store: TestStore;
  let db: string;
  beforeAll(async () => {
    store = await openTestStore(kind);
    // The location as a user passes it: a file path, or the URL with its password.
    db = store.url;
  });
  afterAll(() => store?.destroy());

  it('adds users, prints the token once, refuses bad input with a non-zero exit, and lists without tokens', async () => {
    const added = await callqa('users', 'add', '--name', '孙丽华', '--role', 'coach', '--team', '信用卡一组', '--db', db);
    expect(added.stdout.trim()).toMatch(/^cqa_[\w-]{43}$/);
    expect(added.stderr).toContain('shown only now');

    const noTeam = callqa('users', 'add', '--name', 'x', '--role', 'coach', '--db', db);
    await expect(noTeam).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--team') });
    const badRole = callqa('users', 'add', '--name', 'y', '--role', 'boss', '--db', db);
    await expect(badRole).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--role must be one of admin, qa, coach, hr') });

    const listed = await callqa('users', 'list', '--db', db);
    expect(listed.stdout).toContain('孙丽华\tcoach\t信用卡一组');
    expect(listed.stdout).not.toContain(added.stdout.trim());
  });

  it('adds a user whose token expires after --expires-in-days, and refuses a bad value', async () => {
    const added = await callqa('users', 'add', '--name', 'temp', '--role', 'qa', '--expires-in-days', '30', '--db', db);
    const expiry = added.stderr.match(/expiring (\S+);/)?.[1];
    expect(Date.parse(expiry!) - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    expect((await callqa('users', 'list', '--db', db)).stdout).toMatch(new RegExp(`temp\\tqa\\t-\\t\\S+\\ttoken expires ${expiry}`));
    const bad = callqa('users', 'add', '--name', 'z', '--role', 'qa', '--expires-in-days', 'soon', '--db', db);
    await expect(bad).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--expires-in-days must be a number of days above 0') });
  });

  it('serves the API on an ephemeral port and answers the token holder', async () => {
    const token = (await callqa('users', 'add', '--name', 'ada', '--role', 'admin', '--db', db)).stdout.trim();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/callqa.ts', 'serve', '--db', db, '--port', '0', '--min-calls', '3'], { cwd: repoRoot });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(await me.json()).toEqual({ name: 'ada', role: 'admin', teams: [] });
      expect((await fetch(`${url}/api/v1/me`)).status).toBe(401);
      const start = await fetch(`${url}/api/v1/runs`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"date":"2026-11-20"}' });
      expect(start.status).toBe(501);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a bad --port and a partial set of run inputs', async () => {
    await expect(callqa('serve', '--db', db, '--port', 'http')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--port') });
    await expect(callqa('serve', '--db', db, '--manifest', 'm.csv')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--roster') });
  });

  it('logs the store it opened with any password masked', async () => {
    const listed = await callqa('users', 'list', '--db', db, '--log-level', 'info');
    expect(jsonLines(listed.stderr)).toContainEqual(expect.objectContaining({ db: maskPassword(db), from: '--db' }));
    if (kind === 'postgres') expect(listed.stderr).not.toContain(`:${new URL(db).password}@`);
  });
});
