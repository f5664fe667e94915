/**
 * One API request in process (app.request, no socket), repeated: CPU ms per request and how much
 * of it is SQLite statement execution (better-sqlite3's all/get/run, timed with process.cpuUsage
 * around each call), with the costliest statements. Tells SQLite time from the JS around it.
 *
 *   CALLQA_LOG_LEVEL=warn npx tsx scripts/bench/api/statement-cpu.ts STORE.sqlite URL [REQUESTS=300]
 *
 * e.g. URL '/api/v1/calls?pageSize=50&page=10' or '/api/v1/calls/c0123456'. The same URL each
 * time, so its pages are hot: a floor, not the bench's random mix.
 */
import Database from 'better-sqlite3';
import { createApp } from '../../../api/app.ts';
import { createUser } from '../../../api/queries/users.ts';
import { openStore } from '../../../pipeline/db/index.ts';

const [location, url, requests = '300'] = process.argv.slice(2);
if (!location || !url) {
  console.error('usage: statement-cpu.ts STORE.sqlite URL [REQUESTS]');
  process.exit(2);
}

let sqliteUs = 0;
const byText = new Map<string, number>();
const prepare = Database.prototype.prepare;
// Wraps each prepared statement's runners; installed before the store opens its connection.
Database.prototype.prepare = function (this: Database.Database, text: string) {
  const statement = prepare.call(this, text) as Database.Statement;
  for (const method of ['all', 'get', 'run'] as const) {
    const run = statement[method].bind(statement) as (...args: unknown[]) => unknown;
    Object.defineProperty(statement, method, {
      value: (...args: unknown[]) => {
        const cpu0 = process.cpuUsage();
        try {
          return run(...args);
        } finally {
          const cpu = process.cpuUsage(cpu0);
          sqliteUs += cpu.user + cpu.system;
          byText.set(text, (byText.get(text) ?? 0) + cpu.user + cpu.system);
        }
      },
    });
  }
  return statement;
} as typeof Database.prototype.prepare;

const store = await openStore(location);
const { token } = await createUser(store.sql, { name: `statement-cpu-${process.pid}-${Date.now()}`, role: 'qa' });
const app = createApp({ sql: store.sql });
const headers = { authorization: `Bearer ${token}` };
const n = Number(requests);
for (let i = 0; i < 30; i++) await (await app.request(url, { headers })).text();
sqliteUs = 0;
byText.clear();
const cpu0 = process.cpuUsage();
for (let i = 0; i < n; i++) await (await app.request(url, { headers })).text();
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ url, requests: n, cpuMsPerRequest: +((cpu.user + cpu.system) / 1000 / n).toFixed(3), sqliteMsPerRequest: +(sqliteUs / 1000 / n).toFixed(3) }));
for (const [text, us] of [...byText].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
  console.log(`  ${(us / 1000 / n).toFixed(3)} ms  ${text.replace(/\s+/g, ' ').slice(0, 140)}`);
}
await store.close();
