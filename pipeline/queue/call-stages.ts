/**
 * The real per-call pipeline behind a worker's jobs: the store (Postgres), the stage components
 * built from the configuration, and processCall (pipeline/run/process-call.ts) — the very code a
 * SQLite run uses, so a call processed by a worker stores what the same call stores on SQLite.
 *
 * Which models a worker loads follows the stage groups it serves:
 * - cpu only: no Whisper; a call without a stored or sidecar transcript ends its cpu job
 *   `waiting_asr`, and the handler queues its asr job;
 * - asr (alone or with cpu): Whisper is loaded, and the asr job runs the whole call (audio and VAD
 *   reused from the store, transcription, then sentiment and score, cheap next to Whisper);
 *   an asr worker on a machine without the Whisper model refuses to start (EnvironmentError).
 *
 * A job runs again after a worker died or a transient error; a call the run already finished
 * (done or failed by this run) is answered from the store, not processed again, so its failure
 * is stored once.
 */
import { agentColumns, callColumns, openStore, toCallRow, type CallRow, type Sql } from '../db/index.ts';
import type { Config } from '../config.ts';
import { EnvironmentError } from '../errors.ts';
import type { Agent } from '../types.ts';
import type { CallRef, CallStages, CallStagesOutcome } from './call-pipeline-handler.ts';
import type { Device } from './device-check.ts';
import type { StageGroup } from './stage-groups.ts';

/** What a worker needs of the components: whether Whisper is there, and how to release them. */
export interface WorkerComponents {
  asr: object | { unavailable: string };
  /** What the models said when they loaded (e.g. the sentiment model's fallback). */
  notes?: string[];
  close?(): Promise<void>;
}

/**
 * The orchestrator's per-call pipeline (pipeline/run: buildComponents and processCall), handed
 * in by the caller (`callqa worker`): the queue sits beside the orchestrator, not on top of it.
 */
export interface CallPipeline<C extends WorkerComponents> {
  buildComponents(config: Config & { baseDir: string }, parts: { asr?: { unavailable: string } }): Promise<C>;
  processCall(sql: Sql, runId: number, call: CallRow, agent: Agent, components: C): Promise<CallStagesOutcome>;
}

export interface LoadCallStagesOptions {
  /** The Postgres store (postgres://…). */
  url: string;
  config: Config & { baseDir: string };
  groups: readonly StageGroup[];
  /** Calls processed at once by this worker (VAD threads are sized to it). */
  concurrency: number;
  device: Device;
}

/** Said in the summary and logs of a call left for an asr worker. */
export const LEFT_TO_ASR_WORKERS = 'transcription is left to the asr workers (callqa worker --stages asr)';

export interface LoadedCallStages extends CallStages {
  /** The components' notes, for the night's summary (worker-registry.ts). */
  notes: readonly string[];
  close(): Promise<void>;
}

export async function loadCallStages<C extends WorkerComponents>(pipeline: CallPipeline<C>, options: LoadCallStagesOptions): Promise<LoadedCallStages> {
  const { groups } = options;
  const servesAsr = groups.includes('asr');
  // Worker threads of the VAD and ASR pools inherit the environment: the models they load read the device there.
  process.env.CALLQA_DEVICE = options.device;
  const store = await openStore(options.url, { poolSize: options.concurrency + 2 });
  let components: C;
  try {
    components = await pipeline.buildComponents({ ...options.config, concurrency: options.concurrency }, servesAsr ? {} : { asr: { unavailable: LEFT_TO_ASR_WORKERS } });
  } catch (err) {
    await store.close();
    throw err;
  }
  if (servesAsr && 'unavailable' in components.asr) {
    const reason = components.asr.unavailable;
    await components.close?.();
    await store.close();
    throw new EnvironmentError(`cannot serve asr jobs: ${reason}${groups.includes('cpu') ? ' (or run this worker with --stages audio,vad,sentiment,score)' : ''}`);
  }
  const run = (call: CallRef) => runCall(store.sql, (c, agent) => pipeline.processCall(store.sql, call.runId, c, agent, components), call);
  return {
    notes: components.notes ?? [],
    runCpu: run,
    runAsr: run,
    async close() {
      await components.close?.();
      await store.close();
    },
  };
}

async function runCall(sql: Sql, process: (call: CallRow, agent: Agent) => Promise<CallStagesOutcome>, ref: CallRef): Promise<CallStagesOutcome> {
  const raw = await sql.get(`SELECT ${callColumns()} FROM calls WHERE call_id = ?`, [ref.callId]);
  // Not the call's fault (the job names a call the store lacks): retried, then stored failed in the ledger.
  if (!raw) throw new Error(`call ${ref.callId} is not in the store`);
  const call = toCallRow(raw);
  const earlier = await outcomeOfThisRun(sql, call.status, call.processedRunId, ref);
  if (earlier) return earlier;
  const agent = await sql.get<Agent>(`SELECT ${agentColumns()} FROM agents WHERE agent_id = ?`, [call.agentId]);
  if (!agent) throw new Error(`agent ${call.agentId} of call ${ref.callId} is not in the store`);
  return process(call, agent);
}

/** The stored outcome when this run already finished the call (a job delivered again), else undefined. */
async function outcomeOfThisRun(sql: Sql, status: string, processedRunId: number | null, ref: CallRef): Promise<CallStagesOutcome | undefined> {
  if (processedRunId !== ref.runId) return undefined;
  if (status === 'done') return { status: 'done' };
  if (status !== 'failed') return undefined;
  const failure = await sql.get<{ stage: string; reason: string }>(
    'SELECT stage, reason FROM failures WHERE call_id = ? AND run_id = ? ORDER BY id DESC LIMIT 1',
    [ref.callId, ref.runId],
  );
  return { status: 'failed', stage: failure?.stage ?? 'unknown', reason: failure?.reason ?? 'unknown' };
}
