/** Small interval algebra on sorted, non-overlapping time spans (seconds). Pure. */
import type { TimeSpan } from '../types.ts';

/** Sort and merge spans that overlap or touch. */
export function union(spans: TimeSpan[]): TimeSpan[] {
  const sorted = spans.filter((s) => s.endS > s.startS).sort((a, b) => a.startS - b.startS);
  const out: TimeSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.startS <= last.endS) last.endS = Math.max(last.endS, s.endS);
    else out.push({ startS: s.startS, endS: s.endS });
  }
  return out;
}

/** Parts of [fromS, toS] not covered by `covered` (which must be a union). */
export function gaps(covered: TimeSpan[], fromS: number, toS: number): TimeSpan[] {
  const out: TimeSpan[] = [];
  let cursor = fromS;
  for (const s of covered) {
    if (s.endS <= cursor) continue;
    if (s.startS >= toS) break;
    if (s.startS > cursor) out.push({ startS: cursor, endS: Math.min(s.startS, toS) });
    cursor = Math.max(cursor, s.endS);
  }
  if (cursor < toS) out.push({ startS: cursor, endS: toS });
  return out;
}

/** Pairwise intersections of two unions. */
export function intersect(a: TimeSpan[], b: TimeSpan[]): TimeSpan[] {
  const out: TimeSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const startS = Math.max(a[i].startS, b[j].startS);
    const endS = Math.min(a[i].endS, b[j].endS);
    if (endS > startS) out.push({ startS, endS });
    if (a[i].endS < b[j].endS) i++;
    else j++;
  }
  return out;
}

/** `a` minus everything in `b` (both unions). */
export function subtract(a: TimeSpan[], b: TimeSpan[]): TimeSpan[] {
  return a.flatMap((s) => gaps(b, s.startS, s.endS));
}

/** Total covered seconds of a union. */
export function totalS(spans: TimeSpan[]): number {
  return spans.reduce((sum, s) => sum + (s.endS - s.startS), 0);
}

/** Seconds of `spans` (a union) that fall inside [fromS, toS]. */
export function coveredWithin(spans: TimeSpan[], fromS: number, toS: number): number {
  return totalS(intersect(spans, [{ startS: fromS, endS: toS }]));
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
