/**
 * Takes one sampled call through audio → vad → transcript → sentiment → score, storing each
 * stage's result as it goes. A stage that fails is recorded (stage, reason, detail) and the call
 * is marked failed; nothing is thrown, so one broken recording never stops the batch.
 * Stage results already stored (from a run that crashed) are reused, not recomputed.
 * Every stage after audio runs under the watchdog (watchdog.ts): past its budget, scaled to the
 * call's length, the call fails with reason `timeout` (audio has its own ffmpeg deadlines:
 * `decode_timeout`). A lost store connection is the one error thrown rather than stored.
 */
import { getStage, isTransientConnectionError, putStage, type CallRow, type Sql } from '../db/index.ts';
import { readSidecar } from '../transcript/index.ts';
import { toManifestRow } from '../score/index.ts';
import type { Agent, CallSentiment, ChannelRole, SpeechAnalysis, Transcript } from '../types.ts';
import type { CallAudio, Components } from './components.ts';
import { DEFAULT_STAGE_BUDGETS, withinBudget } from './watchdog.ts';
import { CallqaError, StageError } from '../errors.ts';
import { elapsedMs, rootLogger } from '../log.ts';

export type CallOutcome =
  | { status: 'done'; score?: number }
  | { status: 'failed'; stage: string; reason: string }
  | { status: 'waiting_asr'; reason: string };

export type { CallRow };


export async function processCall(sql: Sql, runId: number, call: CallRow, agent: Agent, c: Components): Promise<CallOutcome> {
  const log = rootLogger().child({ runId, callId: call.callId });
  const callStartedMs = performance.now();
  let stage = 'audio';
  let stageStartedMs = callStartedMs;
  /** Logs the stage just finished (debug, with its duration) and moves on to `next`. */
  const enter = (next: string) => {
    log.debug({ stage, durationMs: elapsedMs(stageStartedMs) }, `${stage} done`);
    stage = next;
    stageStartedMs = performance.now();
  };
  try {
    const audio = await loadAudio(sql, call, c);
    const budgets = c.budgets ?? DEFAULT_STAGE_BUDGETS;
    const guarded = <T>(name: string, work: (signal: AbortSignal) => Promise<T> | T) => withinBudget(name, budgets, audio.durationS, work);

    enter('vad');
    const speech = c.vad
      ? await cached(sql, call.callId, 'vad', c.vad.version, () => guarded('vad', (signal) => c.vad!.analyse(audio, signal)))
      : undefined;

    enter('transcript');
    const transcript = await guarded('transcript', (signal) => findTranscript(sql, call, agent, audio, speech, c, signal));
    if ('waiting' in transcript) {
      await setStatus(sql, call.callId, 'waiting_asr', runId);
      log.info({ status: 'waiting_asr', durationMs: elapsedMs(callStartedMs) }, `call waiting for a transcript: ${transcript.waiting}`);
      return { status: 'waiting_asr', reason: transcript.waiting };
    }

    enter('sentiment');
    const sentiment: CallSentiment | undefined = c.sentiment
      ? await cached(sql, call.callId, 'sentiment', c.sentiment.version, () => guarded('sentiment', (signal) => c.sentiment!.analyse(transcript, signal)))
      : undefined;

    enter('score');
    let score: number | undefined;
    if (c.scorer) {
      const scorer = c.scorer;
      const result = await guarded('score', () => scorer.score({ call: toManifestRow(call), agent, transcript, speech, sentiment }));
      await c.scorer.save(sql, call.callId, result);
      score = result.score;
    }
    await setStatus(sql, call.callId, 'done', runId);
    enter('done');
    log.info({ status: 'done', score, durationMs: elapsedMs(callStartedMs) }, 'call done');
    return { status: 'done', score };
  } catch (err) {
    // The store went away (Postgres restarting, the network): not the call's fault, and storing
    // it as the call's failure would fail too. Thrown, so the run fails (a rerun resumes) or the
    // queue retries the job.
    // Out of memory likewise (another job on the machine may have held it): the queue retries it.
    if (isTransientConnectionError(err) || isOutOfMemory(err)) throw err;
    const failure =
      err instanceof StageError // a timeout from the watchdog is one too
        ? err
        : // A callqa error keeps its code as the reason (e.g. asr_worker_crashed from the ASR pool).
          new StageError(stage, err instanceof CallqaError ? err.code : 'error', (err as Error)?.message ?? String(err), { cause: err });
    await sql.tx(async (t) => {
      await t.run('INSERT INTO failures (run_id, call_id, stage, reason, detail) VALUES (?, ?, ?, ?, ?)', [
        runId, call.callId, failure.stage, failure.reason, failure.detail ?? null,
      ]);
      await t.run(`UPDATE calls SET status = 'failed', processed_run_id = ? WHERE call_id = ?`, [runId, call.callId]);
    });
    log.info({ status: 'failed', stage: failure.stage, reason: failure.reason, detail: failure.detail, durationMs: elapsedMs(callStartedMs) }, `call failed at ${failure.stage}: ${failure.reason}`);
    return { status: 'failed', stage: failure.stage, reason: failure.reason };
  }
}

async function loadAudio(sql: Sql, call: CallRow, c: Components): Promise<CallAudio> {
  const channel = (call.agentChannel as ChannelRole | null) ?? c.defaultAgentChannel;
  const loaded = await c.audio.load(call.file, channel);
  await putStage(sql, call.callId, 'audio', c.audio.version, loaded.record);
  if (!loaded.ok) throw new StageError('audio', loaded.record.health.reason, loaded.record.health.detail);
  return loaded.audio;
}

/** Returns the stored result of `stage` at `version`, or computes and stores it. */
async function cached<T>(sql: Sql, callId: string, stage: 'vad' | 'sentiment', version: string, compute: () => Promise<T>): Promise<T> {
  const stored = await getStage<T>(sql, callId, stage, version);
  if (stored) return stored.result;
  const result = await compute();
  await putStage(sql, callId, stage, version, result);
  return result;
}

/** Stored transcript, else the sidecar, else ASR; `waiting` when none can be had yet. */
async function findTranscript(
  sql: Sql, call: CallRow, agent: Agent, audio: CallAudio, speech: SpeechAnalysis | undefined, c: Components, signal: AbortSignal,
): Promise<Transcript | { waiting: string }> {
  const stored = await getStage<Transcript>(sql, call.callId, 'transcript');
  if (stored) return stored.result;

  const sidecar = await readSidecar(call.file, call.callId);
  if (sidecar.status === 'invalid') throw new StageError('transcript', 'invalid_transcript', sidecar.reason);
  let transcript: Transcript;
  let version: string;
  if (sidecar.status === 'ok') {
    transcript = sidecar.transcript;
    version = 'imported';
  } else if ('unavailable' in c.asr) {
    return { waiting: `no transcript at ${sidecar.path} and ${c.asr.unavailable}` };
  } else {
    transcript = await c.asr.transcribe(call.callId, audio, speech, c.asrLanguage(agent), signal);
    version = c.asr.version;
  }
  // Stopped by the watchdog meanwhile: the call has failed, store nothing for it.
  signal.throwIfAborted();
  const redacted = c.redact(transcript);
  await putStage(sql, call.callId, 'transcript', version, redacted);
  return redacted;
}

async function setStatus(sql: Sql, callId: string, status: 'done' | 'waiting_asr', runId: number): Promise<void> {
  await sql.run('UPDATE calls SET status = ?, processed_run_id = ? WHERE call_id = ?', [status, runId, callId]);
}

/** Node's and ONNX Runtime's ways of saying an allocation failed. */
function isOutOfMemory(err: unknown): boolean {
  if ((err as { code?: unknown })?.code === 'ERR_MEMORY_ALLOCATION_FAILED') return true;
  return /out of memory|allocation failed|failed to allocate/i.test(err instanceof Error ? err.message : String(err));
}
