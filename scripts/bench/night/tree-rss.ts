/**
 * Peak resident memory of a process and everything it started (worker threads are in the process;
 * ffmpeg children are separate processes), sampled from /proc. GNU time's %M reports only the
 * largest single process, so this is the figure for "what the run held at once".
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

/** Sum of RSS over `root` and its descendants now, bytes. */
export function treeRssBytes(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssBytes(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
}

export interface RssSampler {
  /** Stops sampling; the peak sum seen, MB, or null where /proc is not there. */
  stop(): number | null;
}

/** Samples `treeRssBytes(root)` every `everyMs` (default 200 ms) until stopped. */
export function sampleTreeRss(root: number, everyMs = 200): RssSampler {
  if (!existsSync(`/proc/${root}/statm`)) return { stop: () => null };
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeRssBytes(root)));
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(peak / 2 ** 20);
    },
  };
}
