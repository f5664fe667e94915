/**
 * API latency and throughput on loopback at 1,000,000 scored calls: a generated store (built
 * once and cached, see api/bench-store-cache.ts; minutes to build, seconds to reuse), served
 * by `callqa serve --workers N` (N = twice the cores on SQLite, the cores on Postgres, unless
 * CALLQA_BENCH_API_WORKERS says; see serveProcesses), and
 * a closed-loop client of 4 connections with keep-alive. Each measure is bounded by a request
 * count and a time limit.
 *
 *   api.call_detail.rps     GET /api/v1/calls/{id} for random calls, requests per second
 *   api.call_detail.p99_ms  its 99th-percentile latency
 *   api.calls_list.p99_ms   GET /api/v1/calls pages in a mix (newest, half a month, a day, a team's week,
 *                           an agent, page 10 by offset, a deep page by cursor, a week's low scores);
 *                           p99 over all, p99 per kind in the details
 *
 * The same rows are then served from Postgres (CALLQA_BENCH_PG_URL, else CALLQA_TEST_PG_URL: a
 * role that may create databases) in a database kept under the same key, and measured again in
 * the same run: api.pg.call_detail.rps, api.pg.call_detail.p99_ms, api.pg.calls_list.p99_ms.
 * Every line says `calls`, `processes`, `store`, the load average when it was measured, and the
 * server's CPU time per request (all its processes; a loaded machine stretches wall-clock
 * figures, much less the CPU each request costs).
 * CALLQA_BENCH_API_CALLS changes the size.
 */
import { availableParallelism, loadavg } from 'node:os';
import { cachedSqliteStore } from './api/bench-store-cache.ts';
import { shapeIds, type GeneratedStore, type StoreShape } from './api/generate-store.ts';
import { runLoad } from './api/load.ts';
import { pgBenchDatabase } from './api/pg-bench-database.ts';
import { serveForBench } from './api/serve-child.ts';
import type { Benchmark, BenchResult } from './types.ts';

const SHAPE: StoreShape = { calls: Number(process.env.CALLQA_BENCH_API_CALLS ?? 1_000_000), agents: 1500, teams: 30, days: 30 };
/** Clients at once: a handful of coaches and QA analysts. */
const CONCURRENCY = 4;
/**
 * Server processes per store kind. better-sqlite3 answers synchronously, so a SQLite process serves
 * one request at a time and its core idles while it waits on a page read: two per core keep the cores
 * busy (1M calls, 2 cores, quiet: 2 processes 710-764 rps, 3: 1,228, 4: 1,296-1,304). Postgres
 * answers asynchronously and runs on the same cores: one per core (4 processes: 462 rps vs 489-514).
 */
function serveProcesses(store: 'sqlite' | 'postgres'): number {
  const explicit = process.env.CALLQA_BENCH_API_WORKERS?.trim();
  if (explicit) return Number(explicit);
  return store === 'sqlite' ? 2 * availableParallelism() : availableParallelism();
}
const MAX_REQUESTS = 6000;
const MAX_SECONDS = 20;
/** Pages walked by cursor before measuring, whose cursors the deep-page requests pick from. */
const DEEP_PAGES = 200;

const bench: Benchmark = async function* () {
  const sqlite = cachedSqliteStore(SHAPE);
  const ids = shapeIds(SHAPE);
  const setup = { calls: SHAPE.calls, concurrency: CONCURRENCY, cores: availableParallelism() };
  yield* measure(sqlite.file, 'api', { ...setup, store: 'sqlite', storeReused: sqlite.reused, buildS: round(sqlite.buildS) }, ids);

  const pgUrl = process.env.CALLQA_BENCH_PG_URL?.trim() || process.env.CALLQA_TEST_PG_URL?.trim();
  if (pgUrl) {
    const pg = await pgBenchDatabase(pgUrl, sqlite.key, sqlite.file);
    yield* measure(pg.url, 'api.pg', { ...setup, store: 'postgres', storeReused: pg.reused, copyS: round(pg.copyS) }, ids);
  }
};

/** The three figures for the API serving `location`, named `<prefix>.call_detail.rps` and so on. */
async function* measure(location: string, prefix: string, setup: Record<string, unknown>, store: GeneratedStore): AsyncIterable<BenchResult> {
  const api = await serveForBench(location, serveProcesses(setup.store === 'postgres' ? 'postgres' : 'sqlite'));
  try {
    const { url } = api;
    const headers = { authorization: `Bearer ${api.token}` };
    const context = { ...setup, processes: api.processes };
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

    // Warm every worker (prepared statements, page cache) before measuring.
    await runLoad({ url: () => `${url}/api/v1/calls/${pick(store.callIds)}`, headers, concurrency: CONCURRENCY, maxRequests: 400, maxSeconds: 15 });
    const load1 = loadavg()[0];
    const cpu0 = api.cpuS();
    // The load generator shares the cores with the server: its own CPU per request says how much
    // of the machine the measurement itself takes (clients of a real deployment are elsewhere).
    const client0 = process.cpuUsage();
    const detail = await runLoad({
      url: () => `${url}/api/v1/calls/${pick(store.callIds)}`, headers, concurrency: CONCURRENCY, maxRequests: MAX_REQUESTS, maxSeconds: MAX_SECONDS,
    });
    const detailCpuMs = ((api.cpuS() - cpu0) * 1000) / detail.requests;
    const detailClientCpuMs = clientCpuMs(client0) / detail.requests;
    const detailInfo = {
      ...context, load1: round(load1), requests: detail.requests, errors: detail.errors, durationS: round(detail.durationS), p50Ms: round(detail.p50Ms),
      serverCpuMsPerRequest: round(detailCpuMs), requestsPerServerCpuS: Math.round(1000 / detailCpuMs), clientCpuMsPerRequest: round(detailClientCpuMs),
    };
    yield { name: `${prefix}.call_detail.rps`, value: round(detail.rps), unit: 'req/s', ...detailInfo } satisfies BenchResult;
    yield { name: `${prefix}.call_detail.p99_ms`, value: round(detail.p99Ms), unit: 'ms', ...detailInfo } satisfies BenchResult;

    const deepCursors = await walkCursors(`${url}/api/v1/calls?pageSize=50`, headers, DEEP_PAGES);
    const lists: [string, () => string][] = [
      ['newest', () => '/api/v1/calls?pageSize=50'],
      ['halfMonth', () => (rand() < 0.5 ? '/api/v1/calls?pageSize=50&from=2026-11-01&to=2026-11-15' : '/api/v1/calls?pageSize=50&from=2026-11-16&to=2026-11-30')],
      ['day', () => { const d = pick(store.dates); return `/api/v1/calls?pageSize=50&from=${d}&to=${d}`; }],
      ['teamWeek', () => `/api/v1/calls?pageSize=50&from=2026-11-24&to=2026-11-30&team=${pick(store.teams)}`],
      ['agent', () => `/api/v1/calls?pageSize=50&agentId=${pick(store.agentIds)}`],
      ['page10', () => '/api/v1/calls?pageSize=50&page=10'],
      ['deepCursor', () => `/api/v1/calls?pageSize=50&cursor=${pick(deepCursors)}`],
      ['lowScoresWeek', () => '/api/v1/calls?pageSize=50&from=2026-11-24&to=2026-11-30&scoreMax=60'],
    ];
    const load2 = loadavg()[0];
    const cpu1 = api.cpuS();
    const client1 = process.cpuUsage();
    const list = await runLoad({
      url: (i) => `${url}${lists[i % lists.length][1]()}`, kind: (i) => lists[i % lists.length][0],
      headers, concurrency: CONCURRENCY, maxRequests: MAX_REQUESTS / 2, maxSeconds: MAX_SECONDS,
    });
    yield {
      name: `${prefix}.calls_list.p99_ms`, value: round(list.p99Ms), unit: 'ms', ...context, load1: round(load2), deepPages: DEEP_PAGES,
      requests: list.requests, errors: list.errors, rps: round(list.rps), p50Ms: round(list.p50Ms),
      serverCpuMsPerRequest: round(((api.cpuS() - cpu1) * 1000) / list.requests), clientCpuMsPerRequest: round(clientCpuMs(client1) / list.requests),
      p99MsByKind: Object.fromEntries(Object.entries(list.p99MsByKind ?? {}).map(([k, v]) => [k, round(v)])),
    } satisfies BenchResult;
  } finally {
    await api.stop();
  }
}

/** The nextCursor of each of the first `pages` pages of `firstPage`, walked one after another. */
async function walkCursors(firstPage: string, headers: Record<string, string>, pages: number): Promise<string[]> {
  const cursors: string[] = [];
  let next: string | null = null;
  do {
    const res: Response = await fetch(`${firstPage}${next ? `&cursor=${next}` : ''}`, { headers });
    if (res.status !== 200) throw new Error(`walking the calls list by cursor: HTTP ${res.status} ${await res.text()}`);
    next = ((await res.json()) as { nextCursor: string | null }).nextCursor;
    if (next) cursors.push(next);
  } while (next && cursors.length < pages);
  return cursors;
}

/** This process's CPU (user + system) since `since`, in ms. */
function clientCpuMs(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export default bench;
