/**
 * Test store built by the real demo night: `runNight` over fixtures/demo with the demo
 * configuration and the real stage components (ffmpeg, Silero VAD, the compact sentiment
 * model, the shipped scorecards; imported transcripts where no Whisper model is present) —
 * what `npm run demo` does. The night takes a minute or more, so it runs once per fixture
 * content and is kept in the temp folder; each test file works on its own copy.
 */
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, repoRoot } from '../../pipeline/config.ts';
import { openDb } from '../../pipeline/db/client.ts';
import { buildComponents } from '../../pipeline/run/build-components.ts';
import { runNight } from '../../pipeline/run/run-night.ts';
import { samplingParamsSchema } from '../../pipeline/sample/draw.ts';
import { DEMO } from '../../scripts/commands/run.ts';
import type { Role } from '../context.ts';
import { createUser } from '../queries/users.ts';
import type { TestStore } from './seed.ts';

/** Everything whose change can change the demo night's results. */
const INPUTS = [
  'fixtures/demo/manifest.csv', 'fixtures/demo/roster.csv', 'fixtures/demo/labels.json', 'fixtures/demo-config.yaml',
  'pipeline/db/migrations/meta/_journal.json', 'pipeline/scorecards/zh-CN-bank.yaml', 'pipeline/scorecards/en-US-bank.yaml',
];

function cacheFile(): string {
  const hash = createHash('sha256');
  for (const f of INPUTS) hash.update(f).update(readFileSync(join(repoRoot, f)));
  // The code and models that make the night: a cached database from older code (e.g. on a CI
  // machine that kept /tmp from an earlier run) must not stand in for what this code computes.
  for (const f of sourceFiles(['pipeline', 'models'])) hash.update(f).update(readFileSync(join(repoRoot, f)));
  // Recordings and sidecars by name, size and time, so a regenerated night is rebuilt.
  for (const f of readdirSync(DEMO.recordings).sort()) {
    const st = statSync(join(DEMO.recordings, f));
    hash.update(`${f}:${st.size}:${st.mtimeMs}`);
  }
  return join(tmpdir(), `callqa-api-demo-${hash.digest('hex').slice(0, 16)}.sqlite`);
}

/** Non-test source and model files under the given repo folders, sorted. */
function sourceFiles(folders: string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(repoRoot, rel), { withFileTypes: true })) {
      const path = join(rel, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'hub' && entry.name !== 'node_modules') walk(path);
      } else if (/\.(ts|json|yaml|onnx)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) out.push(path);
    }
  };
  folders.forEach(walk);
  return out.sort();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The cached demo database, built now if missing (one builder at a time across test workers). */
export async function demoDatabaseFile(): Promise<string> {
  const file = cacheFile();
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return file;
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      // Another worker is building; a lock older than 15 minutes is left over from a crash.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 15 * 60_000) rmSync(lock, { force: true });
      await sleep(500);
      continue;
    }
    try {
      const building = `${file}.building-${process.pid}`;
      rmSync(building, { force: true });
      const db = openDb(building);
      const config = loadConfig(DEMO.config);
      const components = await buildComponents(config);
      await runNight(db, {
        date: DEMO.date, recordingsDir: DEMO.recordings, manifestPath: DEMO.manifest, rosterPath: DEMO.roster,
        sampling: samplingParamsSchema.parse(config.sampling), concurrency: config.concurrency,
      }, components);
      db.$client.close(); // checkpoints the WAL into the file
      renameSync(building, file);
      // Databases of earlier fixture states are of no further use.
      for (const old of readdirSync(tmpdir()).filter((f) => /^callqa-api-demo-[0-9a-f]{16}\.sqlite$/.test(f))) {
        if (join(tmpdir(), old) !== file) rmSync(join(tmpdir(), old), { force: true });
      }
      return file;
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
}

const TEAM_A = '信用卡一组';
const TEAM_B = '信用卡二组';

/** A private copy of the demo database in `dir`, with one user per role and the calls the tests use. */
export async function demoStore(dir: string): Promise<TestStore> {
  mkdirSync(dir, { recursive: true });
  const dbFile = join(dir, 'callqa.sqlite');
  copyFileSync(await demoDatabaseFile(), dbFile);
  const db = openDb(dbFile);
  const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T | undefined;

  const failedGreetingCall = one<{ id: string }>(
    `SELECT cr.call_id AS id FROM check_results cr JOIN calls c USING (call_id) JOIN agents a USING (agent_id)
     WHERE cr.check_id = 'greeting' AND cr.outcome = 'fail' AND a.team = ? AND json_extract(cr.evidence, '$[0].atS') IS NOT NULL
     ORDER BY cr.call_id LIMIT 1`, TEAM_A)?.id;
  const teamBCall = one<{ id: string }>(
    `SELECT c.call_id AS id FROM calls c JOIN agents a USING (agent_id) JOIN scores s USING (call_id) WHERE a.team = ? ORDER BY c.call_id LIMIT 1`, TEAM_B)?.id;
  const agentA = one<{ id: string }>('SELECT agent_id AS id FROM agents WHERE team = ? ORDER BY agent_id LIMIT 1', TEAM_A)?.id;
  const agentB = one<{ id: string }>('SELECT agent_id AS id FROM agents WHERE team = ? ORDER BY agent_id LIMIT 1', TEAM_B)?.id;
  const runId = one<{ id: number }>('SELECT MAX(id) AS id FROM runs')?.id;
  if (!failedGreetingCall || !teamBCall || !agentA || !agentB || !runId) {
    throw new Error(`demo store: the demo night lacks a case the tests need (${JSON.stringify({ failedGreetingCall, teamBCall, agentA, agentB, runId })})`);
  }

  const users = {
    admin: { name: 'ada', role: 'admin' as Role, teams: [] as string[] },
    qa: { name: 'quinn', role: 'qa' as Role, teams: [] as string[] },
    coachA: { name: 'coach-a', role: 'coach' as Role, teams: [TEAM_A] },
    coachB: { name: 'coach-b', role: 'coach' as Role, teams: [TEAM_B] },
    hr: { name: 'hana', role: 'hr' as Role, teams: [] as string[] },
  };
  const tokens = Object.fromEntries(Object.entries(users).map(([k, u]) => [k, createUser(db, u).token])) as TestStore['tokens'];
  return { dir, dbFile, db, tokens, users, failedGreetingCall, teamBCall, agentA, agentB, runId, teamA: TEAM_A, teamB: TEAM_B, period: DEMO.date.slice(0, 7) };
}
