/**
 * What the coordinator (`callqa run` on Postgres, once the night is queued) does while the
 * workers work: poll the queue's status until no call of the night is in progress, reporting
 * each poll. Workers can come and go meanwhile; a job whose worker died is retried by the queue,
 * and a call that keeps failing ends failed — so the night always ends.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from './open-queue.ts';
import { readQueueStatus, type QueueStatus } from './queue-status.ts';

export interface WaitForNightOptions {
  date: string;
  /** Between polls, ms. */
  pollMs?: number;
  onStatus?: (status: QueueStatus) => void;
  /** Aborted: stop waiting (the night goes on without the coordinator). */
  signal?: AbortSignal;
}

/** Resolves with the final status once every queued call of the night is done or failed. */
export async function waitForNight(queue: Pick<Queue, 'pool' | 'schema'>, options: WaitForNightOptions): Promise<QueueStatus> {
  for (;;) {
    // A failed poll (Postgres restarting) is just a missed report: try again at the next tick.
    const status = await readQueueStatus(queue, { date: options.date }).catch(() => undefined);
    if (status) {
      options.onStatus?.(status);
      if (status.calls.inProgress === 0) return status;
    }
    options.signal?.throwIfAborted();
    await sleep(options.pollMs ?? 5000, undefined, { signal: options.signal });
  }
}
