/**
 * The nightly batch for one service date: claim the date → ingest → sample → process each
 * sampled call → summary. Idempotent and resumable: a rerun of the same date (after a crash, even
 * `kill -9`) reuses the stored sample, skips calls already done or failed, and finishes the rest;
 * nothing is duplicated. One run per date at a time (lease.ts): a second one is refused, or waits.
 */
import pLimit from 'p-limit';
import { agentColumns, callColumns, toCallRow, type CallRow, type Sql } from '../db/index.ts';
import { CsvFileError, type InputEncoding, ingest, formatReject } from '../ingest/index.ts';
import { type SamplingParams, NoCallsToSampleError, sampleDate } from '../sample/index.ts';
import type { Agent } from '../types.ts';
import type { Components } from './components.ts';
import { claimRunWaiting, DEFAULT_LEASE_TIMING, endRun, startHeartbeat, type Lease, type LeaseTiming } from './lease.ts';
import { checkRecordingsDir, checkSomeRowsValid, NightInputError } from './night-inputs.ts';
import { isUserError } from '../errors.ts';
import { rootLogger } from '../log.ts';
import { processCall, type CallOutcome } from './process-call.ts';
import { rankingQuota, type RankingSampling } from '../rank/index.ts';
import { summarizeDate, type RunSummary } from './summary.ts';

export interface RunOptions {
  /** Service date YYYY-MM-DD. */
  date: string;
  recordingsDir: string;
  manifestPath: string;
  rosterPath: string;
  /** How the manifest and roster are decoded when they have no byte-order mark (config ingest.encoding, --encoding). */
  encoding?: InputEncoding;
  sampling: SamplingParams;
  seed?: string;
  /** Calls processed at once. */
  concurrency: number;
  /** Also retry calls that failed in an earlier run of this date. */
  retryFailed?: boolean;
  /** Extra calls for agents the ranking cannot place yet (see ranking-quota.ts); off when absent. */
  rankingSampling?: RankingSampling;
  /** Redraw the date's sample over all its calls now stored, keeping the calls sampled before (late rows). */
  resample?: boolean;
  /** When another live run holds the date: wait for it to end instead of refusing (LeaseHeldError). */
  waitForLease?: boolean;
  /** Lease TTL and heartbeat period, ms (DEFAULT_LEASE_TIMING: 30 s and 5 s); shorter in tests. */
  lease?: Partial<LeaseTiming>;
  /**
   * Aborting it stops the run from starting more calls; calls in flight finish, and the run ends
   * `interrupted` (resumable: rerun the date). Its `reason` (e.g. 'SIGTERM') goes in the summary.
   */
  signal?: AbortSignal;
  /** Aborting it (after `signal`) stops waiting for the calls in flight: they stay pending for the next run. */
  abandonSignal?: AbortSignal;
  /** Called once the run holds its date, with the run's id (the API answers with it). */
  onStarted?: (runId: number) => void;
  /** Called once when the run starts waiting for another run's lease (`waitForLease`). */
  onWaiting?: (lease: Lease) => void;
  /**
   * Hands the sampled calls to someone else instead of processing them here (the job queue on
   * Postgres: pipeline/queue/queue-night.ts enqueues them and waits for the workers). No
   * components are built then. Resolves with what `processAll` would count.
   */
  dispatch?: (todo: CallRow[], runId: number, stop: AbortSignal) => Promise<{ finished: number; notStarted: number; abandoned: number; notes?: string[] }>;
}

export interface RunProgress {
  start(total: number): void;
  callDone(callId: string, outcome: CallOutcome): void;
  stop(): void;
}

const silentProgress: RunProgress = { start() {}, callDone() {}, stop() {} };

/** What the `runs.params` column keeps of the options: the inputs and choices, not the callbacks. */
function storedParams(o: RunOptions) {
  const { signal: _s, abandonSignal: _a, onStarted: _o, onWaiting: _w, dispatch: _d, ...params } = o;
  return params;
}

/**
 * Runs the night. Throws LeaseHeldError (another live run holds the date; no run row is made),
 * RunAbortedError (signalled while waiting for the lease), NightInputError (inputs refused as a
 * whole: the run row is `failed` and no sample is stored), or any other error (run `failed`).
 * A signalled run returns its summary with `interrupted` set.
 */
export async function runNight(
  sql: Sql,
  opts: RunOptions,
  /** The components, or a function building them once the run holds its date (a refused run loads no model). */
  withComponents: Components | (() => Promise<Components>),
  progress = silentProgress,
): Promise<RunSummary> {
  const startedMs = Date.now();
  const timing: LeaseTiming = { ...DEFAULT_LEASE_TIMING, ...opts.lease };
  const claim = await claimRunWaiting(sql, opts.date, storedParams(opts), timing, { wait: opts.waitForLease, signal: opts.signal, onWaiting: opts.onWaiting });
  const { runId } = claim;
  const owned = { date: opts.date, runId };
  const log = rootLogger().child({ runId, date: opts.date });
  log.info({ interruptedRunIds: claim.interruptedRunIds }, `run #${runId} started for ${opts.date}`);
  const leaseLost = new AbortController();
  const heartbeat = startHeartbeat(sql, owned, timing, () => leaseLost.abort('lease lost: another run took this date over'));
  const stop = opts.signal ? AbortSignal.any([opts.signal, leaseLost.signal]) : leaseLost.signal;
  try {
    opts.onStarted?.(runId);
    checkRecordingsDir(opts.recordingsDir);
    // Calls dispatched to the job queue are processed by its workers, with their own components.
    const components = opts.dispatch ? undefined : typeof withComponents === 'function' ? await withComponents() : withComponents;
    const ingested = await ingest(sql, { date: opts.date, manifestPath: opts.manifestPath, rosterPath: opts.rosterPath, recordingsDir: opts.recordingsDir, encoding: opts.encoding }).catch(
      (err: unknown) => {
        throw err instanceof CsvFileError ? new NightInputError(err.message, { cause: err }) : err;
      },
    );
    checkSomeRowsValid(opts.manifestPath, ingested);
    const sample = await (async () => {
      try {
        return await sampleDate(sql, opts.date, opts.sampling, {
          seed: opts.seed,
          resample: opts.resample,
          extraPerAgent: opts.rankingSampling ? () => rankingQuota(sql, opts.date, opts.rankingSampling!) : undefined,
        });
      } catch (err) {
        if (!(err instanceof NoCallsToSampleError)) throw err;
        throw new NightInputError(`${err.message} (the ${ingested.validRows} valid rows of ${opts.manifestPath} are for other dates)`, { cause: err });
      }
    })();

    const statuses: ('pending' | 'waiting_asr' | 'failed')[] = opts.retryFailed ? ['pending', 'waiting_asr', 'failed'] : ['pending', 'waiting_asr'];
    const todo = (
      await sql.all(
        `SELECT ${callColumns()} FROM calls WHERE date = ? AND sampled = 1 AND status IN (${statuses.map(() => '?').join(', ')}) ORDER BY call_id`,
        [opts.date, ...statuses],
      )
    ).map(toCallRow);
    const roster = new Map<string, Agent>((await sql.all<Agent>(`SELECT ${agentColumns()} FROM agents`)).map((a) => [a.agentId, a]));

    progress.start(todo.length);
    const processed: Awaited<ReturnType<NonNullable<RunOptions['dispatch']>>> = opts.dispatch
      ? await opts.dispatch(todo, runId, stop)
      : await processAll(todo, opts, stop, (call) => processCall(sql, runId, call, roster.get(call.agentId)!, components!), progress);
    progress.stop();

    const interrupted = stop.aborted
      ? { reason: String(stop.reason), notStarted: processed.notStarted, abandoned: processed.abandoned }
      : undefined;
    const summary = await summarizeDate(sql, opts.date, {
      runId,
      ingested,
      rejects: ingested.rejects.map(formatReject),
      sample,
      processedNow: processed.finished,
      elapsedS: (Date.now() - startedMs) / 1000,
      asrUnavailable: components && 'unavailable' in components.asr ? components.asr.unavailable : undefined,
      notes: components?.notes ?? processed.notes,
      resample: opts.resample,
      interrupted,
    });
    await endRun(sql, owned, interrupted ? 'interrupted' : 'finished', summary);
    log.info({ status: interrupted ? 'interrupted' : 'finished', calls: summary.calls, durationMs: Date.now() - startedMs }, `run #${runId} ${interrupted ? 'interrupted' : 'finished'}`);
    return summary;
  } catch (err) {
    await endRun(sql, owned, 'failed', { error: (err as Error).message });
    // Refused inputs are an outcome the CLI reports itself (info); anything else is a fault (error).
    log[isUserError(err) ? 'info' : 'error']({ status: 'failed', err, durationMs: Date.now() - startedMs }, `run #${runId} failed: ${(err as Error).message}`);
    throw err;
  } finally {
    heartbeat.stop();
  }
}

/**
 * Processes the calls `concurrency` at a time. Once `stop` is aborted no call is started; the
 * calls in flight are awaited, unless `abandonSignal` is aborted too, which returns at once
 * (those calls stay pending: their status is only set when they finish).
 */
async function processAll(
  todo: CallRow[],
  opts: RunOptions,
  stop: AbortSignal,
  process: (call: CallRow) => Promise<CallOutcome>,
  progress: RunProgress,
): Promise<{ finished: number; notStarted: number; abandoned: number }> {
  const limit = pLimit(opts.concurrency);
  let started = 0;
  let finished = 0;
  const all = Promise.all(
    todo.map((call) =>
      limit(async () => {
        if (stop.aborted) return;
        started++;
        const outcome = await process(call);
        finished++;
        progress.callDone(call.callId, outcome);
      }),
    ),
  );
  const abandon = opts.abandonSignal;
  if (!abandon) {
    await all;
  } else {
    // An abandoned call may still end (or fail) later in this process; nobody awaits it then.
    all.catch(() => {});
    let onAbandon = () => {};
    const abandoned = new Promise<void>((resolve) => {
      onAbandon = resolve;
      if (abandon.aborted) resolve();
      else abandon.addEventListener('abort', onAbandon, { once: true });
    });
    await Promise.race([all, abandoned]);
    abandon.removeEventListener('abort', onAbandon);
  }
  return { finished, notStarted: todo.length - started, abandoned: started - finished };
}
