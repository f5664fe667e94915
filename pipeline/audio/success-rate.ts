/**
 * The day's recording success rate (seed documents: 录音成功率 ≥ 95%).
 *
 * A recording counts as a success when it was captured in full and can be reviewed:
 * health `ok`, or `clipped` (recorded, but too loud — still transcribable, flagged as a
 * quality warning). Every other reason is a failed recording: `missing`, `zero_length`,
 * `corrupt`, `truncated`, `not_audio`, `silent`, `too_short`.
 */
import type { HealthReason } from './types.ts';

export const USABLE_HEALTH_REASONS: readonly HealthReason[] = Object.freeze(['ok', 'clipped'] as HealthReason[]);

export function isUsableHealth(reason: HealthReason, usable: readonly HealthReason[] = USABLE_HEALTH_REASONS): boolean {
  return usable.includes(reason);
}

/** Target from the seed documents: at least 95% of recordings usable. */
export const RECORDING_SUCCESS_TARGET = 0.95;

/**
 * Fraction (0..1) of recordings whose health is usable; null when there were no recordings
 * (no rate to report, rather than a misleading 100%).
 */
export function recordingSuccessRate(reasons: readonly HealthReason[], usable: readonly HealthReason[] = USABLE_HEALTH_REASONS): number | null {
  if (reasons.length === 0) return null;
  return reasons.filter((r) => usable.includes(r)).length / reasons.length;
}
