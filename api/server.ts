/** Runs the app on Node's HTTP server (@hono/node-server). */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { AppDeps } from './context.ts';
import { serveWorkerId, WORKER_HEADER } from './serve-workers.ts';

export interface ServerOptions {
  /** 0 = an ephemeral port (tests, benchmarks). */
  port: number;
  /** Default 127.0.0.1: reachable from this machine only; pass 0.0.0.0 to serve a network. */
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(deps: AppDeps, options: ServerOptions): Promise<RunningServer> {
  const app = createApp(deps);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            // Keep-alive sockets would hold close() open; end them.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
    server.once('error', reject);
    // Under `serve --workers N`: which process answered (set before the app writes the head).
    const workerId = serveWorkerId();
    if (workerId !== null) server.prependListener('request', (_req, res) => res.setHeader(WORKER_HEADER, String(workerId)));
  });
}
