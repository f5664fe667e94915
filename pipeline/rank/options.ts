/** Rank options: defaults merged with overrides, each field checked with a clear message. */
import { checkStarThresholds } from './stars.ts';
import { DEFAULT_RANK_OPTIONS, type RankOptions } from './types.ts';

export function rankOptions(overrides: Partial<RankOptions> = {}): RankOptions {
  const o: RankOptions = { ...DEFAULT_RANK_OPTIONS, ...stripUndefined(overrides) };
  if (!Number.isInteger(o.minCalls) || o.minCalls < 1) throw new Error(`minCalls must be an integer ≥ 1, got ${o.minCalls}`);
  if (o.shrinkageK !== 'auto' && !(Number.isFinite(o.shrinkageK) && o.shrinkageK >= 0)) {
    throw new Error(`shrinkageK must be 'auto' or a number ≥ 0, got ${o.shrinkageK}`);
  }
  const [kMin, kMax] = o.shrinkageKBounds;
  if (!(kMin >= 0 && kMax >= kMin && Number.isFinite(kMax))) {
    throw new Error(`shrinkageKBounds must be [min, max] with 0 ≤ min ≤ max, got [${kMin}, ${kMax}]`);
  }
  if (!(o.intervalLevel > 0 && o.intervalLevel < 1)) throw new Error(`intervalLevel must be in (0, 1), got ${o.intervalLevel}`);
  if (!(o.varianceFloor > 0)) throw new Error(`varianceFloor must be > 0 points², got ${o.varianceFloor}`);
  if (!(o.fallbackVariance > 0)) throw new Error(`fallbackVariance must be > 0 points², got ${o.fallbackVariance}`);
  checkStarThresholds(o.starThresholds);
  return o;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
