/**
 * Test support and `npm run demo`: the demo month run by the real pipeline — `runNight` with the
 * demo configuration and the real stage components (ffmpeg, Silero VAD, the compact sentiment
 * model, the shipped scorecards; imported transcripts where no Whisper model is present). The
 * month is the shipped night (fixtures/demo, 2026-11-20) and, before it, the history nights made
 * from it (pipeline/run/demo-history: the same recordings with edited transcripts), so rankings have
 * tiers, stars and a change since October, and agents a trend. It takes a few minutes, so the
 * database is built once per state of its inputs (fixtures, configuration and code) and kept in
 * the temp folder; callers copy it or open it read-only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { writeHistoryNights } from './demo-history/write-history.ts';
import { loadConfig, repoRoot, type Config } from '../config.ts';
import { openDb, sqlOf, type Sql } from '../db/index.ts';
import { buildComponents } from './build-components.ts';
import { isStaleLock, releaseLock, tryLock } from './demo-db-lock.ts';
import type { Components } from './components.ts';
import { runNight } from './run-night.ts';
import { runOptionsFromConfig, type RunOverrides } from './run-options.ts';
import type { RunSummary } from './summary.ts';

/** The shipped demo night (fixtures/demo), used by `npm run demo` and the tests. */
export const DEMO = {
  date: '2026-11-20',
  recordings: join(repoRoot, 'fixtures/demo/recordings'),
  manifest: join(repoRoot, 'fixtures/demo/manifest.csv'),
  roster: join(repoRoot, 'fixtures/demo/roster.csv'),
  config: join(repoRoot, 'fixtures/demo-config.yaml'),
  /** In the current folder (the checkout for `npm run demo`), never inside an installed package. */
  db: resolve('data/demo.sqlite'),
};

/** Where `npm run demo` writes the history nights' recordings and transcripts: next to its database. */
export const demoHistoryDir = (dbFile: string): string => join(dbFile, '..', 'demo-history');

/**
 * Runs the demo's history nights (every date before DEMO.date, in date order) into `db`, after
 * writing their inputs under `historyDir`. Rerunning resumes: done calls are not redone. Stops
 * after a night that was interrupted. The shipped night itself is the caller's to run last.
 */
export async function runDemoHistory(
  sql: Sql,
  config: Config,
  components: () => Promise<Components>,
  opts: { historyDir: string; overrides?: RunOverrides; onNight?: (summary: RunSummary) => void },
): Promise<RunSummary[]> {
  const summaries: RunSummary[] = [];
  for (const night of writeHistoryNights(opts.historyDir)) {
    const summary = await runNight(sql, runOptionsFromConfig(config, night, opts.overrides), components);
    summaries.push(summary);
    opts.onNight?.(summary);
    if (summary.interrupted) break;
  }
  return summaries;
}

/**
 * The demo month into the store `sql` (either dialect) with the real components: the history
 * nights, written afresh under `historyDir` (the store keeps their recordings' paths: keep the
 * folder as long as the store), then the shipped night. Returns each night's summary, in order.
 */
export async function runDemoMonth(sql: Sql, historyDir: string): Promise<RunSummary[]> {
  const config = loadConfig(DEMO.config);
  const components = await buildComponents(config);
  try {
    rmSync(historyDir, { recursive: true, force: true });
    const history = await runDemoHistory(sql, config, async () => components, { historyDir });
    const night = await runNight(sql, runOptionsFromConfig(config, {
      date: DEMO.date, recordingsDir: DEMO.recordings, manifestPath: DEMO.manifest, rosterPath: DEMO.roster,
    }), components);
    return [...history, night];
  } finally {
    await components.close?.();
  }
}

/** One line per history night for the CLI: the shipped night gets the full summary. */
export function historyLine(s: RunSummary): string {
  const mean = s.meanScore === null ? '–' : s.meanScore.toFixed(1);
  return `${s.date}: ${s.calls.done} calls done, ${s.calls.failed} failed, mean score ${mean} (${s.elapsedS.toFixed(1)} s)`;
}

/** Everything whose change can change the demo month's results. */
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
  return join(cacheDir(), `callqa-demo-night-${hash.digest('hex').slice(0, 16)}.sqlite`);
}

/** Where the cached database lives: CALLQA_DEMO_DB_DIR (the test runs set it: fixtures/support/vitest/test-tmpdir.ts), else the temporary folder. */
const cacheDir = (): string => process.env.CALLQA_DEMO_DB_DIR ?? tmpdir();

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

/** The history nights' inputs of a cached database (callqa-demo-history-<hash>, next to it). */
const historyDirOf = (dbFile: string) => dbFile.replace(/callqa-demo-night-([0-9a-f]{16})\.sqlite$/, 'callqa-demo-history-$1');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The cached demo database, built now if missing (one builder at a time across test workers). */
export async function demoDatabaseFile(): Promise<string> {
  const file = cacheFile();
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return file;
    if (!tryLock(lock)) {
      // Another worker is building; a lock whose builder died is taken over at once.
      if (isStaleLock(lock)) releaseLock(lock);
      await sleep(500);
      continue;
    }
    try {
      const building = `${file}.building-${process.pid}`;
      rmSync(building, { force: true });
      const db = openDb(building);
      // The stored recording paths point into the history folder: it stays next to the database.
      await runDemoMonth(sqlOf(db), historyDirOf(file));
      db.$client.close(); // checkpoints the WAL into the file
      renameSync(building, file);
      // Databases (with the -wal and -shm files their readers leave) and history folders of earlier
      // fixture states are of no further use, unless another process is building one now (another
      // checkout or code state): its history folder is being read by that build.
      const dir = dirname(file);
      for (const old of readdirSync(dir)) {
        const hash = /^callqa-demo-(?:night-([0-9a-f]{16})\.sqlite(?:\.history|-wal|-shm)?|history-([0-9a-f]{16}))$/.exec(old);
        if (!hash) continue;
        const oldDb = join(dir, `callqa-demo-night-${hash[1] ?? hash[2]}.sqlite`);
        if (oldDb === file) continue;
        if (existsSync(`${oldDb}.lock`) && !isStaleLock(`${oldDb}.lock`)) continue;
        rmSync(join(dir, old), { recursive: true, force: true });
      }
      return file;
    } finally {
      releaseLock(lock);
    }
  }
}

