/**
 * How long ffprobe and ffmpeg may run on one recording before they are killed, and the error a
 * decode that ran out of time is reported with (health reason `decode_timeout`, stage `audio`).
 */
import { CallqaError } from '../errors.ts';

/** The config `timeouts` fields that concern decoding. */
export interface DecodeTimeouts {
  /** Seconds any ffprobe/ffmpeg run may take, whatever the length (ffprobe gets only this). */
  decodeBaseS: number;
  /** Extra seconds the decode may take per minute of audio. */
  decodePerAudioMinuteS: number;
}

/** The defaults of config `timeouts` (pipeline/config.ts). */
export const DEFAULT_DECODE_TIMEOUTS: DecodeTimeouts = { decodeBaseS: 30, decodePerAudioMinuteS: 5 };

/** Seconds a decode of `audioS` seconds of audio may take (unknown length: the base only). */
export function decodeBudgetS(t: DecodeTimeouts, audioS: number | null | undefined): number {
  const minutes = audioS && Number.isFinite(audioS) && audioS > 0 ? audioS / 60 : 0;
  return t.decodeBaseS + t.decodePerAudioMinuteS * minutes;
}

/** Thrown by `decodeRecording` when ffmpeg ran past its budget and was killed. */
export class DecodeTimeoutError extends CallqaError {
  constructor(
    readonly binary: 'ffmpeg' | 'ffprobe',
    readonly budgetS: number,
    file: string,
  ) {
    super(`${binary} did not finish ${file} within its budget of ${formatS(budgetS)} s and was killed`, { code: 'decode_timeout', userFacing: false });
  }
}

/** Seconds to one decimal, without a trailing `.0` (4, 1.6). */
export function formatS(s: number): string {
  return String(Math.round(s * 10) / 10);
}
