/**
 * `runWithDeadline`: run ffprobe/ffmpeg as a child process that is killed when it runs past its
 * deadline, so a decoder that hangs on one file costs one call, not the night.
 *
 * Why not fluent-ffmpeg's `timeout`: it kills only the direct child, and its ffprobe has no
 * timeout at all. Here each child starts in its own process group (`detached`), and a timeout
 * SIGKILLs the whole group: a wrapper script set as FFMPEG_PATH / FFPROBE_PATH dies together with
 * the decoder it started, and no orphan keeps a pipe open (which would keep the promise pending).
 * Children still alive when this process exits (e.g. a run stopped by a signal handler that calls
 * `process.exit`) are killed by an exit hook, since a detached group does not get the terminal's
 * Ctrl-C.
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';

export interface ChildResult {
  /** Exit code, null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when the deadline passed and the child's process group was killed. */
  timedOut: boolean;
  /** stderr lines (trimmed, non-empty), at most `maxStderrLines` of the first ones. */
  stderrLines: string[];
  /** The last non-empty stderr line, kept even past the cap: it usually says what went wrong. */
  lastStderrLine: string | null;
  /** stdout, when no `stdout` stream was given. */
  stdout: Buffer;
}

export interface RunOptions {
  /** Kill the child (and everything it started) after this many milliseconds. */
  timeoutMs: number;
  /** Where stdout goes (piped, with back-pressure); collected into `stdout` when absent. */
  stdout?: Writable;
  maxStderrLines?: number;
}

/** Process group ids of children still running, killed if this process exits first. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone (ESRCH): nothing to do.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid);
  });
}

/** How many children started here are still running (for tests and diagnostics). */
export function liveChildCount(): number {
  return liveGroups.size;
}

/**
 * Run `binary args…` with a deadline. Resolves with how it ended (a non-zero exit or a timeout is
 * a result, not a rejection); rejects only when the binary cannot be spawned (ENOENT, EACCES), with
 * the spawn error, so callers can tell a broken installation from a bad recording.
 */
export function runWithDeadline(binary: string, args: string[], options: RunOptions): Promise<ChildResult> {
  installExitHook();
  const maxLines = options.maxStderrLines ?? 50;
  return new Promise<ChildResult>((resolve, reject) => {
    const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const stderrLines: string[] = [];
    let lastStderrLine: string | null = null;
    let partial = '';
    const stdoutChunks: Buffer[] = [];
    let timedOut = false;
    let settled = false;

    const pid = child.pid;
    if (pid !== undefined) liveGroups.add(pid);

    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killGroup(pid);
      // Stop reading: whatever arrives after the deadline is not wanted.
      child.stdout?.destroy();
      child.stderr?.destroy();
    }, options.timeoutMs);

    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (pid !== undefined) {
        // The group may hold grandchildren (a wrapper's decoder) even after the leader exited.
        if (timedOut) killGroup(pid);
        liveGroups.delete(pid);
      }
      if (partial.trim()) takeLine(partial);
      resolve({ code, signal, timedOut, stderrLines, lastStderrLine, stdout: Buffer.concat(stdoutChunks) });
    };

    const takeLine = (line: string) => {
      const text = line.trim();
      if (!text) return;
      lastStderrLine = text;
      if (stderrLines.length < maxLines) stderrLines.push(text);
    };

    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      const lines = (partial + chunk).split(/\r\n|\r|\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) takeLine(line);
    });
    if (options.stdout) child.stdout!.pipe(options.stdout);
    else child.stdout!.on('data', (chunk: Buffer) => stdoutChunks.push(chunk));

    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (pid !== undefined) liveGroups.delete(pid);
      reject(err);
    });
    // 'close' waits for stdio to drain, so stdout is complete; after a kill, 'exit' is enough
    // (the streams were destroyed, and nothing more is read).
    child.once('close', finish);
    child.once('exit', (code, signal) => {
      if (timedOut) finish(code, signal);
    });
  });
}
