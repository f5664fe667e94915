/**
 * The API server in its own process for load measurements, so the load generator does not
 * share the server's event loop. Usage: node --import tsx server-process.ts LOCATION (a SQLite
 * file or a Postgres URL); prints one JSON line `{"url": …, "token": …}` when listening on
 * 127.0.0.1 (ephemeral port).
 */
import { openStore } from '../../../pipeline/db/index.ts';
import { createUser } from '../../../api/queries/users.ts';
import { startServer } from '../../../api/server.ts';

const location = process.argv[2];
if (!location) {
  console.error('usage: server-process.ts LOCATION');
  process.exit(2);
}
const store = await openStore(location);
const { token } = await createUser(store.sql, { name: `bench-${process.pid}`, role: 'qa' });
const server = await startServer({ sql: store.sql }, { port: 0, host: '127.0.0.1' });
console.log(JSON.stringify({ url: server.url, token }));
process.on('SIGTERM', () => {
  server.close().then(() => store.close()).finally(() => process.exit(0));
});
