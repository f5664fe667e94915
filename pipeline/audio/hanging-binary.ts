/**
 * Test support for the decoder deadlines: a stand-in for ffprobe/ffmpeg that hangs, as a real
 * executable shell script (a real child process, started the way the pipeline starts decoders).
 * It hangs only on files whose path contains `hangOn`, and runs the real binary otherwise (and
 * for `-version`), so one call of a batch can hang while the others decode. A hanging run also
 * starts a grandchild (`sleep`), the way a wrapper script would, and writes every pid it started
 * to `pidFile`, so a test can prove that nothing it started outlives the timeout.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HangingBinary {
  path: string;
  /** One pid per line: the script's own, then its sleeping child's. */
  pidFile: string;
}

export function writeHangingBinary(dir: string, name: 'ffprobe' | 'ffmpeg', realBinary: string, hangOn: string): HangingBinary {
  const path = join(dir, `hanging-${name}.sh`);
  const pidFile = join(dir, `hanging-${name}.pids`);
  writeFileSync(
    path,
    `#!/bin/sh
case "$*" in
  *${hangOn}*) ;;
  *) exec "${realBinary}" "$@" ;;
esac
echo $$ >> "${pidFile}"
sleep 600 &
echo $! >> "${pidFile}"
wait
`,
  );
  chmodSync(path, 0o755);
  return { path, pidFile };
}

/** Pids the stand-in wrote (empty when it never hung). */
export function startedPids(b: HangingBinary): number[] {
  if (!existsSync(b.pidFile)) return [];
  return readFileSync(b.pidFile, 'utf8').split('\n').filter(Boolean).map(Number);
}

/** True while `pid` is a live process (a zombie, dead but not yet reaped by its parent, is not). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 3, after the parenthesised command name, is the state.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
