/**
 * The demo database's build lock: a builder that died leaves a lock that the next worker takes
 * over at once instead of waiting 15 minutes (before this, a test run after a killed build
 * stalled past its hook timeout).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStaleLock, releaseLock, tryLock } from './demo-db-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'callqa-demo-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo database build lock', () => {
  it('is held by one taker at a time and names its pid', () => {
    const lock = join(dir, 'a.lock');
    expect(tryLock(lock)).toBe(true);
    expect(tryLock(lock)).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(isStaleLock(lock)).toBe(false); // this process is alive
    releaseLock(lock);
    expect(tryLock(lock)).toBe(true);
    releaseLock(lock);
  });

  it('is stale once the process that holds it has exited', () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const lock = join(dir, 'dead.lock');
    writeFileSync(lock, child.stdout);
    expect(Number(child.stdout)).toBeGreaterThan(0);
    expect(isStaleLock(lock)).toBe(true);
  });

  it('treats a lock without a pid as stale only after a minute, and any lock after 15 minutes', () => {
    const empty = join(dir, 'empty.lock');
    writeFileSync(empty, '');
    expect(isStaleLock(empty)).toBe(false);
    const twoMinutesAgo = (Date.now() - 120_000) / 1000;
    utimesSync(empty, twoMinutesAgo, twoMinutesAgo);
    expect(isStaleLock(empty)).toBe(true);
    const mine = join(dir, 'old.lock');
    writeFileSync(mine, String(process.pid));
    const longAgo = (Date.now() - 16 * 60_000) / 1000;
    utimesSync(mine, longAgo, longAgo);
    expect(isStaleLock(mine)).toBe(true);
    expect(isStaleLock(join(dir, 'absent.lock'))).toBe(false);
  });
});
