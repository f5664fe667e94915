/**
 * Turn per-frame speech probabilities (from Silero VAD) into speech segments.
 * Pure: no model here, so the rules can be tested on hand-made probability tracks.
 */
import type { TimeSpan } from '../types.ts';

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

/**
 * @param probs speech probability per frame, 0..1
 * @param frameS duration of one frame in seconds (e.g. 512 samples at 16 kHz = 0.032 s)
 * @param durationS total audio duration; segments are clamped to it
 */
export function probabilitiesToSegments(
  probs: ArrayLike<number>,
  frameS: number,
  durationS: number,
  options: Partial<SegmentationOptions> = {},
): TimeSpan[] {
  const o = { ...DEFAULT_SEGMENTATION, ...options };
  if (o.offsetThreshold > o.onsetThreshold) {
    throw new Error(`VAD offsetThreshold (${o.offsetThreshold}) must not exceed onsetThreshold (${o.onsetThreshold})`);
  }
  const raw: TimeSpan[] = [];
  let speechStart: number | null = null;
  /** Time the current pause began (speech may still resume before minSilenceS). */
  let pauseStart: number | null = null;
  /** End of the previous segment: a new one never reaches back into it. */
  let lastEndS = -Infinity;

  /** `lagged`: the end was seen through the model's lag (not the end of the audio). */
  const close = (endS: number, lagged: boolean) => {
    if (speechStart !== null && endS - speechStart >= o.minSpeechS) {
      raw.push({ startS: speechStart, endS: lagged ? Math.max(speechStart + frameS, endS - o.endLagS) : endS });
    }
    if (speechStart !== null) lastEndS = endS;
    speechStart = null;
    pauseStart = null;
  };

  for (let i = 0; i < probs.length; i++) {
    const p = probs[i];
    const t = i * frameS;
    if (p >= o.onsetThreshold) {
      pauseStart = null;
      if (speechStart === null) {
        // Hysteresis on the way in too: speech began where the probability rose past the offset
        // threshold, not at the later frame where it finally crossed the onset threshold.
        let j = i;
        while (j > 0 && probs[j - 1] >= o.offsetThreshold && (j - 1) * frameS > lastEndS) j--;
        speechStart = j * frameS;
      }
    } else if (p < o.offsetThreshold && speechStart !== null) {
      if (pauseStart === null) pauseStart = t;
      if (t + frameS - pauseStart >= o.minSilenceS) close(pauseStart, true);
    }
  }
  if (speechStart !== null) close(pauseStart ?? Math.min(probs.length * frameS, durationS), pauseStart !== null);

  // Frame times are multiples of a binary fraction: round to 1 ms so results compare cleanly.
  return padAndMerge(raw, o.padS, durationS).map((s) => ({ startS: ms(s.startS), endS: ms(s.endS) }));
}

function ms(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Widen spans by `padS` on both sides, clamp to [0, durationS], merge any that now touch. */
export function padAndMerge(spans: TimeSpan[], padS: number, durationS: number): TimeSpan[] {
  const out: TimeSpan[] = [];
  for (const s of spans) {
    const startS = Math.max(0, s.startS - padS);
    const endS = Math.min(durationS, s.endS + padS);
    const last = out[out.length - 1];
    if (last && startS <= last.endS) last.endS = Math.max(last.endS, endS);
    else out.push({ startS, endS });
  }
  return out;
}
