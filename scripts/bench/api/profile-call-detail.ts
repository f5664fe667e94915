/**
 * CPU per call-detail request inside one process (no HTTP socket): the app's own work — auth,
 * queries, JSON — for profiling the handler (`node --cpu-prof --import tsx
 * scripts/bench/api/profile-call-detail.ts STORE [REQUESTS]`, with CALLQA_LOG_LEVEL=warn so the
 * request log does not flood stderr). Prints CPU ms per request. At 20,000 calls (load ~20):
 * 1.25 ms; a third of it in SQLite statements (get/all), a third in hono and its middleware,
 * the rest JSON, the request log and GC. The HTTP server adds ~1 ms more (writev alone 14%).
 */
import { createApp } from '../../../api/app.ts';
import { createUser } from '../../../api/queries/users.ts';
import { openStore } from '../../../pipeline/db/index.ts';

const [location, requests = '3000'] = process.argv.slice(2);
if (!location) {
  console.error('usage: profile-call-detail.ts STORE [REQUESTS]');
  process.exit(2);
}
const store = await openStore(location);
const { token } = await createUser(store.sql, { name: `profile-${process.pid}`, role: 'qa' });
const calls = (await store.sql.all<{ id: string }>('SELECT call_id AS id FROM calls LIMIT 100000')).map((r) => r.id);
const app = createApp({ sql: store.sql });
const headers = { authorization: `Bearer ${token}` };
let seed = 7;
const pick = () => calls[((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * calls.length | 0];
for (let i = 0; i < 200; i++) await (await app.request(`/api/v1/calls/${pick()}`, { headers })).text();
const n = Number(requests);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let bytes = 0;
for (let i = 0; i < n; i++) bytes += (await (await app.request(`/api/v1/calls/${pick()}`, { headers })).text()).length;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ requests: n, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / n, wallMsPerRequest: (performance.now() - t0) / n, bytesPerResponse: bytes / n }));
await store.close();
