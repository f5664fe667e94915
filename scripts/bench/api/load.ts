/**
 * A small closed-loop HTTP load generator: `concurrency` clients, bounded by request count and
 * time. node:http with a keep-alive agent (one socket per client), not fetch: undici's fetch
 * spent ~1.5 ms of CPU per request here, as much as the server it measures, on the same cores.
 */
import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  durationS: number;
  /** Completed requests per second. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** p99 latency per request kind, ms (when `kind` is given). */
  p99MsByKind?: Record<string, number>;
}

export interface LoadOptions {
  /** Next URL to request (called once per request). */
  url: (i: number) => string;
  headers: Record<string, string>;
  concurrency: number;
  maxRequests: number;
  maxSeconds: number;
  /** Names the kind of request i, to report p99 per kind. */
  kind?: (i: number) => string;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const byKind = new Map<string, number[]>();
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + o.maxSeconds * 1000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const client = async () => {
    while (issued < o.maxRequests && performance.now() < deadline) {
      const i = issued++;
      const url = o.url(i);
      const t0 = performance.now();
      try {
        if ((await get(url, o.headers, agent)) !== 200) errors++;
      } catch {
        errors++;
      }
      const ms = performance.now() - t0;
      latencies.push(ms);
      if (o.kind) {
        const k = o.kind(i);
        const xs = byKind.get(k);
        if (xs) xs.push(ms);
        else byKind.set(k, [ms]);
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  agent.destroy();
  const durationS = (performance.now() - started) / 1000;
  const p99MsByKind = o.kind ? Object.fromEntries([...byKind].map(([k, xs]) => [k, quantile(xs, 0.99)])) : undefined;
  return {
    requests: latencies.length, errors, durationS, rps: latencies.length / durationS,
    p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), maxMs: Math.max(...latencies), p99MsByKind,
  };
}

/** GET `url`, reading the whole body; resolves with the status. */
function get(url: string, headers: Record<string, string>, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** Nearest-rank quantile (q in 0..1) of the values. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
