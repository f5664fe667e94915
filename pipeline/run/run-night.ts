/**
 * The nightly batch for one service date: ingest → sample → process each sampled call → summary.
 * Idempotent and resumable: a rerun of the same date (after a crash, even `kill -9`) reuses the
 * stored sample, skips calls already done or failed, and finishes the rest; nothing is duplicated.
 */
import { and, eq, inArray } from 'drizzle-orm';
import pLimit from 'p-limit';
import type { Db } from '../db/client.ts';
import { agents, calls, runs } from '../db/schema.ts';
import { ingest } from '../ingest/ingest.ts';
import { formatReject } from '../ingest/reject.ts';
import type { SamplingParams } from '../sample/draw.ts';
import { sampleDate } from '../sample/store.ts';
import type { Agent } from '../types.ts';
import type { Components } from './components.ts';
import { processCall, type CallOutcome } from './process-call.ts';
import { rankingQuota, type RankingSampling } from './ranking-quota.ts';
import { summarizeDate, type RunSummary } from './summary.ts';

export interface RunOptions {
  /** Service date YYYY-MM-DD. */
  date: string;
  recordingsDir: string;
  manifestPath: string;
  rosterPath: string;
  sampling: SamplingParams;
  seed?: string;
  /** Calls processed at once. */
  concurrency: number;
  /** Also retry calls that failed in an earlier run of this date. */
  retryFailed?: boolean;
  /** Extra calls for agents the ranking cannot place yet (see ranking-quota.ts); off when absent. */
  rankingSampling?: RankingSampling;
}

export interface RunProgress {
  start(total: number): void;
  callDone(callId: string, outcome: CallOutcome): void;
  stop(): void;
}

const silentProgress: RunProgress = { start() {}, callDone() {}, stop() {} };

export async function runNight(db: Db, opts: RunOptions, components: Components, progress = silentProgress): Promise<RunSummary> {
  const startedMs = Date.now();
  const runId = db
    .insert(runs)
    .values({ date: opts.date, status: 'running', params: opts })
    .returning({ id: runs.id })
    .get().id;
  try {
    const ingested = await ingest(db, { date: opts.date, manifestPath: opts.manifestPath, rosterPath: opts.rosterPath, recordingsDir: opts.recordingsDir });
    const sample = sampleDate(db, opts.date, opts.sampling, {
      seed: opts.seed,
      extraPerAgent: opts.rankingSampling ? () => rankingQuota(db, opts.date, opts.rankingSampling!) : undefined,
    });

    const statuses: ('pending' | 'waiting_asr' | 'failed')[] = opts.retryFailed ? ['pending', 'waiting_asr', 'failed'] : ['pending', 'waiting_asr'];
    const todo = db
      .select()
      .from(calls)
      .where(and(eq(calls.date, opts.date), eq(calls.sampled, true), inArray(calls.status, statuses)))
      .orderBy(calls.callId)
      .all();
    const roster = new Map<string, Agent>(db.select().from(agents).all().map((a) => [a.agentId, a]));

    progress.start(todo.length);
    const limit = pLimit(opts.concurrency);
    const outcomes = await Promise.all(
      todo.map((call) =>
        limit(async () => {
          const outcome = await processCall(db, runId, call, roster.get(call.agentId)!, components);
          progress.callDone(call.callId, outcome);
          return outcome;
        }),
      ),
    );
    progress.stop();

    const summary = summarizeDate(db, opts.date, {
      runId,
      ingested,
      rejects: ingested.rejects.map(formatReject),
      sample,
      processedNow: outcomes.length,
      elapsedS: (Date.now() - startedMs) / 1000,
      asrUnavailable: 'unavailable' in components.asr ? components.asr.unavailable : undefined,
      notes: components.notes,
    });
    db.update(runs).set({ status: 'finished', finishedAt: new Date().toISOString(), summary }).where(eq(runs.id, runId)).run();
    return summary;
  } catch (err) {
    db.update(runs)
      .set({ status: 'failed', finishedAt: new Date().toISOString(), summary: { error: (err as Error).message } })
      .where(eq(runs.id, runId))
      .run();
    throw err;
  }
}
