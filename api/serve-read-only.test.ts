/**
 * Serving a store that must not be written: `callqa serve --read-only`, or a database in a
 * folder the server cannot write (a 0555 folder: the WAL index cannot be created there, so a
 * snapshot copy is served). Reads, sign-in and pages work; notes, corrections and runs answer
 * 503 with the reason; the store file is never changed.
 *
 * CI runs as root, whom a 0555 folder does not stop; the folder test then runs the server as
 * user `nobody` (setpriv) so the folder really is unwritable to it, and is skipped (saying so)
 * when that is not possible.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../pipeline/config.ts';
import { openDbReadOnly } from '../pipeline/db/client.ts';
import { sqlOf } from '../pipeline/db/sql.ts';
import { createApp } from './app.ts';
import { formBody, jsonBody, setupHarness, type Harness } from '../fixtures/support/api/harness.ts';

let h: Harness;
let dir: string;
let roFile: string;
const FOLDERS = ['ro', 'ro-folder-test'];
/** A copy of the seeded store in a 0555 folder of its own (each test gets one: an open as root may leave -wal/-shm behind). */
const storeIn = (folder: string) => join(dir, folder, 'callqa.sqlite');
beforeAll(async () => {
  h = await setupHarness();
  h.store.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  dir = mkdtempSync(join(tmpdir(), 'callqa-ro-'));
  chmodSync(dir, 0o755);
  for (const folder of FOLDERS) {
    mkdirSync(join(dir, folder));
    copyFileSync(h.store.dbFile, storeIn(folder));
    chmodSync(storeIn(folder), 0o644);
    chmodSync(join(dir, folder), 0o555);
  }
  roFile = storeIn('ro');
}, 120_000);
afterAll(async () => {
  await h?.cleanup();
  if (dir) {
    for (const folder of FOLDERS) chmodSync(join(dir, folder), 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

const fileBytes = (file = roFile) => readFileSync(file);

describe('the app on a read-only store', () => {
  it('reads, signs in with sessions in memory, and answers 503 to every write', async () => {
    const before = fileBytes();
    const { db, note } = openDbReadOnly(roFile);
    try {
      expect(note).toMatch(/^read-only: /);
      const app = createApp({ sql: sqlOf(db), audioCacheDir: join(dir, 'audio-cache'), readOnly: { reason: 'started with --read-only' } });
      const bearer = (who: keyof typeof h.store.tokens) => ({ authorization: `Bearer ${h.store.tokens[who]}` });
      const call = h.store.failedGreetingCall;

      expect((await app.request(`/api/v1/calls/${call}`, { headers: bearer('coachA') })).status).toBe(200);

      const note503 = await app.request(`/api/v1/calls/${call}/notes`, { ...jsonBody({ body: 'heard it' }), headers: { ...bearer('coachA'), 'content-type': 'application/json' } });
      expect(note503.status).toBe(503);
      expect(await note503.json()).toMatchObject({ error: 'read_only', message: expect.stringContaining('read-only') });
      const correction = await app.request(`/api/v1/calls/${call}/corrections`, {
        ...jsonBody({ checkId: 'greeting', outcome: 'pass', reason: 'x' }), headers: { ...bearer('coachA'), 'content-type': 'application/json' },
      });
      expect(correction.status).toBe(503);

      const signIn = await app.request('/signin', formBody({ token: h.store.tokens.coachA, next: '/agents' }));
      expect(signIn.status).toBe(303);
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
      expect((await app.request(`/calls/${call}`, { headers: { cookie } })).status).toBe(200);
      const pageNote = await app.request(`/calls/${call}/notes`, { ...formBody({ body: 'x' }), headers: { ...(formBody({}).headers as Record<string, string>), cookie } });
      expect(pageNote.status).toBe(503);
    } finally {
      db.$client.close();
    }
    expect(fileBytes().equals(before)).toBe(true);
  });
});

/** Starts `callqa serve` as a child process; resolves with its URL and everything it printed. */
async function serve(args: string[], asUser: string[] = []): Promise<{ url: string; out: string; stop: () => Promise<void> }> {
  const [cmd, ...pre] = asUser.length ? asUser : [process.execPath];
  const argv = [...pre, ...(asUser.length ? [process.execPath] : []), '--import', 'tsx', 'scripts/cli/callqa.ts', 'serve', '--port', '0', ...args];
  const child = spawn(cmd, argv, { cwd: repoRoot, env: { ...process.env, HOME: tmpdir() } });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  // Stopping waits for the server to exit, so its snapshot copy is gone before the test ends.
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { url, out, stop };
}

async function checkServes(url: string): Promise<void> {
  const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${h.store.tokens.qa}` } });
  expect(me.status).toBe(200);
  const note = await fetch(`${url}/api/v1/calls/${h.store.failedGreetingCall}/notes`, {
    method: 'POST', headers: { authorization: `Bearer ${h.store.tokens.qa}`, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'x' }),
  });
  expect(note.status).toBe(503);
}

describe('callqa serve', () => {
  it('serves with --read-only and says so in one line', async () => {
    const before = fileBytes();
    const s = await serve(['--db', roFile, '--read-only']);
    try {
      expect(s.out).toMatch(/^read-only: .*started with --read-only$/m);
      await checkServes(s.url);
    } finally {
      await s.stop();
    }
    expect(fileBytes().equals(before)).toBe(true);
  }, 60_000);

  const isRoot = process.getuid?.() === 0;
  const setpriv = (() => {
    try {
      return execFileSync('which', ['setpriv'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  })();
  const asNobody = isRoot && setpriv ? [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
  const canTest = !isRoot || Boolean(setpriv);
  if (!canTest) console.log('api/serve-read-only.test.ts: folder test SKIPPED: running as root without setpriv, so a 0555 folder cannot be made unwritable');

  it.skipIf(!canTest)('serves a store in a folder it cannot write (0555), from a snapshot copy, without --read-only', async () => {
    const file = storeIn('ro-folder-test');
    const before = fileBytes(file);
    const mtimeMs = statSync(file).mtimeMs;
    const s = await serve(['--db', file], asNobody);
    try {
      expect(s.out).toMatch(/^read-only: .*snapshot copy.*folder .* is not writable$/m);
      await checkServes(s.url);
    } finally {
      await s.stop();
    }
    const snapshot = s.out.match(/snapshot copy (\S+)/)![1];
    expect(existsSync(snapshot), 'the snapshot copy is removed when the server stops').toBe(false);
    expect(fileBytes(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
  }, 60_000);
});
