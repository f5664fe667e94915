/**
 * POST /runs starts the pipeline's real nightly run (ingest, ffmpeg, VAD, sentiment, scoring)
 * on a small night of real recordings; the run shows up in GET /runs and its calls in GET /calls.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { openStore, type Store } from '../../pipeline/db/index.ts';
import { claimRun } from '../../pipeline/run/lease.ts';
import { makeTestNight, type TestNight } from '../../fixtures/support/pipeline/test-night.ts';
import { createApp } from '../app.ts';
import { createUser } from '../queries/users.ts';
import { createRunLauncher } from './runs.ts';

let dir: string;
let night: TestNight;
let configFile: string;
let db: Store;
let token: string;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-api-runs-'));
  night = await makeTestNight(join(dir, 'night'), 2);
  // The shipped scorecards say {brand}: a run needs one configured.
  configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, 'brand: { name: 招商银行信用卡中心, aliases: [招商银行] }\n');
  db = await openStore(join(dir, 'callqa.sqlite'));
  token = (await createUser(db.sql, { name: 'quinn', role: 'qa' })).token;
  const launcher = createRunLauncher(db.sql, { recordings: night.recordings, manifest: night.manifest, roster: night.roster, configFile }, (l) => logged.push(l));
  app = createApp({ sql: db.sql, runLauncher: launcher, audioCacheDir: join(dir, 'cache') });
});

afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const call = (path: string, init: RequestInit = {}) =>
  app.request(path, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });

it('starts a run in the background, refuses a second one for the date, and reports it when done', async () => {
  const started = await call('/api/v1/runs', { method: 'POST', body: JSON.stringify({ date: night.date }) });
  expect(started.status, await started.clone().text()).toBe(202);
  const { runId } = (await started.json()) as { runId: number };

  const again = await call('/api/v1/runs', { method: 'POST', body: JSON.stringify({ date: night.date }) });
  expect(again.status).toBe(409);

  let run: { status: string; summary: { calls: { done: number; failed: number } } } | undefined;
  for (let i = 0; i < 600; i++) {
    run = (await (await call(`/api/v1/runs/${runId}`)).json()) as typeof run;
    if (run!.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(run!.status, JSON.stringify(logged)).toBe('finished');
  expect(run!.summary.calls.done).toBe(night.good.length);
  expect(run!.summary.calls.failed).toBe(night.corrupt.length + night.invalidSidecar.length);

  const calls = (await (await call(`/api/v1/calls?status=done&from=${night.date}&to=${night.date}`)).json()) as { items: { callId: string; score: number | null }[] };
  expect(calls.items.map((c) => c.callId).sort()).toEqual([...night.good].sort());
  expect(calls.items.every((c) => typeof c.score === 'number')).toBe(true);
  const list = (await (await call('/api/v1/runs')).json()) as { total: number; items: { id: number }[] };
  expect(list.items[0].id).toBe(runId);
});

/** A second store and app, so each scenario starts from an empty night. */
async function freshApp(name: string) {
  const store = await openStore(join(dir, `${name}.sqlite`));
  const bearer = (await createUser(store.sql, { name: 'quinn', role: 'qa' })).token;
  const launcher = createRunLauncher(store.sql, { recordings: night.recordings, manifest: night.manifest, roster: night.roster, configFile }, (l) => logged.push(l));
  const server = createApp({ sql: store.sql, runLauncher: launcher, audioCacheDir: join(dir, 'cache') });
  const request = (path: string, init: RequestInit = {}) =>
    server.request(path, { ...init, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' } });
  return { store, launcher, request };
}

async function waitWhileRunning(request: Awaited<ReturnType<typeof freshApp>>['request'], runId: number) {
  for (let i = 0; i < 600; i++) {
    const run = (await (await request(`/api/v1/runs/${runId}`)).json()) as { status: string; params: Record<string, unknown> };
    if (run.status !== 'running') return run;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`run ${runId} still running`);
}

it('shows a run whose process died as interrupted, and does not refuse a new run of its date', async () => {
  const { store, request } = await freshApp('dead');
  // A run row and lease left by a process killed with -9: its pid no longer exists on this host.
  const deadPid = Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
  await claimRun(store.sql, night.date, {}, { ttlMs: 30_000, heartbeatMs: 5_000 }, `${deadPid}@${hostname()}`);

  const stale = (await (await request('/api/v1/runs/1')).json()) as { status: string; holder: string };
  expect(stale).toMatchObject({ status: 'interrupted', holder: `${deadPid}@${hostname()}` });
  const listed = (await (await request('/api/v1/runs')).json()) as { items: { id: number; status: string }[] };
  expect(listed.items).toEqual([expect.objectContaining({ id: 1, status: 'interrupted' })]);

  const started = await request('/api/v1/runs', { method: 'POST', body: JSON.stringify({ date: night.date }) });
  expect(started.status, await started.clone().text()).toBe(202);
  const { runId } = (await started.json()) as { runId: number };
  expect(runId).toBe(2);
  const run = await waitWhileRunning(request, runId);
  expect(run.status, JSON.stringify(logged)).toBe('finished');
  // The same options as `callqa run`: the config's rankingSampling is there too.
  expect(run.params).toHaveProperty('rankingSampling');
  // The takeover stored what readers were already shown.
  expect(await store.sql.get('SELECT status FROM runs WHERE id = 1')).toEqual({ status: 'interrupted' });
  await store.close();
});

it('stopAll (the server shutting down) ends its runs interrupted and releases their dates', async () => {
  const { store, launcher, request } = await freshApp('stop');
  const started = await request('/api/v1/runs', { method: 'POST', body: JSON.stringify({ date: night.date }) });
  expect(started.status).toBe(202);
  const { runId } = (await started.json()) as { runId: number };
  await launcher.stopAll({ reason: 'SIGTERM' });
  const run = (await (await request(`/api/v1/runs/${runId}`)).json()) as { status: string; summary: { interrupted: { reason: string } } };
  expect(run.status).toBe('interrupted');
  expect(run.summary.interrupted.reason).toBe('SIGTERM');
  expect(await store.sql.get('SELECT COUNT(*) AS n FROM run_leases')).toEqual({ n: 0 });
  const refused = await request('/api/v1/runs', { method: 'POST', body: JSON.stringify({ date: night.date }) });
  expect(refused.status).toBe(409);
  await store.close();
});
