/**
 * What the coordinator (`callqa run` on Postgres, once the night is queued) does while the
 * workers work: poll the queue's status until no call of the night is in progress, reporting
 * each poll. Workers can come and go meanwhile; a job whose worker died is retried by the queue,
 * and a call that keeps failing ends failed — so the night always ends.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { QueueReader } from './open-queue.ts';
import { readQueueStatus, type QueueStatus } from './queue-status.ts';

export interface WaitForNightOptions {
  date: string;
  /** Between polls, ms. */
  pollMs?: number;
  onStatus?: (status: QueueStatus) => void;
  /** Aborted: stop waiting (the night goes on without the coordinator). */
  signal?: AbortSignal;
}

/**
 * Whether the night is over for the coordinator: no call in progress — or only calls waiting for
 * transcription while no live worker serves asr jobs (a night without Whisper: as on SQLite, those
 * calls end `waiting_asr`; they stay queued for an asr worker started later).
 */
export function nightSettled(status: QueueStatus): boolean {
  if (status.calls.inProgress === 0) return true;
  const { cpu, asr } = status.groups;
  const asrWorkerAlive = status.workers.some((w) => w.groups.split(',').includes('asr'));
  return cpu.waiting === 0 && cpu.running === 0 && asr.running === 0 && !asrWorkerAlive && status.calls.inProgress === asr.waiting;
}

/** Resolves with the final status once every queued call of the night is done or failed (see nightSettled). */
export async function waitForNight(queue: QueueReader, options: WaitForNightOptions): Promise<QueueStatus> {
  for (;;) {
    // A failed poll (Postgres restarting) is just a missed report: try again at the next tick.
    const status = await readQueueStatus(queue, { date: options.date }).catch(() => undefined);
    if (status) {
      options.onStatus?.(status);
      if (nightSettled(status)) return status;
    }
    options.signal?.throwIfAborted();
    await sleep(options.pollMs ?? 5000, undefined, { signal: options.signal });
  }
}
