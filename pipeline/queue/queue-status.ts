/**
 * What `callqa status` shows about a night on the queue, read from the ledger and the worker
 * registry: jobs waiting and running per stage group, calls done / failed / in progress,
 * throughput per stage over the last minutes, workers alive, and an estimated finish.
 *
 * The estimate assumes the recent pace holds: for each group, unfinished jobs ÷ jobs finished
 * per minute over the window (or since the night's first job started, when that is shorter: a
 * night 2 minutes old would otherwise look 7 times slower than it is on a 15-minute window);
 * the night ends when its slowest group does. Each call waiting
 * for asr still owes one cpu job after it, counted in the cpu group's remainder.
 */
import type { QueueReader } from './open-queue.ts';
import { ALL_GROUPS, type StageGroup } from './stage-groups.ts';
import { aliveWorkers, type AliveWorker } from './worker-registry.ts';

export interface GroupStatus {
  waiting: number;
  running: number;
  /** Jobs of this group finished (done or failed) per minute over the window. */
  perMinute: number;
  /** Minutes to finish this group's remaining jobs at that pace; null when nothing finished lately. */
  etaMinutes: number | null;
}

export interface QueueStatus {
  /** The night shown: the one asked for, else the latest in the ledger; null on an empty queue. */
  date: string | null;
  calls: { total: number; done: number; failed: number; inProgress: number };
  groups: Record<StageGroup, GroupStatus>;
  /** Stage → stages completed per minute over the window. */
  stagesPerMinute: Record<string, number>;
  windowMinutes: number;
  workers: AliveWorker[];
  /** When the night should be finished at the recent pace; null when unknown. */
  estimatedFinish: Date | null;
  /** Failure reasons of the night's failed jobs with their counts. */
  failedByReason: Record<string, number>;
}

type Db = QueueReader;

export async function readQueueStatus(queue: Db, options: { date?: string; windowMinutes?: number } = {}): Promise<QueueStatus> {
  const s = queue.schema;
  const windowMinutes = options.windowMinutes ?? 15;
  const q = async <T extends object>(text: string, params: unknown[]): Promise<T[]> => (await queue.pool.query(text, params)).rows as T[];
  const date = options.date ?? (await q<{ d: string | null }>(`SELECT max(run_date) AS d FROM ${s}.jobs`, []))[0].d;

  // A call's state is its latest job's: a job queues the next before it is marked done.
  const callStates = await q<{ state: string; n: string }>(
    `SELECT state, count(*) AS n FROM (
       SELECT DISTINCT ON (call_id) call_id, state FROM ${s}.jobs WHERE run_date = $1 ORDER BY call_id, step DESC
     ) latest GROUP BY state`,
    [date],
  );
  const count = (state: string) => Number(callStates.find((r) => r.state === state)?.n ?? 0);
  const calls = { done: count('done'), failed: count('failed'), inProgress: count('waiting') + count('running'), total: 0 };
  calls.total = calls.done + calls.failed + calls.inProgress;

  const byGroup = await q<{ stage_group: string; waiting: string; running: string; finished: string }>(
    `SELECT stage_group,
       count(*) FILTER (WHERE state = 'waiting') AS waiting,
       count(*) FILTER (WHERE state = 'running') AS running,
       count(*) FILTER (WHERE state IN ('done', 'failed') AND finished_at > now() - make_interval(mins => $2)) AS finished
     FROM ${s}.jobs WHERE run_date = $1 GROUP BY stage_group`,
    [date, windowMinutes],
  );
  // Minutes the window really covers for this night's pace.
  const started = await q<{ minutes: number | null }>(
    `SELECT extract(epoch FROM now() - min(started_at))::float8 / 60 AS minutes FROM ${s}.jobs WHERE run_date = $1`,
    [date],
  );
  const paceMinutes = Math.max(0.25, Math.min(windowMinutes, started[0].minutes ?? windowMinutes));
  const asrOwed = await q<{ n: string }>(`SELECT count(*) AS n FROM ${s}.jobs WHERE run_date = $1 AND stage_group = 'asr' AND state IN ('waiting', 'running')`, [date]);
  const groups = {} as Record<StageGroup, GroupStatus>;
  let finishMinutes: number | null = 0;
  for (const group of ALL_GROUPS) {
    const row = byGroup.find((r) => r.stage_group === group);
    const waiting = Number(row?.waiting ?? 0);
    const running = Number(row?.running ?? 0);
    const perMinute = Number(row?.finished ?? 0) / paceMinutes;
    const remaining = waiting + running + (group === 'cpu' ? Number(asrOwed[0].n) : 0);
    const etaMinutes = remaining === 0 ? 0 : perMinute > 0 ? remaining / perMinute : null;
    groups[group] = { waiting, running, perMinute, etaMinutes };
    finishMinutes = finishMinutes === null || etaMinutes === null ? null : Math.max(finishMinutes, etaMinutes);
  }

  const stageRows = await q<{ stage: string; n: string }>(
    `SELECT stage, count(*) AS n FROM ${s}.jobs, unnest(string_to_array(stages_done, ',')) AS stage
     WHERE state = 'done' AND finished_at > now() - make_interval(mins => $1) GROUP BY stage ORDER BY stage`,
    [windowMinutes],
  );
  const reasons = await q<{ reason: string; n: string }>(
    `SELECT coalesce(error_reason, 'unknown') AS reason, count(*) AS n FROM ${s}.jobs WHERE run_date = $1 AND state = 'failed' GROUP BY 1 ORDER BY 2 DESC`,
    [date],
  );
  return {
    date,
    calls,
    groups,
    stagesPerMinute: Object.fromEntries(stageRows.map((r) => [r.stage, Number(r.n) / windowMinutes])),
    windowMinutes,
    workers: await aliveWorkers(queue),
    estimatedFinish: finishMinutes === null ? null : new Date(Date.now() + finishMinutes * 60_000),
    failedByReason: Object.fromEntries(reasons.map((r) => [r.reason, Number(r.n)])),
  };
}
