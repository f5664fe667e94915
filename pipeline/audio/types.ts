/**
 * Types of the audio stage. `probe` and `health` are what the orchestrator stores as the
 * `audio` stage result (`{ probe, health, durationS }`); `CallAudio` is what VAD and ASR consume.
 */
import type { ChannelRole, HealthReason } from '../types.ts';

/** What ffprobe says about a recording, before any decoding. JSON-serialisable. */
export interface AudioProbe {
  /** ffprobe's format name, e.g. `wav`, `ogg`, `mp3`, `mov,mp4,m4a,3gp,3g2,mj2`. */
  formatName: string;
  /** Codec of the first audio stream, e.g. `pcm_s16le`, `pcm_mulaw`, `pcm_alaw`, `opus`, `mp3`, `aac`. */
  codec: string;
  /** Native sample rate of the first audio stream, in Hz. */
  sampleRateHz: number;
  channels: number;
  /** Duration the container declares (stream, else format), in seconds; null when it declares none. */
  durationS: number | null;
  /** Bit rate in bits per second (stream, else format); null when unknown. */
  bitRateBps: number | null;
  sizeBytes: number;
}

/** Output of `decodeRecording`: one 16 kHz float32 signal (−1..1) per source channel. */
export interface DecodedAudio {
  sampleRateHz: number;
  /** channels[0] is left (or the only channel), channels[1] right, … */
  channels: Float32Array[];
  /** Decoded length in seconds (samples per channel / sample rate). */
  durationS: number;
  /** Warning and error lines ffmpeg printed while decoding (capped); non-empty hints at damage. */
  ffmpegMessages: string[];
}

/** The two sides of a call, ready for VAD/ASR. All signals are 16 kHz float32. */
export interface CallAudio {
  sampleRateHz: number;
  agent: Float32Array;
  /** Null when the recording is mono: both speakers share `agent`. */
  customer: Float32Array | null;
  /** True when both speakers are on one channel (mono file, `agent_channel = mono`, or identical stereo channels). */
  mono: boolean;
  durationS: number;
}

/** Signal levels of one channel, linear full-scale units (1.0 = 0 dBFS). */
export interface ChannelLevels {
  peak: number;
  rms: number;
  /** Fraction (0..1) of samples at or above the clip level. */
  clippedFraction: number;
}

export interface RecordingHealth {
  reason: HealthReason;
  detail?: string;
}

/**
 * Why a recording could not be loaded: its health reason, or `decode_timeout` when ffprobe or
 * ffmpeg ran past its budget and was killed (a hanging decoder, not a verdict on the recording).
 */
export type AudioFailureReason = HealthReason | 'decode_timeout';

export type ProbeOutcome =
  | { ok: true; probe: AudioProbe }
  | { ok: false; reason: AudioFailureReason; detail: string };

export type LoadedRecording =
  | { ok: true; audio: CallAudio; probe: AudioProbe; health: RecordingHealth; levels: ChannelLevels[] }
  | { ok: false; reason: AudioFailureReason; detail: string; probe?: AudioProbe };

export type { ChannelRole, HealthReason };
