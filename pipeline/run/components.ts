/**
 * What the orchestrator needs from each stage. The orchestrator gets these as arguments, so
 * tests hand in real components on small data, and a stage whose model is absent is simply
 * not there (with the reason why).
 */
import type { AudioFailureReason, CallAudio } from '../audio/index.ts';
import type { Sql } from '../db/index.ts';
import type { StageBudgets } from './watchdog.ts';
import type { AsrStage, VadStage } from '../speech/index.ts';

export type { AsrStage, VadStage };

export type { CallAudio };
import type {
  Agent, CallScore, CallSentiment, ChannelRole, Language, ManifestRow, SpeechAnalysis, Transcript,
} from '../types.ts';

/** What is stored for the audio stage (stage_results `audio`). */
export interface AudioRecord {
  probe?: unknown;
  health: { reason: AudioFailureReason; detail?: string };
  durationS?: number;
}

export type AudioLoad = { ok: true; audio: CallAudio; record: AudioRecord } | { ok: false; record: AudioRecord };

export interface AudioStage {
  version: string;
  load(path: string, agentChannel: ChannelRole): Promise<AudioLoad>;
}

/*
 * `signal` (VAD, ASR, sentiment) is aborted by the run's watchdog when the stage ran past its
 * budget: the call has failed by then, and a stage that can stop its work early should.
 */

export interface SentimentStage {
  version: string;
  analyse(transcript: Transcript, signal?: AbortSignal): Promise<CallSentiment>;
}

export interface ScoreInput {
  call: ManifestRow;
  agent: Agent;
  transcript: Transcript;
  speech?: SpeechAnalysis;
  sentiment?: CallSentiment;
}

export interface ScoreStage {
  score(input: ScoreInput): CallScore;
  save(sql: Sql, callId: string, score: CallScore): Promise<void>;
}

export interface Components {
  audio: AudioStage;
  vad?: VadStage;
  /** The ASR stage, or why there is none (e.g. model not fetched). */
  asr: AsrStage | { unavailable: string };
  /** Masks card, ID and phone numbers before a transcript is stored. */
  redact(transcript: Transcript): Transcript;
  sentiment?: SentimentStage;
  scorer?: ScoreStage;
  /** Which language to transcribe a call in. */
  asrLanguage(agent: Agent): Language | 'auto';
  defaultAgentChannel: ChannelRole;
  /** Per-stage time budgets (config `timeouts`); the config defaults when absent. */
  budgets?: StageBudgets;
  /** What a person should know about this run's components (a model missing, a fallback taken). */
  notes?: string[];
  /** Releases model sessions and worker threads at the end of a run. */
  close?(): Promise<void>;
}
