/**
 * Runs at most `limit` tasks at once, and `add` waits for a free slot before it returns: the
 * fixture generators make the next call's audio while ffmpeg encodes the last ones, without
 * holding every call's samples in memory at once (p-limit would queue them all).
 */
export function boundedPool(limit: number) {
  const running = new Set<Promise<void>>();
  return {
    async add(task: () => Promise<void>): Promise<void> {
      while (running.size >= limit) await Promise.race(running);
      const p = task().finally(() => running.delete(p));
      running.add(p);
    },
    async drain(): Promise<void> {
      await Promise.all(running);
    },
  };
}
