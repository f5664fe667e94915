/**
 * Domain types shared by every stage. Units are in the names: `S` = seconds,
 * `Ms` = milliseconds, scores 0–100 unless stated, sentiment −1..1.
 *
 * Data flows one way: ingest → sample → audio → vad → transcript → sentiment → checks → score → rank.
 * Each stage takes these plain values and returns plain values; the orchestrator stores them.
 */

export type Speaker = 'agent' | 'customer';
export type Language = 'zh' | 'en';
export type ChannelRole = 'left' | 'right' | 'mono';

/** One manifest (CDR) row after validation. Field names follow the CSV contract, camelCased. */
export interface ManifestRow {
  callId: string;
  /** Path relative to the recordings folder. */
  file: string;
  agentId: string;
  /** ISO 8601 timestamp as written in the manifest. */
  startedAt: string;
  durationS?: number;
  direction?: 'inbound' | 'outbound';
  queue?: string;
  /** Seconds the caller waited in queue before being answered (or abandoning). */
  waitS?: number;
  abandoned?: boolean;
  resolved?: boolean;
  /** Which stereo channel carries the agent; `mono` when both share one channel. */
  agentChannel?: ChannelRole;
  customerId?: string;
  site?: string;
}

/** One roster row. `surname` is the surname as the agent speaks it in the greeting. */
export interface Agent {
  agentId: string;
  name: string;
  surname: string;
  team: string;
  site: string;
  coach: string;
  language: Language;
}

export interface WordTiming {
  text: string;
  start: number;
  end: number;
}

/** A transcript segment; `start`/`end` are seconds from the start of the call. */
export interface TranscriptSegment {
  speaker: Speaker;
  start: number;
  end: number;
  text: string;
  words?: WordTiming[];
}

/** A span masked by redaction, in call time (seconds), so served audio can be silenced there. */
export interface RedactedSpan {
  speaker: Speaker;
  start: number;
  end: number;
  /** What was masked: card, id, phone. */
  kind: string;
}

/** Where a transcript came from and what produced it. */
export interface TranscriptSource {
  kind: 'imported' | 'asr';
  /** e.g. `onnx-community/whisper-base`; absent for imported transcripts. */
  model?: string;
  revision?: string;
  dtype?: string;
}

/** The Transcript contract (see README "Transcript"). Extra fields are optional. */
export interface Transcript {
  callId: string;
  language: Language;
  segments: TranscriptSegment[];
  source?: TranscriptSource;
  /** True when speaker roles were inferred from a mono recording. */
  rolesInferred?: boolean;
  redactions?: RedactedSpan[];
}

/** A stretch of speech found by VAD on one speaker's channel, in call seconds. */
export interface SpeechSegment {
  speaker: Speaker;
  startS: number;
  endS: number;
}

export interface TimeSpan {
  startS: number;
  endS: number;
}

/** Output of the VAD stage for one call. */
export interface SpeechAnalysis {
  segments: SpeechSegment[];
  talkTimeS: Record<Speaker, number>;
  /** Stretches where nobody speaks (dead air), longest first is not guaranteed: sorted by time. */
  silences: TimeSpan[];
  /** Long agent-side silences while the customer is also silent, i.e. the customer was put on hold. */
  holds: TimeSpan[];
  /** Stretches where both channels carry speech at once. */
  overlaps: (TimeSpan & { interrupter: Speaker })[];
  durationS: number;
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** Sentiment of one transcript segment (same index as in the transcript). */
export interface TurnSentiment {
  index: number;
  speaker: Speaker;
  label: SentimentLabel;
  /** P(positive) − P(negative), −1..1. */
  score: number;
  probs: Record<SentimentLabel, number>;
}

/** Call-level sentiment summary. Scores are −1..1; null when the customer never spoke. */
export interface CallSentiment {
  turns: TurnSentiment[];
  customerStart: number | null;
  customerEnd: number | null;
  customerChange: number | null;
  customerLowest: { score: number; atS: number } | null;
  /** Count of agent turns labelled negative. */
  agentNegativeTurns: number;
  model: string;
}

/** Recording health: `ok` or the reason the recording cannot be used. */
export type HealthReason =
  | 'ok'
  | 'missing'
  | 'zero_length'
  | 'corrupt'
  | 'truncated'
  | 'not_audio'
  | 'silent'
  | 'too_short'
  | 'clipped';

export type CheckOutcome = 'pass' | 'fail' | 'na';

/** Why a check came out as it did: where, who, what was said, what it matched. */
export interface Evidence {
  /** Seconds from call start. */
  atS?: number;
  endS?: number;
  speaker?: Speaker;
  quote?: string;
  /** The expected phrase (slots filled) that the quote was compared with. */
  matched?: string;
  /** 0..1 */
  similarity?: number;
  note?: string;
  /** Which signal decided: the phrase matcher, the utterance-act model (models/acts), or both. */
  signal?: 'matcher' | 'act_model' | 'both';
}

export interface CheckResult {
  checkId: string;
  section: string;
  label: string;
  outcome: CheckOutcome;
  /** Weight from the scorecard (weights of one scorecard sum to 100). */
  weight: number;
  critical: boolean;
  /** One sentence a coach can read. */
  reason: string;
  evidence: Evidence[];
  /** 0–1 where the check has one (similarity margin to the threshold); not stored yet. */
  confidence?: number;
}

export interface CallScore {
  scorecardId: string;
  /** Content hash of the scorecard file. */
  scorecardVersion: string;
  /** 0–100; 0 when a critical check failed. */
  score: number;
  autoFailed: boolean;
  autoFailReasons: string[];
  checks: CheckResult[];
}

/** Per-deployment settings that fill scorecard slots. */
export interface BrandConfig {
  /** Canonical brand name, e.g. 招商银行信用卡中心. */
  name: string;
  /** Spoken aliases, e.g. 招商银行, 招行. */
  aliases: string[];
}

/** A stage that failed for one call: stored as data, never a crashed batch. */
export interface StageFailure {
  stage: string;
  reason: string;
  detail?: string;
}

/*
 * The speech recognizer as the transcript stage uses it (pipeline/speech/transcribe.ts) and the
 * ASR engine implements it (models/asr.ts): shared here so models/ needs nothing else of pipeline/.
 */

/** One chunk as transformers.js returns it; `end` is null when Whisper left the last segment open. */
export interface RawAsrChunk {
  text: string;
  timestamp: [number | null, number | null] | number[];
}

export interface RawAsrOutput {
  text: string;
  chunks?: RawAsrChunk[];
}

/** What transcribeCall needs from a speech recognizer. */
export interface Recognizer {
  /** Hub repo of the model, e.g. `onnx-community/whisper-small_timestamped`. */
  model: string;
  revision: string | null;
  dtype: string;
  /** True when `recognize` returns one chunk per word. */
  wordTimestamps: boolean;
  /** Transcribe one clip (16 kHz mono float), timestamps in clip seconds. */
  recognize(samples: Float32Array, language: Language, options?: RecognizeOptions): Promise<RawAsrOutput>;
  /** Spoken language of a clip, among `candidates`; absent when the model can't tell. */
  detectLanguage?(samples: Float32Array, candidates: Language[], options?: RecognizeOptions): Promise<Language>;
}

export interface RecognizeOptions {
  /** Aborted when the clip's call has given up (the transcript watchdog): the clip is dropped. */
  signal?: AbortSignal;
  /** Names the clip in errors, e.g. `c-17 agent 12.0–39.5 s`. */
  clip?: string;
}
