/**
 * The API bench's requests one kind at a time against `callqa serve` (serve-child.ts): server CPU
 * ms per request (all server processes, Linux /proc) and p50/p99 per kind, so a change to one
 * route is measured apart from the mix that scripts/bench/api.ts reports. For A/B runs of a
 * change: the CPU figure moves much less with the machine's load than the latencies do.
 *
 *   npx tsx scripts/bench/api/served-kinds.ts STORE [WORKERS=1] [KINDS=detail,agent,page10] [REQUESTS=3000]
 *
 * STORE is a store location (the bench's cached SQLite file, or a Postgres URL); its ids are
 * taken as those of a generated store of CALLQA_BENCH_API_CALLS calls (default 1,000,000).
 * Kinds: detail, newest, halfMonth, day, teamWeek, agent, page10, lowScoresWeek (as in api.ts).
 * With CALLQA_BENCH_API_CPU_PROF=DIR the server processes write CPU profiles there.
 */
import { loadavg } from 'node:os';
import { shapeIds } from './generate-store.ts';
import { runLoad } from './load.ts';
import { serveForBench } from './serve-child.ts';

const [location, workers = '1', kindList = 'detail,agent,page10', requests = '3000'] = process.argv.slice(2);
if (!location) {
  console.error('usage: served-kinds.ts STORE [WORKERS] [KINDS] [REQUESTS]');
  process.exit(2);
}
const store = shapeIds({ calls: Number(process.env.CALLQA_BENCH_API_CALLS ?? 1_000_000), agents: 1500, teams: 30, days: 30 });
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
const paths: Record<string, () => string> = {
  detail: () => `/api/v1/calls/${pick(store.callIds)}`,
  newest: () => '/api/v1/calls?pageSize=50',
  halfMonth: () => (rand() < 0.5 ? '/api/v1/calls?pageSize=50&from=2026-11-01&to=2026-11-15' : '/api/v1/calls?pageSize=50&from=2026-11-16&to=2026-11-30'),
  day: () => {
    const d = pick(store.dates);
    return `/api/v1/calls?pageSize=50&from=${d}&to=${d}`;
  },
  teamWeek: () => `/api/v1/calls?pageSize=50&from=2026-11-24&to=2026-11-30&team=${pick(store.teams)}`,
  agent: () => `/api/v1/calls?pageSize=50&agentId=${pick(store.agentIds)}`,
  page10: () => '/api/v1/calls?pageSize=50&page=10',
  lowScoresWeek: () => '/api/v1/calls?pageSize=50&from=2026-11-24&to=2026-11-30&scoreMax=60',
};
const kinds = kindList.split(',');
for (const kind of kinds) if (!paths[kind]) throw new Error(`unknown kind ${kind} (known: ${Object.keys(paths).join(', ')})`);

const api = await serveForBench(location, Number(workers));
try {
  const headers = { authorization: `Bearer ${api.token}` };
  // Warm every worker (prepared statements, the store's hot pages) before measuring.
  await runLoad({ url: () => `${api.url}${paths.detail()}`, headers, concurrency: 4, maxRequests: 400, maxSeconds: 15 });
  for (const kind of kinds) {
    await runLoad({ url: () => `${api.url}${paths[kind]()}`, headers, concurrency: 4, maxRequests: 100, maxSeconds: 15 });
    const load1 = loadavg()[0];
    const cpu0 = api.cpuS();
    const r = await runLoad({ url: () => `${api.url}${paths[kind]()}`, headers, concurrency: 4, maxRequests: Number(requests), maxSeconds: 30 });
    const serverCpuMsPerRequest = ((api.cpuS() - cpu0) * 1000) / r.requests;
    console.log(JSON.stringify({
      kind, workers: Number(workers), requests: r.requests, errors: r.errors, rps: Math.round(r.rps), p50Ms: +r.p50Ms.toFixed(2), p99Ms: +r.p99Ms.toFixed(2),
      serverCpuMsPerRequest: +serverCpuMsPerRequest.toFixed(3), load1: +load1.toFixed(2),
    }));
  }
} finally {
  await api.stop();
}
