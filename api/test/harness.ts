/** Test helpers: a seeded store in a temp folder, the app over it, and requests as a given user. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../app.ts';
import type { AppDeps } from '../context.ts';
import { loadConfig } from '../../pipeline/config.ts';
import { DEMO } from '../../scripts/commands/run.ts';
import { demoStore } from './demo-store.ts';
import { seedStore, type SeededStore, type TestStore } from './seed.ts';

export type Who = keyof TestStore['tokens'];

export interface Harness<S extends TestStore = SeededStore> {
  store: S;
  app: App;
  /** `app.request` with the user's Bearer token (none for `anonymous`). */
  request(who: Who | 'anonymous', path: string, init?: RequestInit): Promise<Response>;
  cleanup(): void;
}

/** A harness on the seeded store (controlled cases: redaction, upset customers, twelve calls per agent). */
export async function setupHarness(extraDeps: Partial<AppDeps> = {}): Promise<Harness<SeededStore>> {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-api-test-'));
  return harness(await seedStore(dir), dir, extraDeps);
}

/** A harness on a copy of the database the demo month builds (see demo-store.ts). */
export async function setupDemoHarness(extraDeps: Partial<AppDeps> = {}): Promise<Harness<TestStore>> {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-api-demo-test-'));
  // The demo configuration's ranking options (the demo month tiers agents with 8+ calls in the month).
  return harness(await demoStore(dir), dir, { rankOptions: loadConfig(DEMO.config).ranking, ...extraDeps });
}

function harness<S extends TestStore>(store: S, dir: string, extraDeps: Partial<AppDeps>): Harness<S> {
  const app = createApp({ db: store.db, audioCacheDir: join(dir, 'audio-cache'), ...extraDeps });
  return {
    store,
    app,
    request(who, path, init = {}) {
      const headers = new Headers(init.headers);
      if (who !== 'anonymous') headers.set('authorization', `Bearer ${store.tokens[who]}`);
      return Promise.resolve(app.request(path, { ...init, headers }));
    },
    cleanup() {
      store.db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** JSON body helper for POSTs. */
export function jsonBody(value: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

/** A form post as a browser sends it from our own pages (same Origin, so CSRF checks pass). */
export function formBody(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    body: new URLSearchParams(fields).toString(),
  };
}
