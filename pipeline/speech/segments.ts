/**
 * Turn per-frame speech probabilities (from Silero VAD) into speech segments.
 * Pure: no model here, so the rules can be tested on hand-made probability tracks.
 */
import type { TimeSpan } from '../types.ts';
import { roundToMs, samplesToSeconds, secondsToSamples } from './timebase.ts';

/** How probabilities become segments. All durations are seconds. */
export interface SegmentationOptions {
  /** A frame with probability ≥ this starts (or continues) speech. Default 0.45. */
  onsetThreshold: number;
  /**
   * Speech only ends after probability drops below this (hysteresis: between the two thresholds
   * the current state is kept, so a wavering frame does not flip speech on and off). Speech found
   * by the onset threshold is also extended back over the frames just before it that were above
   * this threshold (soft word onsets). Default 0.35.
   */
  offsetThreshold: number;
  /** Speech shorter than this is dropped (clicks, coughs, line noise). Default 0.25 s. */
  minSpeechS: number;
  /**
   * A pause shorter than this does not end a segment: words inside one sentence stay together,
   * so a segment is roughly one turn. Default 0.5 s.
   */
  minSilenceS: number;
  /**
   * Silero's recurrent state keeps the speech probability up for a while after speech stops, so
   * raw ends come late by about a tenth of a second; ends are moved back by this much (never
   * before the start). Default 0.12 s, measured against the demo recordings' labelled boundaries.
   */
  endLagS: number;
  /** Added before and after every segment (then clamped and merged), so soft word edges aren't cut. Default 0.03 s
   * (Silero already reports speech ~0.1 s past its end, so more padding only blurs boundaries). */
  padS: number;
}

export const DEFAULT_SEGMENTATION: SegmentationOptions = {
  onsetThreshold: 0.45,
  offsetThreshold: 0.35,
  minSpeechS: 0.25,
  minSilenceS: 0.5,
  endLagS: 0.12,
  padS: 0.03,
};

/** Where the probabilities sit in the audio: integers, so frame times are exact. */
export interface FrameTrack {
  /** Samples per probability (512 = 32 ms at 16 kHz). */
  frameSamples: number;
  sampleRateHz: number;
  /** Length of the audio in samples; segments are clamped to it. */
  durationSamples: number;
}

/**
 * Speech segments (seconds, to the ms) from one probability per frame. All the bookkeeping is in
 * integer samples — frame i starts at sample i × frameSamples — and the option durations are
 * turned into samples once, so no comparison depends on where in a long call it happens.
 * @param probs speech probability per frame, 0..1
 */
export function probabilitiesToSegments(
  probs: ArrayLike<number>,
  track: FrameTrack,
  options: Partial<SegmentationOptions> = {},
): TimeSpan[] {
  const o = { ...DEFAULT_SEGMENTATION, ...options };
  if (o.offsetThreshold > o.onsetThreshold) {
    throw new Error(`VAD offsetThreshold (${o.offsetThreshold}) must not exceed onsetThreshold (${o.onsetThreshold})`);
  }
  const { frameSamples, sampleRateHz, durationSamples } = track;
  if (!Number.isInteger(frameSamples) || frameSamples < 1) throw new Error(`VAD frameSamples must be a whole number ≥ 1, got ${frameSamples}`);
  const samples = (seconds: number) => secondsToSamples(seconds, sampleRateHz);
  const minSpeechSamples = samples(o.minSpeechS);
  const minSilenceSamples = samples(o.minSilenceS);
  const endLagSamples = samples(o.endLagS);

  /** Raw segments in samples, [start, end). */
  const raw: SampleSpan[] = [];
  let speechStart: number | null = null;
  /** Sample where the current pause began (speech may still resume before minSilenceS). */
  let pauseStart: number | null = null;
  /** End of the previous segment: a new one never reaches back into it. */
  let lastEnd = -Infinity;

  /** `lagged`: the end was seen through the model's lag (not the end of the audio). */
  const close = (end: number, lagged: boolean) => {
    if (speechStart !== null && end - speechStart >= minSpeechSamples) {
      raw.push({ start: speechStart, end: lagged ? Math.max(speechStart + frameSamples, end - endLagSamples) : end });
    }
    if (speechStart !== null) lastEnd = end;
    speechStart = null;
    pauseStart = null;
  };

  for (let i = 0; i < probs.length; i++) {
    const p = probs[i];
    const frameStart = i * frameSamples;
    if (p >= o.onsetThreshold) {
      pauseStart = null;
      if (speechStart === null) {
        // Hysteresis on the way in too: speech began where the probability rose past the offset
        // threshold, not at the later frame where it finally crossed the onset threshold.
        let j = i;
        while (j > 0 && probs[j - 1] >= o.offsetThreshold && (j - 1) * frameSamples > lastEnd) j--;
        speechStart = j * frameSamples;
      }
    } else if (p < o.offsetThreshold && speechStart !== null) {
      if (pauseStart === null) pauseStart = frameStart;
      if (frameStart + frameSamples - pauseStart >= minSilenceSamples) close(pauseStart, true);
    }
  }
  if (speechStart !== null) close(pauseStart ?? Math.min(probs.length * frameSamples, durationSamples), pauseStart !== null);

  // Seconds only here, at the edge; rounded to 1 ms so results compare cleanly.
  return padAndMerge(raw, samples(o.padS), durationSamples).map((s) => ({
    startS: roundToMs(samplesToSeconds(s.start, sampleRateHz)),
    endS: roundToMs(samplesToSeconds(s.end, sampleRateHz)),
  }));
}

/** A span in integer samples, [start, end). */
export interface SampleSpan {
  start: number;
  end: number;
}

/** Widen spans by `padSamples` on both sides, clamp to [0, durationSamples], merge any that now touch. */
export function padAndMerge(spans: SampleSpan[], padSamples: number, durationSamples: number): SampleSpan[] {
  const out: SampleSpan[] = [];
  for (const s of spans) {
    const start = Math.max(0, s.start - padSamples);
    const end = Math.min(durationSamples, s.end + padSamples);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}
