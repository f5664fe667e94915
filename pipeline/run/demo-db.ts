/**
 * Test support: the demo night (fixtures/demo) run by the real pipeline — `runNight` with the
 * demo configuration and the real stage components (ffmpeg, Silero VAD, the compact sentiment
 * model, the shipped scorecards; imported transcripts where no Whisper model is present), what
 * `npm run demo` does. It takes a minute or more, so the database is built once per state of
 * its inputs (fixtures, configuration and code) and kept in the temp folder; callers copy it or
 * open it read-only.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, repoRoot } from '../config.ts';
import { openDb } from '../db/client.ts';
import { samplingParamsSchema } from '../sample/draw.ts';
import { buildComponents } from './build-components.ts';
import { runNight } from './run-night.ts';

/** The shipped demo night (fixtures/demo), used by `npm run demo` and the tests. */
export const DEMO = {
  date: '2026-11-20',
  recordings: join(repoRoot, 'fixtures/demo/recordings'),
  manifest: join(repoRoot, 'fixtures/demo/manifest.csv'),
  roster: join(repoRoot, 'fixtures/demo/roster.csv'),
  config: join(repoRoot, 'fixtures/demo-config.yaml'),
  db: join(repoRoot, 'data/demo.sqlite'),
};

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
  return join(tmpdir(), `callqa-demo-night-${hash.digest('hex').slice(0, 16)}.sqlite`);
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
      for (const old of readdirSync(tmpdir()).filter((f) => /^callqa-demo-night-[0-9a-f]{16}\.sqlite$/.test(f))) {
        if (join(tmpdir(), old) !== file) rmSync(join(tmpdir(), old), { force: true });
      }
      return file;
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
}

