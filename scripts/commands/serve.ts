/**
 * `callqa serve [--db FILE] [--port N] [--host H]`: the HTTP API (/api/v1, OpenAPI at
 * /api/v1/openapi.json) and the web pages for coaches, QA and HR. With --manifest, --roster
 * and --recordings (paths may contain {date}) QA can start runs from the API; --demo serves
 * data/demo.sqlite with the demo night's inputs.
 */
import type { Command } from 'commander';
import { join } from 'node:path';
import { startServer } from '../../api/server.ts';
import { createRunLauncher } from '../../api/services/runs.ts';
import { listUsers } from '../../api/queries/users.ts';
import { openDb } from '../../pipeline/db/client.ts';
import { DEFAULT_DB, DEMO } from './run.ts';

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  config?: string;
  manifest?: string;
  roster?: string;
  recordings?: string;
  audioCache?: string;
  demo?: boolean;
}

export default function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and the web pages (sign in with a token from `callqa users add`).')
    .option('--db <file>', `SQLite database file (default ${DEFAULT_DB}; with --demo ${DEMO.db})`)
    .option('--port <n>', 'TCP port', '8080')
    .option('--host <address>', 'address to listen on (0.0.0.0 for the network)', '127.0.0.1')
    .option('--config <file>', 'configuration file used by runs started from the API')
    .option('--manifest <file>', 'manifest CSV for runs started from the API ({date} is replaced)')
    .option('--roster <file>', 'roster CSV for runs started from the API')
    .option('--recordings <dir>', 'recordings folder for runs started from the API ({date} is replaced)')
    .option('--audio-cache <dir>', 'where served (redacted) WAV files are cached (default: <db folder>/audio-cache)')
    .option('--demo', 'serve the demo database with the demo night as run inputs')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`callqa serve: --port must be an integer 0–65535, got "${flags.port}"`);
        process.exitCode = 1;
        return;
      }
      const f = flags.demo
        ? { ...flags, db: flags.db ?? DEMO.db, manifest: DEMO.manifest, roster: DEMO.roster, recordings: DEMO.recordings, config: flags.config ?? DEMO.config }
        : flags;
      const given = (['manifest', 'roster', 'recordings'] as const).filter((k) => f[k]);
      if (given.length && given.length < 3) {
        console.error(`callqa serve: runs from the API need --manifest, --roster and --recordings together (got only --${given.join(', --')})`);
        process.exitCode = 1;
        return;
      }
      const dbFile = f.db ?? DEFAULT_DB;
      const db = openDb(dbFile);
      const runLauncher = given.length === 3 ? createRunLauncher(db, { manifest: f.manifest!, roster: f.roster!, recordings: f.recordings!, configFile: f.config }) : undefined;
      const server = await startServer(
        { db, runLauncher, audioCacheDir: f.audioCache ?? join(dbFile, '..', 'audio-cache') },
        { port, host: f.host },
      );
      console.log(`callqa serving ${dbFile} at ${server.url}/ (API ${server.url}/api/v1, OpenAPI ${server.url}/api/v1/openapi.json)`);
      if (!listUsers(db).length) console.log('no users yet: create one with `callqa users add --name NAME --role admin` and sign in with its token');
      if (!runLauncher) console.log('runs cannot be started from the API (no --manifest/--roster/--recordings)');
      const stop = () => {
        server.close().finally(() => {
          db.$client.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
