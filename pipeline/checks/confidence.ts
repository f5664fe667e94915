/**
 * A check result's confidence (0–1) from its similarity margin to the threshold: 0.5 right at
 * the threshold (a coin toss — one ASR slip either way changes the outcome), rising linearly to
 * 1 at a margin of FULL_CONFIDENCE_MARGIN or more, either side.
 */
export const FULL_CONFIDENCE_MARGIN = 0.2;

export function marginConfidence(similarity: number, threshold: number): number {
  // A phrase that had to be said exactly (a short one) and was: no doubt left.
  if (threshold >= 1 && similarity >= 1) return 1;
  return Math.min(1, 0.5 + Math.abs(similarity - threshold) / (2 * FULL_CONFIDENCE_MARGIN));
}
