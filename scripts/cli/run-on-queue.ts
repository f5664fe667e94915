/**
 * `callqa run` on a Postgres store (issue 13): the coordinator of a night on the job queue.
 * runNight ingests and samples as on SQLite, then hands the sampled calls to the queue
 * (pipeline/queue/queue-night.ts) and, unless `--no-wait`, waits for the `callqa worker`s to
 * finish them, printing a progress line to stderr whenever the counts change. On SQLite this
 * answers undefined and the run processes the night itself; `--no-wait` there is refused.
 */
import type { Store } from '../../pipeline/db/index.ts';
import { UserInputError } from '../../pipeline/errors.ts';
import { openQueue, queueDispatch, type Dispatch, type QueueStatus } from '../../pipeline/queue/index.ts';
import type { RunSummary } from '../../pipeline/run/index.ts';
import { DEFAULT_DB, findAndLoadConfig, storeLocation } from './locations.ts';

export interface CoordinatorQueue {
  dispatch: Dispatch;
  /** False with --no-wait: the run returns once the calls are queued. */
  waits: boolean;
  /** What `callqa run --no-wait` prints instead of the summary. */
  queuedLine(summary: RunSummary): string;
  close(): Promise<void>;
}

export interface CoordinatorFlags {
  db?: string;
  config?: string;
  date: string;
  /** false: --no-wait. */
  wait: boolean;
  /** --json: no progress lines. */
  json?: boolean;
  /** Between status polls while waiting, ms (default 2000). */
  pollMs?: number;
}

export async function openCoordinatorQueue(store: Store, flags: CoordinatorFlags): Promise<CoordinatorQueue | undefined> {
  if (store.dialect !== 'postgres') {
    if (!flags.wait) throw new UserInputError('--no-wait is for a Postgres store, where workers process the night; on SQLite `callqa run` processes it itself');
    return undefined;
  }
  // The store was opened from this location a moment ago; the queue needs it unmasked.
  const url = storeLocation(flags.db, DEFAULT_DB, flags.config);
  const config = findAndLoadConfig(flags.config);
  const queue = await openQueue({ url, ...config.queue, poolSize: 3 });
  let queued = 0;
  let lastLine = '';
  const progress = (s: QueueStatus) => {
    if (flags.json) return;
    const line = `callqa run: ${s.calls.done + s.calls.failed}/${s.calls.total} calls finished (${s.calls.failed} failed), ${s.workers.length} workers alive`;
    if (line !== lastLine) process.stderr.write(`${line}\n`);
    lastLine = line;
  };
  return {
    waits: flags.wait,
    dispatch: queueDispatch(queue, {
      date: flags.date,
      wait: flags.wait,
      pollMs: flags.pollMs ?? 2000,
      onQueued: (added, total) => {
        queued = total;
        if (!flags.json) process.stderr.write(`callqa run: ${total} sampled calls on the job queue (${added} new)${flags.wait ? '; waiting for callqa worker processes' : ''}\n`);
      },
      onStatus: progress,
    }),
    queuedLine: (s) =>
      `run #${s.runId} for ${s.date}: ${queued} calls queued for the workers (${s.calls.done} done, ${s.calls.failed} failed so far); ` +
      `follow the night with: callqa status --date ${s.date}`,
    close: () => queue.close(),
  };
}
