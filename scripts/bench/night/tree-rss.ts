/**
 * Peak resident memory of a process and everything it started (worker threads are in the process;
 * ffmpeg children are separate processes), sampled from /proc. GNU time's %M reports only the
 * largest single process, so this is the figure for "what the run held at once".
 *
 * A child caught between fork and exec (node starts ffmpeg that way; under load the gap lasts up
 * to ~0.4 s) still runs the parent's program on the parent's pages and shows the parent's whole
 * RSS as its own: summed, one sample counted the node process twice. Such a child (the parent's
 * executable and command line: nothing exec'd yet) is left out of both sums: its memory is the
 * parent's. (A child started on purpose with its parent's very command line, as node's cluster
 * does, would be left out too; the night starts none.)
 *
 * Two sums, because RSS also over-counts what processes share for good (libraries, copy-on-write
 * pages): PSS (proportional set size, /proc/<pid>/smaps_rollup) splits every shared page between
 * the processes sharing it, so its sum is the memory the tree holds. Both are reported; PSS is the
 * one to judge memory by. Linux only; elsewhere it reports null.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

const PAGE_BYTES = 4096;

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out; // gone meanwhile
  }
  // A child is listed under the thread that started it.
  for (const tid of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      // thread ended meanwhile
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/** Proportional set size, bytes (0 when the process is gone or smaps_rollup is unreadable). */
function pssBytes(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** What a process runs: its executable and command line, or null once it is gone. */
function program(pid: number): string | null {
  try {
    return `${readlinkSync(`/proc/${pid}/exe`)}\0${readFileSync(`/proc/${pid}/cmdline`, 'utf8')}`;
  } catch {
    return null;
  }
}

/** `root` and its descendants, without children that have not exec'd yet (see the header). */
function treePids(root: number): number[] {
  const pids: number[] = [];
  const stack = [{ pid: root, runs: program(root) }];
  while (stack.length) {
    const { pid, runs } = stack.pop()!;
    pids.push(pid);
    for (const child of childrenOf(pid)) {
      const childRuns = program(child);
      if (childRuns !== null && childRuns === runs) continue; // forked, not yet exec'd: the parent's pages
      stack.push({ pid: child, runs: childRuns });
    }
  }
  return pids;
}

/** Sum of RSS over `root` and its descendants now, bytes. */
export function treeRssBytes(root: number): number {
  return treePids(root).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

/** Sum of PSS over `root` and its descendants now, bytes: shared pages counted once in all. */
export function treePssBytes(root: number): number {
  return treePids(root).reduce((sum, pid) => sum + pssBytes(pid), 0);
}

export interface TreeMemoryPeaks {
  /** Peak of the RSS sum, MB. */
  rssMb: number;
  /** Peak of the PSS sum, MB, or null where smaps_rollup is not readable (kernels before 4.14). */
  pssMb: number | null;
}

export interface RssSampler {
  /** Stops sampling; the peak sums seen, or null where /proc is not there. */
  stop(): TreeMemoryPeaks | null;
}

/** Samples the tree's RSS and PSS sums every `everyMs` (default 200 ms) until stopped. */
export function sampleTreeRss(root: number, everyMs = 200): RssSampler {
  if (!existsSync(`/proc/${root}/statm`)) return { stop: () => null };
  const hasPss = existsSync(`/proc/${root}/smaps_rollup`);
  let peakRss = 0;
  let peakPss = 0;
  const sample = () => {
    const pids = treePids(root);
    peakRss = Math.max(peakRss, pids.reduce((sum, pid) => sum + rssBytes(pid), 0));
    if (hasPss) peakPss = Math.max(peakPss, pids.reduce((sum, pid) => sum + pssBytes(pid), 0));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { rssMb: Math.round(peakRss / 2 ** 20), pssMb: hasPss ? Math.round(peakPss / 2 ** 20) : null };
    },
  };
}
