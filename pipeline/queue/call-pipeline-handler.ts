/**
 * The worker's job handler for real calls: a job of group `cpu` or `asr` becomes a run of that
 * group's stages of the per-call pipeline (pipeline/run/process-call.ts), and the call's outcome
 * becomes the job's.
 *
 * PENDING (issue 13): process-call.ts still runs on the synchronous SQLite store; it becomes
 * usable here once the store code is converted to the async `Sql` port (pipeline/db/sql.ts) and
 * can open a Postgres store. This adapter is written against the shape that conversion is
 * expected to give — `CallStages` below — and `callqa worker` refuses to start (one line) until
 * `loadCallStages` is wired. What the converted pipeline must do for the queue's semantics:
 * - return `{ status: 'failed', … }` after storing the failure (a StageError: broken recording,
 *   invalid transcript, timeout) — the job is then failed with that reason, never retried;
 * - THROW, not store, an error `errorKind()` calls retryable (database connection lost, out of
 *   memory): today's catch-all in processCall stores every error as the call's failure, which
 *   would turn a Postgres restart into failed calls;
 * - reuse stored stage results (it does), so a job run twice stores one result.
 */
import { EnvironmentError, StageError } from '../errors.ts';
import type { JobHandler, JobResult, QueueJob } from './run-jobs.ts';
import { STAGE_GROUPS } from './stage-groups.ts';

/** What a job names: the call, its night and the run that queued it. */
export interface CallRef {
  callId: string;
  date: string;
  runId: number;
}

/** The per-call outcome, as process-call.ts reports it today. */
export type CallStagesOutcome =
  | { status: 'done'; score?: number }
  | { status: 'failed'; stage: string; reason: string }
  | { status: 'waiting_asr'; reason: string };

export interface CallStages {
  /** audio → vad → transcript (stored or sidecar) → sentiment → score; `waiting_asr` when the call needs Whisper. */
  runCpu(call: CallRef, signal: AbortSignal): Promise<CallStagesOutcome>;
  /** Transcribes the call with Whisper and stores the transcript; `failed` for the call's own fault. */
  runAsr(call: CallRef, signal: AbortSignal): Promise<CallStagesOutcome>;
}

export function callPipelineHandler(stages: CallStages): JobHandler {
  return async (job: QueueJob): Promise<JobResult> => {
    const call: CallRef = { callId: job.callId, date: job.date, runId: job.runId };
    if (job.group === 'asr') {
      const outcome = await stages.runAsr(call, job.signal);
      if (outcome.status === 'failed') throw new StageError(outcome.stage, outcome.reason);
      // The rest of the call (sentiment, score) is cpu work: hand it back to a cpu worker.
      return { next: 'cpu', stagesDone: ['asr'] };
    }
    const outcome = await stages.runCpu(call, job.signal);
    if (outcome.status === 'failed') throw new StageError(outcome.stage, outcome.reason);
    if (outcome.status === 'waiting_asr') return { next: 'asr', stagesDone: ['audio', 'vad'] };
    return { stagesDone: job.step === 1 ? [...STAGE_GROUPS.cpu] : ['sentiment', 'score'] };
  };
}

/**
 * The real pipeline on a Postgres store. Not wired yet: see PENDING above. Throws an
 * EnvironmentError the CLI prints as one line.
 */
export async function loadCallStages(_options: { db: string; configFile?: string; device: string }): Promise<CallStages> {
  throw new EnvironmentError(
    'callqa worker cannot process calls yet: the per-call pipeline runs on the SQLite store until the async store conversion lands (issue 13); the queue itself is ready',
  );
}
