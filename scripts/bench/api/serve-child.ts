/**
 * `callqa serve --workers N` as the bench's server: the command users run, in its own process
 * group of N + 1 processes, so the load generator never shares their event loops. Resolves
 * once every worker is listening, with the address and a token of a new QA user made in the
 * store beforehand (tokens and sessions live in the store, so every worker accepts it). The
 * request log (a JSON line per request, as in production) goes to a temp file, removed at stop.
 * With CALLQA_BENCH_API_CPU_PROF=DIR every server process writes a V8 CPU profile into DIR when
 * it stops (`node --cpu-prof`; the workers inherit the flag).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser } from '../../../api/queries/users.ts';
import { repoRoot } from '../../../pipeline/config.ts';
import { openStore } from '../../../pipeline/db/index.ts';

export interface ServedApi {
  url: string;
  token: string;
  processes: number;
  /** CPU seconds used so far by the server's processes (supervisor and workers; Linux /proc). */
  cpuS(): number;
  stop(): Promise<void>;
}

function profileFlags(): string[] {
  const dir = process.env.CALLQA_BENCH_API_CPU_PROF?.trim();
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** utime + stime of `pid` and its children, in seconds (clock ticks of 10 ms). */
function processTreeCpuS(pid: number): number {
  let ticks = 0;
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  for (const p of [pid, ...children]) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone: its time is lost, as it would be for any exited worker
    }
  }
  return ticks / 100;
}

export async function serveForBench(location: string, workers: number): Promise<ServedApi> {
  const store = await openStore(location);
  const { token } = await createUser(store.sql, { name: `bench-${process.pid}-${Date.now()}`, role: 'qa' }).finally(() => store.close());
  const logFile = join(tmpdir(), `callqa-bench-api-${process.pid}-${Date.now()}.log`);
  const child: ChildProcess = spawn(
    process.execPath,
    [...profileFlags(), '--import', 'tsx', 'scripts/cli/callqa.ts', 'serve', '--db', location, '--port', '0', '--workers', String(workers)],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CALLQA_LOG_FILE: logFile } },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const serving = out.match(/worker \d+ \(pid \d+\) serving/g)?.length ?? 0;
      const at = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//)?.[1];
      // One process prints no worker lines: its address alone says it is listening.
      if (at && (workers === 1 || serving === workers)) resolve(at);
    });
    child.once('exit', (code) => reject(new Error(`callqa serve exited early (code ${code}): ${out}`)));
  });
  return {
    url,
    token,
    processes: workers,
    cpuS: () => processTreeCpuS(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(logFile, { force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}
