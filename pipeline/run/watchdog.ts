/**
 * The per-call, per-stage watchdog: a stage (vad, transcript, sentiment, score) that runs past a
 * budget scaled to the call's length fails that call with reason `timeout`, and the night goes on.
 *
 * The watchdog stops *waiting* at the deadline and aborts the signal it handed to the stage; the
 * stage decides what stopping means (the VAD pool terminates the worker thread that holds the task,
 * see pipeline/speech/vad-pool.ts). A timer cannot interrupt synchronous work on this thread, which
 * is why CPU-heavy stages run in worker threads; a synchronous stage that overran is still failed
 * (checked when it returns), so the verdict does not depend on where a stage runs.
 */
import { StageError } from '../errors.ts';

/** The config `timeouts` fields that concern the stages after audio. */
export interface StageBudgets {
  /** Seconds any stage may take on one call, whatever its length. */
  stageBaseS: number;
  /** Extra seconds per minute of audio. */
  stagePerAudioMinuteS: number;
  /**
   * Calls that share one thread in a stage (the VAD pool's calls per worker: pipeline/speech/vad-pool.ts),
   * by stage. That stage's budget is multiplied by it: each call gets that share of the thread, so
   * its wall time grows with the sharing while its work does not. Default 1.
   */
  sharedBy?: Partial<Record<string, number>>;
}

/** The defaults of config `timeouts` (pipeline/config.ts). */
export const DEFAULT_STAGE_BUDGETS: StageBudgets = { stageBaseS: 60, stagePerAudioMinuteS: 30 };

/** Seconds one stage may take on a call of `audioS` seconds (`stage`: for its `sharedBy`). */
export function stageBudgetS(b: StageBudgets, audioS: number, stage?: string): number {
  return (b.stageBaseS + b.stagePerAudioMinuteS * (Math.max(0, audioS) / 60)) * sharingOf(b, stage);
}

function sharingOf(b: StageBudgets, stage: string | undefined): number {
  const k = stage === undefined ? undefined : b.sharedBy?.[stage];
  return k !== undefined && k > 1 ? k : 1;
}

/** A stage ran past its budget. `message` is the detail stored with the failure. */
/** A stage failure with reason `timeout`; its detail says the budget and how it was reckoned. */
export class StageTimeoutError extends StageError {
  constructor(
    stage: string,
    readonly budgetS: number,
    how: string,
  ) {
    super(stage, 'timeout', `${stage} ran past its budget of ${round1(budgetS)} s (${how})`);
  }
}

function round1(s: number): string {
  return String(Math.round(s * 10) / 10);
}

/**
 * Runs `work` under the budget for `stage` on a call of `audioS` seconds. Rejects with
 * StageTimeoutError at the deadline (aborting `signal`), or when synchronous work returned late.
 */
export async function withinBudget<T>(
  stage: string,
  budgets: StageBudgets,
  audioS: number,
  work: (signal: AbortSignal) => Promise<T> | T,
): Promise<T> {
  const budgetS = stageBudgetS(budgets, audioS, stage);
  const shared = sharingOf(budgets, stage);
  const how =
    `${round1(budgets.stageBaseS)} s + ${round1(budgets.stagePerAudioMinuteS)} s per audio minute × ${round1(audioS / 60)} min` +
    (shared > 1 ? `, × ${shared} calls sharing a thread` : '');
  const timeout = () => new StageTimeoutError(stage, budgetS, how);
  const controller = new AbortController();
  const startedMs = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = timeout();
      controller.abort(err);
      reject(err);
    }, budgetS * 1000);
  });
  try {
    const result = await Promise.race([Promise.resolve().then(() => work(controller.signal)), deadline]);
    if (performance.now() - startedMs > budgetS * 1000) throw timeout();
    return result;
  } finally {
    clearTimeout(timer);
  }
}
