/** Signal levels of a decoded channel: what the silent and clipped health checks read. */
import type { ChannelLevels } from './types.ts';

/** Linear amplitude → dBFS (−Infinity for 0). */
export const toDbfs = (linear: number): number => 20 * Math.log10(linear);
/** dBFS → linear amplitude. */
export const fromDbfs = (dbfs: number): number => 10 ** (dbfs / 20);

/**
 * Peak, RMS and the fraction of samples at or above `clipLevel` (linear, e.g. 0.97).
 * One pass, no allocation: these run on every channel of every call.
 */
export function channelLevels(samples: Float32Array, clipLevel: number): ChannelLevels {
  let peak = 0;
  let sumSquares = 0;
  let clipped = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i];
    const a = x < 0 ? -x : x;
    if (a > peak) peak = a;
    sumSquares += x * x;
    if (a >= clipLevel) clipped++;
  }
  const n = samples.length || 1;
  return { peak, rms: Math.sqrt(sumSquares / n), clippedFraction: clipped / n };
}
