/**
 * API latency and throughput on loopback: a generated store of 100,000 scored calls (temp
 * SQLite file), the API in its own process on 127.0.0.1 (@hono/node-server), and a closed-loop
 * client with keep-alive. Each measure is bounded by a request count and a time limit.
 *
 *   api.call_detail.rps     GET /api/v1/calls/{id} for random calls, requests per second
 *   api.call_detail.p99_ms  its 99th-percentile latency
 *   api.calls_list.p99_ms   GET /api/v1/calls pages in a mix (newest, half a month, a day, a team's week, an
 *                           agent, page 10, a week's low scores), p99; p99 per kind in the details
 *
 * With CALLQA_BENCH_PG_URL (a Postgres role that may create databases) the same rows are copied
 * into a fresh Postgres database and measured again in the same run: api.pg.call_detail.rps,
 * api.pg.call_detail.p99_ms, api.pg.calls_list.p99_ms. CALLQA_BENCH_API_CALLS changes the size.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../pipeline/db/index.ts';
import { createFreshPgDatabase } from '../../fixtures/support/store/fresh-pg-database.ts';
import { copyToStore } from './api/copy-to-store.ts';
import { generateStore, type GeneratedStore } from './api/generate-store.ts';
import { runLoad } from './api/load.ts';
import type { Benchmark, BenchResult } from './types.ts';

const CALLS = Number(process.env.CALLQA_BENCH_API_CALLS ?? 100_000);
/** Clients at once: a handful of coaches and QA on a 2-core box; the server is one event loop. */
const CONCURRENCY = 4;
const MAX_REQUESTS = 4000;
const MAX_SECONDS = 20;

const bench: Benchmark = async function* () {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-api-'));
  const dbFile = join(dir, 'bench.sqlite');
  try {
    const t0 = performance.now();
    const store = generateStore(dbFile, { calls: CALLS, agents: 1500, teams: 30, days: 30 });
    const generateS = (performance.now() - t0) / 1000;
    const agentIds = (store.db.$client.prepare('SELECT agent_id AS id FROM agents').all() as { id: string }[]).map((r) => r.id);
    const setup = { calls: CALLS, concurrency: CONCURRENCY, cores: availableParallelism(), generateS: Number(generateS.toFixed(1)) };
    yield* measure(dbFile, 'api', { ...setup, store: 'sqlite' }, store, agentIds);

    const pgUrl = process.env.CALLQA_BENCH_PG_URL?.trim();
    if (pgUrl) {
      const database = await createFreshPgDatabase(pgUrl);
      try {
        const pg = await openStore(database.url);
        const t1 = performance.now();
        const rows = await copyToStore(store.db.$client, pg.sql).finally(() => pg.close());
        const copyS = Number(((performance.now() - t1) / 1000).toFixed(1));
        yield* measure(database.url, 'api.pg', { ...setup, store: 'postgres', copyS, rows }, store, agentIds);
      } finally {
        await database.drop();
      }
    }
    store.db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The three figures for the API serving `location`, named `<prefix>.call_detail.rps` and so on. */
async function* measure(location: string, prefix: string, setup: Record<string, unknown>, store: GeneratedStore, agentIds: string[]): AsyncIterable<BenchResult> {
  let child: ReturnType<typeof fork> | undefined;
  try {
    child = fork(fileURLToPath(new URL('./api/server-process.ts', import.meta.url)), [location], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line));
      });
      child!.once('exit', (code) => reject(new Error(`API server exited early (code ${code})`)));
    });
    const headers = { authorization: `Bearer ${token}` };

    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

    // Warm the server (prepared statements, page cache) before measuring.
    await runLoad({ url: () => `${url}/api/v1/calls/${pick(store.callIds)}`, headers, concurrency: 2, maxRequests: 200, maxSeconds: 10 });
    const detail = await runLoad({
      url: () => `${url}/api/v1/calls/${pick(store.callIds)}`, headers, concurrency: CONCURRENCY, maxRequests: MAX_REQUESTS, maxSeconds: MAX_SECONDS,
    });
    const detailInfo = { ...setup, requests: detail.requests, errors: detail.errors, durationS: Number(detail.durationS.toFixed(2)), p50Ms: round(detail.p50Ms) };
    yield { name: `${prefix}.call_detail.rps`, value: round(detail.rps), unit: 'req/s', ...detailInfo } satisfies BenchResult;
    yield { name: `${prefix}.call_detail.p99_ms`, value: round(detail.p99Ms), unit: 'ms', ...detailInfo } satisfies BenchResult;

    const lists: [string, () => string][] = [
      ['newest', () => '/api/v1/calls?pageSize=50'],
      ['halfMonth', () => (rand() < 0.5 ? '/api/v1/calls?pageSize=50&from=2026-11-01&to=2026-11-15' : '/api/v1/calls?pageSize=50&from=2026-11-16&to=2026-11-30')],
      ['day', () => { const d = pick(store.dates); return `/api/v1/calls?pageSize=50&from=${d}&to=${d}`; }],
      ['teamWeek', () => `/api/v1/calls?pageSize=50&from=2026-11-24&to=2026-11-30&team=${pick(store.teams)}`],
      ['agent', () => `/api/v1/calls?pageSize=50&agentId=${pick(agentIds)}`],
      ['page10', () => '/api/v1/calls?pageSize=50&page=10'],
      ['lowScoresWeek', () => '/api/v1/calls?pageSize=50&from=2026-11-24&to=2026-11-30&scoreMax=60'],
    ];
    const list = await runLoad({
      url: (i) => `${url}${lists[i % lists.length][1]()}`, kind: (i) => lists[i % lists.length][0],
      headers, concurrency: CONCURRENCY, maxRequests: MAX_REQUESTS / 2, maxSeconds: MAX_SECONDS,
    });
    yield {
      name: `${prefix}.calls_list.p99_ms`, value: round(list.p99Ms), unit: 'ms', ...setup,
      requests: list.requests, errors: list.errors, rps: round(list.rps), p50Ms: round(list.p50Ms),
      p99MsByKind: Object.fromEntries(Object.entries(list.p99MsByKind ?? {}).map(([k, v]) => [k, round(v)])),
    } satisfies BenchResult;
  } finally {
    child?.kill('SIGTERM');
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export default bench;
