/**
 * Soak night: `callqa run` (a child process, as cron runs it) on a generated night of long calls
 * in every recording format (scripts/fixtures/soak: default 200 calls of 2–15 minutes; made once
 * and cached in the temp folder by parameters and generator source). Figures:
 *
 * - `soak.calls_per_min`: sampled calls finished per minute of the run's wall time (start to exit).
 * - `soak.max_call_s`: the slowest call's wall time, seconds. Nothing per call is timed by the
 *   run, so it is reconstructed: a call ends at its last stored row (stage result, score or
 *   failure, millisecond `created_at`); calls start in call-id order, `concurrency` at once, each
 *   when an earlier one ends (p-limit), the first ones when the child prints "processing N".
 * - `soak.audio_realtime_x`: seconds of audio of the night per wall second of the run.
 *
 * Parameters (environment): SOAK_CALLS (default 200), SOAK_MIN_MINUTES (2), SOAK_MAX_MINUTES (15),
 * SOAK_CONCURRENCY (default: `callqa run`'s own default, the config default concurrency).
 *   SOAK_CALLS=30 npm run bench -- soak
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, repoRoot } from '../../pipeline/config.ts';
import { cachedSoakNight } from '../fixtures/soak/cache.ts';
import { DEFAULT_SOAK_PARAMS } from '../fixtures/soak/plan.ts';
import type { Benchmark, BenchResult } from './types.ts';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

/** GNU time, when installed, reports the run's CPU time and peak memory (load-independent figures). */
const GNU_TIME = '/usr/bin/time';

interface ChildRun {
  code: number | null;
  /** User + system CPU seconds and peak RSS of the run's processes (GNU time), when available. */
  cpuS: number | null;
  maxRssMb: number | null;
  wallS: number;
  /** Date.now() when the child announced the processing phase. */
  processingStartMs: number | null;
  stdout: string;
  stderr: string;
}

function runCallqa(args: string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const tsx = [join(repoRoot, 'node_modules/.bin/tsx'), 'scripts/cli/callqa.ts', ...args];
    const timed = existsSync(GNU_TIME);
    // GNU time writes its line last on stderr, after the run's own output.
    const [command, ...rest] = timed ? [GNU_TIME, '-f', 'gnutime %U %S %M', ...tsx] : tsx;
    const child = spawn(command, rest, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let processingStartMs: number | null = null;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (processingStartMs === null && /processing \d+ sampled calls/.test(stderr)) processingStartMs = Date.now();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const t = /gnutime ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      resolve({
        code,
        cpuS: t ? +(Number(t[1]) + Number(t[2])).toFixed(1) : null,
        maxRssMb: t ? Math.round(Number(t[3]) / 1024) : null,
        wallS: (performance.now() - started) / 1000,
        processingStartMs,
        stdout,
        stderr,
      });
    });
  });
}

/** Per-call wall times, seconds, reconstructed from the store (see the header). */
export function callWallTimes(dbFile: string, date: string, concurrency: number, processingStartMs: number): { callId: string; wallS: number }[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT c.call_id AS callId, max(t.at) AS endAt FROM calls c
         JOIN (SELECT call_id, created_at AS at FROM stage_results
               UNION ALL SELECT call_id, created_at FROM scores
               UNION ALL SELECT call_id, created_at FROM failures) t ON t.call_id = c.call_id
         WHERE c.date = ? AND c.sampled = 1 GROUP BY c.call_id ORDER BY c.call_id`,
      )
      .all(date) as { callId: string; endAt: string }[];
    const ends = rows.map((r) => Date.parse(r.endAt));
    const endsSorted = [...ends].sort((a, b) => a - b);
    return rows.map((r, i) => {
      const startMs = i < concurrency ? processingStartMs : endsSorted[i - concurrency];
      return { callId: r.callId, wallS: (ends[i] - startMs) / 1000 };
    });
  } finally {
    db.close();
  }
}

const bench: Benchmark = async function* (): AsyncIterable<BenchResult> {
  const params = {
    ...DEFAULT_SOAK_PARAMS,
    calls: num('SOAK_CALLS', DEFAULT_SOAK_PARAMS.calls),
    minS: Math.round(num('SOAK_MIN_MINUTES', DEFAULT_SOAK_PARAMS.minS / 60) * 60),
    maxS: Math.round(num('SOAK_MAX_MINUTES', DEFAULT_SOAK_PARAMS.maxS / 60) * 60),
  };
  const concurrency = num('SOAK_CONCURRENCY', loadConfig().concurrency);
  const night = await cachedSoakNight(params);
  const work = mkdtempSync(join(tmpdir(), 'callqa-soak-bench-'));
  try {
    const db = join(work, 'soak.sqlite');
    const run = await runCallqa([
      'run', '--date', night.date, '--recordings', night.recordings, '--manifest', night.manifest, '--roster', night.roster,
      '--config', night.config, '--db', db, '--concurrency', String(concurrency),
    ]);
    if (run.code !== 0) throw new Error(`callqa run exited ${run.code}: ${run.stderr.slice(-2000)}`);
    if (run.processingStartMs === null) throw new Error(`callqa run never printed "processing N sampled calls": ${run.stderr.slice(-1000)}`);

    const store = new Database(db, { readonly: true });
    const statuses = Object.fromEntries(
      (store.prepare('SELECT status, count(*) AS n FROM calls WHERE date = ? AND sampled = 1 GROUP BY status').all(night.date) as { status: string; n: number }[]).map((r) => [r.status, r.n]),
    );
    store.close();
    const processed = (statuses.done ?? 0) + (statuses.failed ?? 0);
    const walls = callWallTimes(db, night.date, concurrency, run.processingStartMs);
    const slowest = walls.reduce((a, b) => (b.wallS > a.wallS ? b : a));
    const slowestAudioS = night.calls.find((c) => c.callId === slowest.callId)?.durationS;

    const common = {
      calls: night.calls.length,
      callMinutes: `${params.minS / 60}–${params.maxS / 60}`,
      audioH: +(night.audioS / 3600).toFixed(2),
      concurrency,
      cpus: `${cpus().length}× ${cpus()[0]?.model ?? '?'}`,
      runWallS: +run.wallS.toFixed(1),
      runCpuS: run.cpuS,
      runMaxRssMb: run.maxRssMb,
      statuses,
      nightReused: night.reused,
      generationS: night.generationS,
    };
    yield { name: 'soak.calls_per_min', value: +((processed / run.wallS) * 60).toFixed(2), unit: 'calls / wall min', ...common };
    yield { name: 'soak.max_call_s', value: +slowest.wallS.toFixed(1), unit: 'wall s', callId: slowest.callId, callAudioS: slowestAudioS, ...common };
    yield { name: 'soak.audio_realtime_x', value: +(night.audioS / run.wallS).toFixed(1), unit: 'audio s / wall s', ...common };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

export default bench;
