/**
 * Peak resident memory of a process and everything it started (worker threads are in the process;
 * ffmpeg children are separate processes), sampled from /proc. GNU time's %M reports only the
 * largest single process, so this is the figure for "what the run held at once".
 *
 * Two sums, because RSS over-counts a tree: a page two processes share is in both RSS figures.
 * That matters here more than usual: node starts ffmpeg by fork + exec, and a child caught between
 * the two (which under load lasts up to ~0.4 s) shows the parent's whole RSS as its own, so one
 * sample can count the node process twice. PSS (proportional set size, /proc/<pid>/smaps_rollup)
 * splits every shared page between the processes sharing it, so its sum is the memory the tree
 * holds. Both are reported; PSS is the one to judge memory by.
 * Linux only; elsewhere it reports null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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

function treePids(root: number): number[] {
  const pids: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    pids.push(pid);
    stack.push(...childrenOf(pid));
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
