/**
 * The `queue` field of `GET /api/v1/runs/{id}` on a Postgres store: the night's figures from the
 * job queue, as `callqa status` prints them (pipeline/queue/queue-status.ts).
 */
import { z } from '@hono/zod-openapi';
import type { Sql } from '../../pipeline/db/index.ts';
import { queueStatusOnStore, type QueueStatus } from '../../pipeline/queue/index.ts';

const Group = z.object({
  waiting: z.number().int(),
  running: z.number().int(),
  perMinute: z.number().openapi({ description: 'Jobs of the group finished per minute lately' }),
  etaMinutes: z.number().nullable().openapi({ description: 'Minutes to finish the group at that pace; null when nothing finished lately' }),
});

export const RunQueue = z
  .object({
    date: z.string(),
    calls: z.object({ total: z.number().int(), done: z.number().int(), failed: z.number().int(), inProgress: z.number().int() }),
    groups: z.object({ cpu: Group, asr: Group }).openapi({ description: 'Queue depth per stage group: cpu (audio, vad, sentiment, score) and asr (Whisper)' }),
    stagesPerMinute: z.record(z.string(), z.number()).openapi({ description: 'Stage → stages completed per minute over the window' }),
    windowMinutes: z.number(),
    workers: z.array(z.object({ id: z.string(), groups: z.string(), concurrency: z.number().int(), device: z.string(), running: z.number().int(), heartbeatAgeS: z.number() }))
      .openapi({ description: 'Workers alive (heartbeat within three periods)' }),
    estimatedFinish: z.string().nullable().openapi({ description: 'ISO 8601; null when unknown (no job finished lately)' }),
    failedByReason: z.record(z.string(), z.number().int()),
  })
  .openapi('RunQueue', { description: 'The night on the job queue (Postgres store only)' });

export type RunQueueView = z.infer<typeof RunQueue>;

export function toRunQueueView(s: QueueStatus): RunQueueView {
  return { ...s, date: s.date ?? '', estimatedFinish: s.estimatedFinish?.toISOString() ?? null };
}

/** The run's night on the queue, or undefined (SQLite store, or a night not run on the queue). */
export async function runQueueOf(sql: Sql, date: string): Promise<RunQueueView | undefined> {
  const status = await queueStatusOnStore(sql, date);
  return status ? toRunQueueView(status) : undefined;
}
