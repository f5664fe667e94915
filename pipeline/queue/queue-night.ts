/**
 * The coordinator's part of a night on Postgres (`callqa run --db postgres://…`): runNight claims
 * the date, ingests and samples as on SQLite, then hands the sampled calls here instead of
 * processing them (RunOptions.dispatch): one cpu job per call is queued, and — unless `wait` is
 * off (`--no-wait`) — the coordinator waits for the workers to finish the night, holding the
 * date's lease meanwhile, so runNight's summary (read from the store) is the night's.
 * A coordinator stopped while waiting (SIGTERM) leaves the night to the workers: its run ends
 * `interrupted`, and rerunning the date queues nothing twice.
 */
import type { CallRow } from '../db/index.ts';
import { enqueueCalls } from './enqueue.ts';
import type { Queue } from './open-queue.ts';
import type { QueueStatus } from './queue-status.ts';
import { waitForNight } from './wait-for-night.ts';
import { nightWorkerNotes } from './worker-registry.ts';

export interface QueueDispatchOptions {
  date: string;
  /** Wait for the workers to finish the night (default); false returns once the calls are queued. */
  wait?: boolean;
  /** Between status polls while waiting, ms. */
  pollMs?: number;
  onQueued?: (added: number, total: number) => void;
  onStatus?: (status: QueueStatus) => void;
}

/** `notes`: what the workers' models said, for the summary (a SQLite run says its own). */
export type Dispatch = (todo: CallRow[], runId: number, stop: AbortSignal) => Promise<{ finished: number; notStarted: number; abandoned: number; notes?: string[] }>;

export function queueDispatch(queue: Queue, options: QueueDispatchOptions): Dispatch {
  return async (todo, runId, stop) => {
    const callIds = todo.map((c) => c.callId);
    // Failed calls are in `todo` only when the run retries them (--retry-failed): queue them again.
    const retryCallIds = todo.filter((c) => c.status === 'failed').map((c) => c.callId);
    const added = await enqueueCalls(queue, { date: options.date, runId, callIds, group: 'cpu', retryCallIds });
    options.onQueued?.(added, callIds.length);
    if (options.wait === false) return { finished: 0, notStarted: 0, abandoned: 0 };
    try {
      const final = await waitForNight(queue, { date: options.date, pollMs: options.pollMs, onStatus: options.onStatus, signal: stop });
      // Calls left waiting for an asr worker went through their cpu job: processed, as a SQLite run counts them.
      const unprocessed = Math.max(0, final.calls.inProgress - final.groups.asr.waiting);
      const notes = await nightWorkerNotes(queue, options.date).catch(() => undefined);
      return { finished: Math.max(0, callIds.length - unprocessed), notStarted: 0, abandoned: 0, notes };
    } catch (err) {
      if (!stop.aborted) throw err;
      // Stopped while waiting: the workers go on without us; nothing was abandoned by this process.
      return { finished: 0, notStarted: 0, abandoned: 0 };
    }
  };
}
