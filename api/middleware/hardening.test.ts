/**
 * Hardening of every answer: bodies over 1 MiB are refused before sign-in without being read,
 * pages carry a nonce-based CSP and anti-framing headers, API answers are never cached, and no
 * error body shows a server file path or internals.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, setRootLogger } from '../../pipeline/log.ts';
import { startServer } from '../server.ts';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import { MAX_BODY_BYTES } from './body-limit.ts';

let h: Harness;
const launcherError = new Error("ENOENT: no such file or directory, open '/work/secret-inputs/2026-11-21/manifest.csv'");
beforeAll(async () => {
  h = await setupHarness({ runLauncher: { start: () => Promise.reject(launcherError) } });
}, 120_000);
afterAll(() => h?.cleanup());

/** A body stream of `totalBytes`, counting how much of it the server pulled. */
function countedBody(totalBytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const counter = { pulledBytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulledBytes >= totalBytes) return controller.close();
      counter.pulledBytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

const FIVE_MB = 5 * 1000 * 1000;

describe('request body limit', () => {
  it('refuses an unauthenticated 5 MB POST with Content-Length at once, reading none of it', async () => {
    const { stream, counter } = countedBody(FIVE_MB);
    const res = await h.app.request(`/api/v1/calls/${h.store.failedGreetingCall}/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(FIVE_MB) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'payload_too_large' });
    expect(counter.pulledBytes).toBeLessThanOrEqual(64 * 1024 * 2);
  });

  it('stops reading a chunked (no Content-Length) upload soon after the limit', async () => {
    const { stream, counter } = countedBody(FIVE_MB);
    const res = await h.app.request('/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(counter.pulledBytes).toBeLessThan(MAX_BODY_BYTES + 4 * 64 * 1024);
  });

  it('lets a signed-in request under the limit through', async () => {
    const res = await h.request('coachA', `/api/v1/calls/${h.store.failedGreetingCall}/notes`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: 'x'.repeat(3000) }),
    });
    expect(res.status).toBe(201);
  });

  it('answers 413 over a real socket before a 300 MB upload is sent', async () => {
    const server = await startServer({ sql: h.store.sql }, { port: 0 });
    try {
      const { status, sentBytes } = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
        let sentBytes = 0;
        const req = httpRequest(`${server.url}/api/v1/calls/x/notes`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) },
        });
        req.on('response', (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, sentBytes });
          req.destroy();
        });
        req.on('error', (err) => (sentBytes > 0 ? undefined : reject(err)));
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        const pump = () => {
          while (sentBytes < 300 * 1024 * 1024 && !req.destroyed) {
            sentBytes += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
        };
        pump();
      });
      expect(status).toBe(413);
      expect(sentBytes).toBeLessThan(300 * 1024 * 1024);
    } finally {
      await server.close();
    }
  });
});

describe('security headers', () => {
  it('give pages a nonce CSP that matches their inline style and script, and forbid framing', async () => {
    const res = await h.request('coachA', `/calls/${h.store.failedGreetingCall}`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const nonce = csp.match(/script-src 'self' 'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    const html = await res.text();
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).not.toMatch(/\sstyle="/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('use a new nonce on every page', async () => {
    const a = (await h.app.request('/signin')).headers.get('content-security-policy');
    const b = (await h.app.request('/signin')).headers.get('content-security-policy');
    expect(a).not.toBe(b);
  });

  it('mark every /api/v1 answer no-store, refusals and audio included', async () => {
    for (const [who, path] of [
      ['qa', '/api/v1/me'],
      ['anonymous', '/api/v1/me'],
      ['coachA', `/api/v1/calls/${h.store.teamBCall}`],
      ['coachA', `/api/v1/calls/${h.store.failedGreetingCall}/audio`],
      ['qa', '/api/v1/nothing-here'],
    ] as const) {
      const res = await h.request(who, path);
      expect(res.headers.get('cache-control'), `${who} ${path} → ${res.status}`).toBe('no-store');
    }
  });
});

describe('error bodies', () => {
  it('say only "internal error" and a request id on a 5xx, while the log has the details', async () => {
    // The server's structured log (pino), into a file this test reads.
    const logFile = join(mkdtempSync(join(tmpdir(), 'callqa-log-')), 'api.log');
    setRootLogger(createLogger({ file: logFile, level: 'info' }));
    try {
      const res = await h.request('qa', '/api/v1/runs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ date: '2026-11-21' }) });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toMatch(/\/(work|tmp|srv|home)\//);
      expect(text).not.toContain('ENOENT');
      const body = JSON.parse(text) as { error: string; message: string; requestId: string };
      expect(body).toMatchObject({ error: 'internal', message: 'internal error' });
      expect(body.requestId).toMatch(/\S{8,}/);
      const lines = readFileSync(logFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      // The failure with its details, and the request line, both carry the id the body shows.
      expect(lines).toContainEqual(expect.objectContaining({ level: 50, requestId: body.requestId, err: expect.objectContaining({ stack: expect.any(String) }) }));
      expect(lines).toContainEqual(expect.objectContaining({ level: 30, requestId: body.requestId, method: 'POST', path: '/api/v1/runs', status: 500, durationMs: expect.any(Number) }));
    } finally {
      setRootLogger(createLogger());
    }
  });

  it('never show a server path in a 4xx reason', async () => {
    const callId = h.store.teamBCall;
    h.store.db.$client.prepare('UPDATE calls SET file = ? WHERE call_id = ?').run('/srv/recordings/2026-11-20/gone.wav', callId);
    const res = await h.request('qa', `/api/v1/calls/${callId}/audio`);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).toContain('gone.wav');
    expect(text).not.toContain('/srv/recordings');
  });
});
