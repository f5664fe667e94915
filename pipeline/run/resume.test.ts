/**
 * Faults of a real night, each with the real CLI in child processes on a real SQLite file:
 * kill -9 mid-run then rerun, SIGTERM mid-run, two runs of one date at once, and inputs refused
 * as a whole. Whatever happens, the night ends with every sampled call processed exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config.ts';
import { makeTestNight, type TestNight } from '../../fixtures/support/pipeline/test-night.ts';

const cli = join(repoRoot, 'scripts/cli/callqa.ts');
let night: TestNight;
let config: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-faults-'));
  night = await makeTestNight(dir, 24);
  config = join(dir, 'config.yaml');
  writeFileSync(config, 'brand: { name: 招商银行信用卡中心 }\nsampling: { rate: 1, minPerAgent: 1, maxPerAgent: 100, minDurationS: 0 }\nconcurrency: 1\n');
});

const argsFor = (dbFile: string, over: { recordings?: string; manifest?: string } = {}, extra: string[] = []) => [
  '--import', 'tsx', cli, 'run', '--date', night.date, '--recordings', over.recordings ?? night.recordings, '--manifest', over.manifest ?? night.manifest,
  '--roster', night.roster, '--db', dbFile, '--config', config, '--json', ...extra,
];
const freshDbFile = (name: string) => join(mkdtempSync(join(tmpdir(), `callqa-${name}-`)), 'qa.sqlite');

/** Rows of a query on the store, or [] while the file or its tables do not exist yet. */
function query<T>(dbFile: string, sql: string): T[] {
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}
const processedCount = (dbFile: string) => query<{ n: number }>(dbFile, "select count(*) as n from calls where status != 'pending'")[0]?.n ?? 0;

interface Started {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout: () => string;
  stderr: () => string;
}

/** Starts `callqa run` in a child process, keeping what it prints. */
function startRun(args: string[]): Started {
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return { child, exit, stdout: () => out, stderr: () => err };
}

/**
 * Runs `callqa run` to its end. Not spawnSync: blocking this worker for minutes starves vitest's
 * own messages ("Timeout calling onTaskUpdate").
 */
async function runToEnd(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const run = startRun(args);
  const { code } = await run.exit;
  return { status: code, stdout: run.stdout(), stderr: run.stderr() };
}

/** Resolves once `n` calls are processed; fails at once (with its stderr) if the run ended first. */
async function whenProcessed(dbFile: string, n: number, run: Started): Promise<void> {
  let ended = false;
  void run.exit.then(() => (ended = true));
  const deadline = Date.now() + 240_000; // cold starts on a loaded 2-core machine are slow
  while (processedCount(dbFile) < n && !ended && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(processedCount(dbFile), `the run ended before processing ${n} calls: ${run.stderr()}`).toBeGreaterThanOrEqual(n);
}

/** Exactly once: one stage result per call and stage, at most one failure per call, nothing pending. */
function expectNightDoneOnce(dbFile: string): void {
  expect(query(dbFile, "select call_id from calls where sampled = 1 and status = 'pending'")).toEqual([]);
  expect(query(dbFile, 'select call_id, stage, count(*) n from stage_results group by call_id, stage having n > 1')).toEqual([]);
  expect(query(dbFile, 'select call_id, count(*) n from failures group by call_id having n > 1')).toEqual([]);
  expect(query<{ n: number }>(dbFile, "select count(*) n from stage_results where stage = 'transcript'")[0].n).toBe(night.good.length);
  expect(query(dbFile, 'select date from run_leases')).toEqual([]); // every run released the date
}

// Each test runs the CLI two or three times; on a loaded 2-core machine one start can take a minute.
describe('a night that always finishes', { timeout: 420_000 }, () => {
  it('kill -9 mid-run: the run reads as interrupted, and the rerun finishes every call exactly once', async () => {
    const dbFile = freshDbFile('kill');
    const run = startRun(argsFor(dbFile));
    const child = run.child;
    await whenProcessed(dbFile, 5, run);
    child.kill('SIGKILL');
    await run.exit;

    const finishedBefore = query<{ call_id: string; processed_run_id: number }>(dbFile, "select call_id, processed_run_id from calls where status != 'pending'");
    const total = query<{ n: number }>(dbFile, 'select count(*) as n from calls where sampled = 1')[0].n;
    expect(finishedBefore.length).toBeLessThan(total); // it really died mid-run
    // The row still says running, but its lease's holder is gone: a reader shows it interrupted.
    expect(query(dbFile, 'select status from runs')).toEqual([{ status: 'running' }]);
    expect(query(dbFile, 'select holder from run_leases')).toEqual([{ holder: `${child.pid}@${hostname()}` }]);

    const rerun = await runToEnd(argsFor(dbFile));
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout).calls.pending).toBe(0);
    expect(query(dbFile, 'select id, status from runs')).toEqual([{ id: 1, status: 'interrupted' }, { id: 2, status: 'finished' }]);

    // Calls finished before the kill were not touched again (except the one waiting for ASR, re-checked by design).
    const byId = new Map(query<{ call_id: string; processed_run_id: number }>(dbFile, 'select call_id, processed_run_id from calls').map((r) => [r.call_id, r]));
    for (const before of finishedBefore) {
      if (before.call_id === 'no-sidecar') continue;
      expect(byId.get(before.call_id)!.processed_run_id).toBe(before.processed_run_id);
    }
    expectNightDoneOnce(dbFile);
  });

  it('SIGTERM mid-run: in-flight calls finish, exit 143, run interrupted with a summary, date released; the rerun finishes', async () => {
    const dbFile = freshDbFile('term');
    const run = startRun(argsFor(dbFile));
    await whenProcessed(dbFile, 3, run);
    run.child.kill('SIGTERM');
    const { code } = await run.exit;
    expect(code, run.stderr()).toBe(143);
    expect(run.stderr()).toMatch(/callqa run: run #1 for 2026-11-20 interrupted \(SIGTERM\): \d+ done, \d+ failed, \d+ pending \(\d+ not started, 0 abandoned in flight\); run the date again to finish/);

    const [row] = query<{ status: string; summary: string }>(dbFile, 'select status, summary from runs');
    expect(row.status).toBe('interrupted');
    const summary = JSON.parse(row.summary);
    expect(summary.interrupted.reason).toBe('SIGTERM');
    expect(summary.calls.pending).toBeGreaterThan(0);
    expect(query(dbFile, 'select date from run_leases')).toEqual([]);
    // No call was left half-done by the signal: the one in flight finished.
    expect(summary.calls.processedNow).toBe(processedCount(dbFile));

    const rerun = await runToEnd(argsFor(dbFile));
    expect(rerun.status, rerun.stderr).toBe(0);
    expectNightDoneOnce(dbFile);
  });

  it('two runs of one date at once: the second refuses naming the first; with --wait it runs after it, processing nothing twice', async () => {
    const dbFile = freshDbFile('two');
    const firstRun = startRun(argsFor(dbFile));
    const first = firstRun.child;
    await whenProcessed(dbFile, 1, firstRun);

    const refused = await runToEnd(argsFor(dbFile));
    expect(refused.status).toBe(75);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(new RegExp(`2026-11-20 is already being run by run #1 \\(${first.pid}@${hostname()}, started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z, last heartbeat \\d+ s ago\\); wait for it with --wait`));

    const waiting = startRun(argsFor(dbFile, {}, ['--wait']));
    const [a, b] = await Promise.all([firstRun.exit, waiting.exit]);
    expect(a.code, firstRun.stderr()).toBe(0);
    expect(b.code, waiting.stderr()).toBe(0);
    expect(waiting.stderr()).toMatch(/waiting for run #1 \(\d+@/);
    const second = JSON.parse(waiting.stdout());
    expect(second.runId).toBe(2);
    expect(second.calls.processedNow).toBe(1); // only the call waiting for a transcript is looked at again
    expect(query(dbFile, 'select id, status from runs')).toEqual([{ id: 1, status: 'finished' }, { id: 2, status: 'finished' }]);
    expectNightDoneOnce(dbFile);
  });

  it('an empty manifest or a missing recordings folder: exit ≠ 0 with one line, no sample; the rerun with the right inputs processes the night', async () => {
    const dbFile = freshDbFile('inputs');
    const empty = join(night.dir, 'header-only.csv');
    writeFileSync(empty, readFileSync(night.manifest, 'utf8').split('\n')[0] + '\n');

    const noRows = await runToEnd(argsFor(dbFile, { manifest: empty }));
    expect(noRows.status).toBe(66);
    expect(noRows.stderr.trim()).toBe(`callqa run: 2026-11-20 not run: manifest ${empty} has no valid row (it is empty); no sample stored`);
    const noFolder = await runToEnd(argsFor(dbFile, { recordings: join(night.dir, 'missing') }));
    expect(noFolder.status).toBe(66);
    expect(noFolder.stderr.trim()).toBe(`callqa run: 2026-11-20 not run: recordings folder ${join(night.dir, 'missing')} does not exist; no sample stored`);
    expect(query(dbFile, 'select date from samples')).toEqual([]);
    expect(query(dbFile, 'select status from runs')).toEqual([{ status: 'failed' }, { status: 'failed' }]);

    const rerun = await runToEnd(argsFor(dbFile));
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.sample).toMatchObject({ drawnNow: true, sampled: night.good.length + 3 });
    expectNightDoneOnce(dbFile);
  });
});
