/**
 * The API server in its own process for load measurements, so the load generator does not
 * share the server's event loop. Usage: node --import tsx server-process.ts DB_FILE; prints
 * one JSON line `{"url": …, "token": …}` when listening on 127.0.0.1 (ephemeral port).
 */
import { openDb } from '../../../pipeline/db/index.ts';
import { createUser } from '../../../api/queries/users.ts';
import { startServer } from '../../../api/server.ts';

const dbFile = process.argv[2];
if (!dbFile) {
  console.error('usage: server-process.ts DB_FILE');
  process.exit(2);
}
const db = openDb(dbFile);
const { token } = createUser(db, { name: `bench-${process.pid}`, role: 'qa' });
const server = await startServer({ db }, { port: 0, host: '127.0.0.1' });
console.log(JSON.stringify({ url: server.url, token }));
process.on('SIGTERM', () => {
  server.close().finally(() => process.exit(0));
});
