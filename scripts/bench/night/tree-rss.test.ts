/**
 * The tree sums count a started program's memory: a running child is in the sums besides the
 * process itself — also a node child, whose executable is its parent's (only a child with the
 * parent's very command line, a fork not yet exec'd, is left out). Real processes, real /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { treePssBytes, treeRssBytes } from './tree-rss.ts';

const linux = existsSync('/proc/self/smaps_rollup');
const MB = 2 ** 20;
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

describe.runIf(linux)('tree memory sums', () => {
  it('count a running node child holding 64 MB besides the process, and PSS no more than RSS', async () => {
    const alone = treeRssBytes(process.pid);
    // 64 MB written (so resident), then said so on stdout, then kept until killed.
    child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(64 * 2 ** 20, 1); console.log("held"); setInterval(() => b[0]++, 1000)'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.once('data', () => resolve());
      child!.once('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    expect(treeRssBytes(process.pid)).toBeGreaterThan(alone + 60 * MB);
    const pss = treePssBytes(process.pid);
    expect(pss).toBeGreaterThan(60 * MB);
    expect(pss).toBeLessThanOrEqual(treeRssBytes(process.pid) + MB);
  });
});
