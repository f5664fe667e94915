/**
 * Runs `callqa run` as a child process, as cron runs it, and measures it: wall time, CPU time of
 * the run and everything it started (GNU time: node, its worker threads, ffmpeg, ffprobe), the
 * largest single process's peak RSS (GNU time %M) and the peak RSS and PSS summed over the
 * process tree (sampled from /proc, tree-rss.ts). With `cpuProfDir`, node writes a V8 CPU profile per thread
 * (main and every worker thread) there (`--cpu-prof`).
 *
 * `bin` is the built `callqa` (built-bin.ts), run under plain node as a user runs it; without it
 * the source runs through tsx, whose wrapper process, esbuild service and per-thread loader are
 * counted in the figures too (kept to compare with runs measured that way before).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../pipeline/config.ts';
import { sampleTreeRss } from './tree-rss.ts';

/** GNU time, when installed, reports CPU seconds of the whole tree and the largest process's peak RSS. */
const GNU_TIME = '/usr/bin/time';

export interface MeasuredRun {
  code: number | null;
  wallS: number;
  /** User + system CPU seconds of the run and all its children; null without GNU time. */
  cpuS: number | null;
  /** Peak RSS of the largest single process (GNU time), MB; null without GNU time. */
  maxProcessRssMb: number | null;
  /** Peak of the RSS summed over the run's process tree (sampled every 200 ms), MB; null without /proc. */
  treePeakRssMb: number | null;
  /** Peak of the PSS summed over the tree (shared pages counted once; see tree-rss.ts), MB; null without smaps_rollup. */
  treePeakPssMb: number | null;
  stdout: string;
  stderr: string;
}

export function runCallqaMeasured(args: string[], options: { cpuProfDir?: string; bin?: string } = {}): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Profiled: --cpu-prof on node's command line (it is refused in NODE_OPTIONS); worker threads
    // inherit the flag and write their own profiles.
    const profile = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
    const callqa = options.bin
      ? [process.execPath, ...profile, options.bin, ...args]
      : options.cpuProfDir
        ? [process.execPath, ...profile, '--import', 'tsx', 'scripts/cli/callqa.ts', ...args]
        : [join(repoRoot, 'node_modules/.bin/tsx'), 'scripts/cli/callqa.ts', ...args];
    const timed = existsSync(GNU_TIME);
    // GNU time writes its line last on stderr, after the run's own output.
    const [command, ...rest] = timed ? [GNU_TIME, '-f', 'gnutime %U %S %M', ...callqa] : callqa;
    const child = spawn(command, rest, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const rss = sampleTreeRss(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const peaks = rss.stop();
      const t = /gnutime ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      resolve({
        code,
        wallS: (performance.now() - started) / 1000,
        cpuS: t ? +(Number(t[1]) + Number(t[2])).toFixed(1) : null,
        maxProcessRssMb: t ? Math.round(Number(t[3]) / 1024) : null,
        treePeakRssMb: peaks?.rssMb ?? null,
        treePeakPssMb: peaks?.pssMb ?? null,
        stdout,
        stderr,
      });
    });
  });
}
