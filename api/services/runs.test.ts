/**
 * POST /runs starts the pipeline's real nightly run (ingest, ffmpeg, VAD, sentiment, scoring)
 * on a small night of real recordings; the run shows up in GET /runs and its calls in GET /calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/client.ts';
import { makeTestNight, type TestNight } from '../../pipeline/run/test-night.ts';
import { createApp } from '../app.ts';
import { createUser } from '../queries/users.ts';
import { createRunLauncher } from './runs.ts';

let dir: string;
let night: TestNight;
let db: Db;
let token: string;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-api-runs-'));
  night = await makeTestNight(join(dir, 'night'), 2);
  db = openDb(join(dir, 'callqa.sqlite'));
  token = createUser(db, { name: 'quinn', role: 'qa' }).token;
  const launcher = createRunLauncher(db, { recordings: night.recordings, manifest: night.manifest, roster: night.roster }, (l) => logged.push(l));
  app = createApp({ db, runLauncher: launcher, audioCacheDir: join(dir, 'cache') });
});

afterAll(() => {
  db?.$client.close();
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
