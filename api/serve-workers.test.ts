/**
 * `callqa serve --workers 2` as a user runs it (a real child process and its two workers), on
 * every store kind: requests are answered by both worker processes (each response names its
 * worker), a sign-in cookie made by one worker opens the pages on the other (sessions live in
 * the store), and SIGTERM stops the supervisor and its workers. About 5–10 s a store kind on
 * an idle machine: three Node processes start with tsx.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../pipeline/config.ts';
import { openTestStore, storeKinds, type TestStore } from '../fixtures/support/store/stores.ts';
import { createUser } from './queries/users.ts';
import { WORKER_HEADER } from './serve-workers.ts';

/** Each request on a new connection, so the primary's round-robin hands it to the next worker. */
const fresh = (url: string, init: RequestInit = {}) => fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, connection: 'close' } });

describe.each(storeKinds())('callqa serve --workers 2 (%s store)', (kind) => {
  let store: TestStore;
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let token: string;
  const workerPids = new Set<string>();

  beforeAll(async () => {
    store = await openTestStore(kind);
    token = (await createUser(store.sql, { name: 'qa', role: 'qa' })).token;
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/callqa.ts', 'serve', '--db', store.url, '--port', '0', '--workers', '2'], { cwd: repoRoot });
    // Ready when worker 1 printed the address and the supervisor saw both workers listening.
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        for (const m of out.matchAll(/worker \d+ \(pid (\d+)\) serving/g)) workerPids.add(m[1]);
        const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
        if (m && workerPids.size === 2) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await store?.destroy();
  });

  it('answers from both worker processes, each request authorised by the token in the store', async () => {
    const workers = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const res = await fresh(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ name: 'qa', role: 'qa' });
      workers.add(res.headers.get(WORKER_HEADER) ?? 'none');
    }
    expect([...workers].sort()).toEqual(['1', '2']);
  });

  it('keeps a sign-in made by one worker valid on the other', async () => {
    const signIn = await fresh(`${url}/signin`, {
      method: 'POST', body: new URLSearchParams({ token, next: '/agents' }), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
    });
    expect(signIn.status).toBe(303);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const signedInBy = signIn.headers.get(WORKER_HEADER);
    const answeredBy = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const res = await fresh(`${url}/agents`, { headers: { cookie } });
      expect(res.status).toBe(200);
      answeredBy.add(res.headers.get(WORKER_HEADER)!);
    }
    expect([...answeredBy].some((w) => w !== signedInBy)).toBe(true);
  });

  it('stops the supervisor and both workers on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const alive = [...workerPids].filter((pid) => {
      try {
        process.kill(Number(pid), 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(workerPids.size).toBe(2);
    expect(alive).toEqual([]);
  }, 30_000);
});
