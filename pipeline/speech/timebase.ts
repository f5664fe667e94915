/**
 * Integer time for the speech code. Loops and comparisons run on integer sample counts, frame
 * indices or milliseconds; seconds (floats) appear only where results leave the speech code.
 *
 * Why: 0.032 s (one 512-sample frame at 16 kHz) has no exact binary representation, so
 * `Math.floor(2001 * 0.032 / 0.032)` is 2000. Code that stepped through frames in float seconds
 * could land back on the frame it had just left and loop forever (a night hung on a 64.032 s
 * boundary). Integer division of integers has no such error below 2^53.
 */

/** The nearest sample to a time. Speech times are on the 1 ms grid, which is a whole number of samples at 8/16/48 kHz. */
export function secondsToSamples(seconds: number, sampleRateHz: number): number {
  return Math.round(seconds * sampleRateHz);
}

/** A sample count (or index) as seconds. */
export function samplesToSeconds(samples: number, sampleRateHz: number): number {
  return samples / sampleRateHz;
}

/** Index of the frame that holds sample `sample` (both integers, so the division is exact). */
export function frameOfSample(sample: number, frameSamples: number): number {
  return Math.floor(sample / frameSamples);
}

/** The nearest whole millisecond to a time: speech results are reported to the ms. */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/** Whole milliseconds as seconds (exact to the double nearest the decimal, e.g. 64032 → 64.032). */
export function msToSeconds(ms: number): number {
  return ms / 1000;
}

/** Seconds rounded to the ms (what every stored speech time is). */
export function roundToMs(seconds: number): number {
  return msToSeconds(secondsToMs(seconds));
}
