/**
 * The night (issue 15): `callqa run` (a child process, all cores, as cron runs it) on a generated
 * night of ordinary stereo calls (scripts/fixtures/night: 500 calls of 1–4 minutes in 8 kHz WAV,
 * Ogg/Opus and MP3, sidecar transcripts so no ASR; made once and cached), into a fresh SQLite file:
 * ingest, sample (every call), decode, VAD, sentiment, scoring, storing. Run at two sizes — the
 * night and its first NIGHT_SMALL_CALLS calls — so memory flat in the number of calls is shown.
 *
 * - `night.realtime_x`: seconds of audio per wall second of the whole run (start to exit).
 * - `night.audio_per_cpu_s`: seconds of audio per CPU second of the run and everything it started
 *   (ffmpeg included); the figure a loaded machine changes least.
 * - `night.peak_rss_mb`: peak RSS summed over the run's processes (sampled); `maxProcessRssMb` is
 *   the largest single process's (GNU time). The sum over-counts pages processes share, above all
 *   an ffmpeg child caught between fork and exec, which shows node's whole RSS (night/tree-rss.ts).
 * - `night.peak_pss_mb`: peak PSS summed over the run's processes: shared pages counted once, the
 *   memory the run holds; the figure to judge "under 1 GB" by.
 * - every figure carries `results`: a digest of everything the run stored (stage results, scores,
 *   check outcomes; night/results-digest.ts). Equal digests across runs of the same night = the
 *   same answers, so a speed or memory change that must not alter results is checked by it.
 *
 * Environment: NIGHT_CALLS (default 500; another count generates and caches that night: its calls
 * are the first calls of the 500, same audio), NIGHT_SMALL_CALLS (default 100; 0 = one size only),
 * NIGHT_CONCURRENCY (calls in flight, `--concurrency`; default twice the CPU count: two calls per
 * VAD worker share its model calls, ~18% less CPU per audio second than one, see PROFILE.md "Night"),
 * NIGHT_CPU_PROF_DIR (write V8 CPU profiles of every thread of the runs there),
 * NIGHT_FROM_SOURCE=1 (run the source through tsx instead of the built bin, as the bench did up to
 * 2026-12-02: its wrapper, esbuild and loaders are then in the figures; see night/built-bin.ts).
 *   NIGHT_CALLS=40 NIGHT_SMALL_CALLS=10 npm run bench -- night     # a quick look
 */
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_NIGHT_PARAMS } from '../fixtures/night/params.ts';
import { nightSubset } from '../fixtures/night/subset.ts';
import { cachedSoakNight } from '../fixtures/soak/cache.ts';
import { buildBinForBench } from './night/built-bin.ts';
import { digestNightResults } from './night/results-digest.ts';
import { runCallqaMeasured } from './night/run-measured.ts';
import type { Benchmark, BenchResult } from './types.ts';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const load = () => loadavg().map((x) => +x.toFixed(2));

const bench: Benchmark = async function* (): AsyncIterable<BenchResult> {
  const params = { ...DEFAULT_NIGHT_PARAMS, calls: num('NIGHT_CALLS', DEFAULT_NIGHT_PARAMS.calls) };
  const small = num('NIGHT_SMALL_CALLS', 100);
  const sizes = [...new Set([small, params.calls].filter((n) => n > 0 && n <= params.calls))].sort((a, b) => a - b);
  const concurrency = num('NIGHT_CONCURRENCY', 2 * availableParallelism());
  // One line first, so a long run is not taken for a hang (generating 500 calls takes minutes).
  console.error(`night bench: ${sizes.join(' and ')} calls of ${params.minS / 60}–${params.maxS / 60} min, --concurrency ${concurrency}`);
  const profDir = process.env.NIGHT_CPU_PROF_DIR;
  const night = await cachedSoakNight(params);
  const fromSource = process.env.NIGHT_FROM_SOURCE === '1';
  const built = fromSource ? undefined : buildBinForBench();
  const work = mkdtempSync(join(tmpdir(), 'callqa-night-bench-'));
  try {
    for (const calls of sizes) {
      const subset = nightSubset(night, calls, work);
      const db = join(work, `night-${calls}.sqlite`);
      const loadAtStart = load();
      const cpuProfDir = profDir ? join(profDir, `${calls}calls`) : undefined;
      if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
      const run = await runCallqaMeasured(
        ['run', '--date', night.date, '--recordings', night.recordings, '--manifest', subset.manifest, '--roster', night.roster,
          '--config', night.config, '--db', db, '--concurrency', String(concurrency)],
        { cpuProfDir, bin: built?.bin },
      );
      if (run.code !== 0) throw new Error(`callqa run exited ${run.code}: ${run.stderr.slice(-2000)}`);

      const store = new Database(db, { readonly: true });
      const statuses = Object.fromEntries(
        (store.prepare('SELECT status, count(*) AS n FROM calls WHERE date = ? AND sampled = 1 GROUP BY status').all(night.date) as { status: string; n: number }[]).map((r) => [r.status, r.n]),
      );
      // Compare across runs of the same night: equal digests = byte-identical stored results.
      const results = digestNightResults(store);
      store.close();
      if ((statuses.done ?? 0) !== calls) throw new Error(`expected ${calls} calls done, got ${JSON.stringify(statuses)}`);

      const common = {
        calls,
        callMinutes: `${params.minS / 60}–${params.maxS / 60}`,
        audioH: +(subset.audioS / 3600).toFixed(2),
        concurrency,
        cpus: `${cpus().length}× ${cpus()[0]?.model ?? '?'}`,
        loadAtStart,
        loadAtEnd: load(),
        wallS: +run.wallS.toFixed(1),
        cpuS: run.cpuS,
        audioPerCpuS: run.cpuS ? +(subset.audioS / run.cpuS).toFixed(1) : null,
        treePeakRssMb: run.treePeakRssMb,
        treePeakPssMb: run.treePeakPssMb,
        maxProcessRssMb: run.maxProcessRssMb,
        statuses,
        results,
        nightReused: night.reused,
        generationS: night.generationS,
        profiled: Boolean(cpuProfDir),
        ran: built ? 'built bin (node dist/scripts/cli/callqa.js)' : 'source through tsx',
      };
      yield { name: 'night.realtime_x', value: +(subset.audioS / run.wallS).toFixed(1), unit: 'audio s / wall s', ...common };
      if (run.cpuS) yield { name: 'night.audio_per_cpu_s', value: common.audioPerCpuS!, unit: 'audio s / CPU s', ...common };
      const peak = run.treePeakRssMb ?? run.maxProcessRssMb;
      if (peak !== null) yield { name: 'night.peak_rss_mb', value: peak, unit: 'MB (sum over the run\'s processes)', ...common };
      if (run.treePeakPssMb !== null) yield { name: 'night.peak_pss_mb', value: run.treePeakPssMb, unit: 'MB (PSS summed over the run\'s processes)', ...common };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    built?.remove();
  }
};

export default bench;
