/**
 * The worker's job handler for real calls: a job of group `cpu` or `asr` becomes a run of the
 * per-call pipeline (call-stages.ts: processCall on the Postgres store), and the call's outcome
 * becomes the job's:
 * - `done`: the job is done;
 * - `waiting_asr` (a cpu-only worker found no transcript): the call's asr job is queued;
 * - `failed` (a StageError, already stored by processCall as the call's failure: broken
 *   recording, invalid transcript, timeout): the job fails with that reason, never retried;
 * - a thrown error (database connection lost, out of memory, a bug): retried by the queue,
 *   with backoff, a bounded number of times (run-jobs.ts).
 * Stage results are reused from the store, so a job run twice stores one result.
 */
import { StageError } from '../errors.ts';
import type { JobHandler, JobResult, QueueJob } from './run-jobs.ts';
import { STAGE_GROUPS } from './stage-groups.ts';

/** What a job names: the call, its night and the run that queued it. */
export interface CallRef {
  callId: string;
  date: string;
  runId: number;
}

/** The per-call outcome, as process-call.ts reports it. */
export type CallStagesOutcome =
  | { status: 'done'; score?: number }
  | { status: 'failed'; stage: string; reason: string }
  | { status: 'waiting_asr'; reason: string };

export interface CallStages {
  /** audio → vad → transcript (stored or sidecar) → sentiment → score; `waiting_asr` when the call needs Whisper. */
  runCpu(call: CallRef, signal: AbortSignal): Promise<CallStagesOutcome>;
  /** The whole call with Whisper: transcribes it, then sentiment and score. */
  runAsr(call: CallRef, signal: AbortSignal): Promise<CallStagesOutcome>;
}

export function callPipelineHandler(stages: CallStages): JobHandler {
  return async (job: QueueJob): Promise<JobResult> => {
    const call: CallRef = { callId: job.callId, date: job.date, runId: job.runId };
    if (job.group === 'asr') {
      const outcome = await stages.runAsr(call, job.signal);
      if (outcome.status === 'failed') throw new StageError(outcome.stage, outcome.reason);
      // An asr worker that could not transcribe after all: hand the call to another attempt.
      if (outcome.status === 'waiting_asr') throw new Error(`asr job left the call waiting for a transcript: ${outcome.reason}`);
      return { stagesDone: ['asr', 'sentiment', 'score'] };
    }
    const outcome = await stages.runCpu(call, job.signal);
    if (outcome.status === 'failed') throw new StageError(outcome.stage, outcome.reason);
    if (outcome.status === 'waiting_asr') return { next: 'asr', stagesDone: ['audio', 'vad'] };
    return { stagesDone: [...STAGE_GROUPS.cpu] };
  };
}
