/**
 * The queue's figures read through the store's own port (the API's `Sql`), so `GET
 * /api/v1/runs/{id}` and the runs page show a night on the queue without a second connection
 * pool. Only on a Postgres store whose queue tables exist (a worker or `callqa run` made them);
 * otherwise null.
 */
import type { Sql, SqlValue } from '../db/index.ts';
import type { QueueReader } from './open-queue.ts';
import { readQueueStatus, type QueueStatus } from './queue-status.ts';

const SCHEMA = 'callqa_queue';

/** The queue's status for a night, or null when the store holds no queue. */
export async function queueStatusOnStore(sql: Sql, date: string): Promise<QueueStatus | null> {
  if (sql.dialect !== 'postgres') return null;
  const exists = await sql.get<{ t: string | null }>('SELECT to_regclass(?) AS t', [`${SCHEMA}.jobs`]);
  if (!exists?.t) return null;
  const status = await readQueueStatus(readerOn(sql), { date });
  return status.calls.total === 0 ? null : status;
}

/** pg-style `$n` placeholders rewritten to the port's `?`, parameters in order of appearance. */
export function readerOn(sql: Sql): QueueReader {
  return {
    schema: SCHEMA,
    pool: {
      async query(text, params = []) {
        const ordered: unknown[] = [];
        const rewritten = text.replace(/\$(\d+)/g, (_m, n: string) => {
          ordered.push(params[Number(n) - 1]);
          return '?';
        });
        return { rows: await sql.all(rewritten, ordered as SqlValue[]) };
      },
    },
  };
}
