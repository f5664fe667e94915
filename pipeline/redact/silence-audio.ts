import type { RedactedSpan, Speaker } from '../types.ts';

export interface SilenceOptions {
  /** Extra time silenced before and after each span, seconds (covers timing estimates). */
  padS?: number;
  /** Length of the linear fade into and out of each silenced stretch, ms (avoids clicks). */
  fadeMs?: number;
}

export const DEFAULT_SILENCE_PAD_S = 0.25;
export const DEFAULT_SILENCE_FADE_MS = 10;

/**
 * A copy of one channel's samples with the redacted spans of `speaker` zeroed, padded by
 * `padS` on each side and faded in and out over `fadeMs` just outside. `samples[0]` is
 * call time 0. Pass `'both'` for a mono recording, where both speakers share the channel.
 * Spans of the other speaker are left alone (they are silenced on their own channel).
 */
export function silenceRedactedSpans(
  samples: Float32Array,
  sampleRateHz: number,
  spans: readonly RedactedSpan[],
  speaker: Speaker | 'both',
  options: SilenceOptions = {},
): Float32Array {
  if (!Number.isFinite(sampleRateHz) || sampleRateHz <= 0) {
    throw new RangeError(`silenceRedactedSpans: sampleRateHz must be a positive number, got ${sampleRateHz}`);
  }
  const padS = options.padS ?? DEFAULT_SILENCE_PAD_S;
  const fadeSamples = Math.round(((options.fadeMs ?? DEFAULT_SILENCE_FADE_MS) / 1000) * sampleRateHz);
  const out = samples.slice();
  for (const span of spans) {
    if (speaker !== 'both' && span.speaker !== speaker) continue;
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    const from = Math.max(0, Math.floor((span.start - padS) * sampleRateHz));
    const to = Math.min(out.length, Math.ceil((span.end + padS) * sampleRateHz));
    if (from >= to) continue;
    out.fill(0, from, to);
    for (let k = 1; k <= fadeSamples; k++) {
      const gain = k / (fadeSamples + 1);
      if (from - k >= 0) out[from - k] *= gain;
      if (to - 1 + k < out.length) out[to - 1 + k] *= gain;
    }
  }
  return out;
}
