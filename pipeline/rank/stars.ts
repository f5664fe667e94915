/**
 * Star levels (星级) 1–5 from the adjusted score. `thresholds` are the lowest adjusted scores
 * for 2, 3, 4 and 5 stars; a score equal to a threshold earns that level.
 */
export function starLevel(adjustedScore: number, thresholds: readonly number[]): number {
  let stars = 1;
  for (const t of thresholds) if (adjustedScore >= t) stars++;
  return stars;
}

/** Throws a clear error unless there are exactly 4 ascending thresholds within 0–100. */
export function checkStarThresholds(thresholds: readonly number[]): void {
  if (thresholds.length !== 4) throw new Error(`starThresholds: expected 4 numbers (for 2–5 stars), got ${thresholds.length}`);
  thresholds.forEach((t, i) => {
    if (!Number.isFinite(t) || t < 0 || t > 100) throw new Error(`starThresholds[${i}] = ${t} is not a score 0–100`);
    if (i > 0 && t <= thresholds[i - 1]) throw new Error(`starThresholds must ascend: ${thresholds.join(', ')}`);
  });
}
