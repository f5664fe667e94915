/**
 * The lock that lets one test worker build the cached demo database while others wait: a file
 * created exclusively, holding the builder's pid. A builder that died (killed by a timeout, a
 * crashed worker) leaves its lock behind; waiting 15 minutes for it to age would stall every
 * test that needs the demo, so a lock whose pid is gone from this host is taken over at once.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/** A lock file with no pid in it this long after its creation is left over (older code, or a crash between create and write). */
const EMPTY_LOCK_STALE_MS = 60_000;
/** Any lock this old is left over, whatever it holds (a pid reused by another process). */
const ANY_LOCK_STALE_MS = 15 * 60_000;

/** Takes the lock: true when this process holds it now (release with `releaseLock`). */
export function tryLock(lock: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch {
    return false;
  }
  try {
    writeSync(fd, String(process.pid));
  } finally {
    closeSync(fd);
  }
  return true;
}

export function releaseLock(lock: string): void {
  rmSync(lock, { force: true });
}

/** True when the lock's holder is gone: its pid is not a live process, or the lock is too old. */
export function isStaleLock(lock: string, now = Date.now()): boolean {
  const st = statSync(lock, { throwIfNoEntry: false });
  if (!st) return false; // released meanwhile: not stale, just free
  const age = now - st.mtimeMs;
  if (age > ANY_LOCK_STALE_MS) return true;
  let text = '';
  try {
    text = readFileSync(lock, 'utf8').trim();
  } catch {
    return false;
  }
  if (!/^\d+$/.test(text)) return age > EMPTY_LOCK_STALE_MS;
  return !isAlive(Number(text));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
