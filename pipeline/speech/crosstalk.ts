/**
 * Crosstalk on stereo calls. A recording system (or a low-bit-rate stereo codec) leaks a little
 * of each party's voice into the other channel, and Silero VAD can hear that faint copy as
 * speech. After VAD, each detected segment is trimmed of leading and trailing frames that are
 * silence or leakage — quiet in absolute terms and far quieter than the other channel at the same
 * moment — and dropped when nothing else is left. Real double-talk (both loud) and a quiet
 * speaker talking alone (other channel silent) are untouched. (The audio itself is not
 * altered: zeroed frames next to line noise make edges that VAD hears as speech.)
 */
import type { SpeechSegment } from '../types.ts';

export interface CrosstalkOptions {
  /** Frame length in samples (32 ms at 16 kHz). */
  frameSamples: number;
  /** A frame this many dB below the other channel's same frame counts as leakage… */
  belowOtherDb: number;
  /** …if it is also below this level (dBFS RMS). */
  maxLevelDbfs: number;
  /** Frames below this level (dBFS RMS) are silence and are trimmed too. */
  silenceFloorDbfs: number;
  /** Segments shorter than this after trimming are dropped. */
  minSpeechS: number;
}

export const DEFAULT_CROSSTALK: CrosstalkOptions = { frameSamples: 512, belowOtherDb: 20, maxLevelDbfs: -40, silenceFloorDbfs: -70, minSpeechS: 0.1 };

const rmsDb = (x: Float32Array, from: number, to: number): number => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += x[i] * x[i];
  return 10 * Math.log10(sum / Math.max(1, to - from) + 1e-20);
};

/** Per frame: is `own` only leakage of `other` (or silence) there? */
export function leakageFrames(own: Float32Array, other: Float32Array, o: CrosstalkOptions = DEFAULT_CROSSTALK): boolean[] {
  const frames: boolean[] = [];
  for (let from = 0; from < own.length; from += o.frameSamples) {
    const to = Math.min(own.length, from + o.frameSamples);
    const level = rmsDb(own, from, to);
    frames.push(level < o.silenceFloorDbfs || (level < o.maxLevelDbfs && level < rmsDb(other, from, Math.min(other.length, to)) - o.belowOtherDb));
  }
  return frames;
}

/** Trims leakage frames off both ends of each segment; drops segments left shorter than minSpeechS. */
export function trimCrosstalk(
  segments: SpeechSegment[], leakage: boolean[], sampleRateHz: number, o: CrosstalkOptions = DEFAULT_CROSSTALK,
): SpeechSegment[] {
  const frameS = o.frameSamples / sampleRateHz;
  const isLeak = (t: number) => leakage[Math.floor(t / frameS)] ?? false;
  const out: SpeechSegment[] = [];
  for (const s of segments) {
    let start = s.startS;
    let end = s.endS;
    while (start < end && isLeak(start)) start = (Math.floor(start / frameS) + 1) * frameS;
    while (end > start && isLeak(end - 1e-9)) end = Math.floor((end - 1e-9) / frameS) * frameS;
    if (end - start >= o.minSpeechS) out.push({ ...s, startS: start === s.startS ? s.startS : round3(start), endS: end === s.endS ? s.endS : round3(end) });
  }
  return out;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
