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
import { frameOfSample, roundToMs, samplesToSeconds, secondsToSamples } from './timebase.ts';

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

/** A frame of 0, a fraction or a negative number of samples would make the frame loops below never end. */
function requireWholeFrame(frameSamples: number): number {
  if (!Number.isInteger(frameSamples) || frameSamples < 1) throw new Error(`crosstalk frameSamples must be a whole number of samples ≥ 1, got ${frameSamples}`);
  return frameSamples;
}

/** Per frame: is `own` only leakage of `other` (or silence) there? */
export function leakageFrames(own: Float32Array, other: Float32Array, o: CrosstalkOptions = DEFAULT_CROSSTALK): boolean[] {
  requireWholeFrame(o.frameSamples);
  const frames: boolean[] = [];
  for (let from = 0; from < own.length; from += o.frameSamples) {
    const to = Math.min(own.length, from + o.frameSamples);
    const level = rmsDb(own, from, to);
    frames.push(level < o.silenceFloorDbfs || (level < o.maxLevelDbfs && level < rmsDb(other, from, Math.min(other.length, to)) - o.belowOtherDb));
  }
  return frames;
}

/**
 * Trims leakage frames off both ends of each segment; drops segments left shorter than minSpeechS.
 * A trimmed edge moves to a frame boundary; an untouched edge keeps its original time.
 * @param leakage one entry per frame of `o.frameSamples` samples (what leakageFrames returns)
 */
export function trimCrosstalk(
  segments: SpeechSegment[], leakage: boolean[], sampleRateHz: number, o: CrosstalkOptions = DEFAULT_CROSSTALK,
): SpeechSegment[] {
  const frameSamples = requireWholeFrame(o.frameSamples);
  const minSpeechSamples = secondsToSamples(o.minSpeechS, sampleRateHz);
  /** Is the frame holding sample `sample` leakage? Past the end of the track: no. */
  const isLeak = (sample: number) => leakage[frameOfSample(sample, frameSamples)] ?? false;
  const out: SpeechSegment[] = [];
  for (const s of segments) {
    // Sample indices: every step below moves an edge by at least one sample, so both loops end.
    const originalStart = secondsToSamples(s.startS, sampleRateHz);
    const originalEnd = secondsToSamples(s.endS, sampleRateHz);
    let start = originalStart;
    let end = originalEnd;
    // Start: past each leaking frame, to the first sample of the next frame.
    while (start < end && isLeak(start)) start = (frameOfSample(start, frameSamples) + 1) * frameSamples;
    // End (exclusive): while the last sample's frame leaks, back to that frame's first sample.
    while (end > start && isLeak(end - 1)) end = frameOfSample(end - 1, frameSamples) * frameSamples;
    if (end - start < minSpeechSamples) continue;
    out.push({
      ...s,
      startS: start === originalStart ? s.startS : roundToMs(samplesToSeconds(start, sampleRateHz)),
      endS: end === originalEnd ? s.endS : roundToMs(samplesToSeconds(end, sampleRateHz)),
    });
  }
  return out;
}
