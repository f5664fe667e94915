/**
 * Finds where an expected phrase best occurs inside a longer spoken text: approximate substring
 * matching (Sellers' algorithm). The phrase must be covered whole, the text around it is free.
 * Similarity = 1 − (edit cost ÷ phrase length), so one wrong character in a 20-character
 * greeting still scores 0.95 while a 3-character forbidden phrase needs to be near exact.
 */
import { substitutionCost } from './cost.ts';
import type { Unit } from './units.ts';

export interface Alignment {
  /** Index of the first and last spoken unit covered (inclusive); -1 when nothing matched. */
  textStart: number;
  textEnd: number;
  cost: number;
  /** 0..1 */
  similarity: number;
  /** For each expected unit, the spoken unit aligned to it, or -1 when it was not said. */
  alignedTo: number[];
}

const DIAG = 0;
const UP = 1; // expected unit missing from the text
const LEFT = 2; // extra spoken unit inside the phrase

/** Best occurrence of `pattern` in `text`. Ties go to the earliest end. */
export function alignBest(pattern: Unit[], text: Unit[]): Alignment {
  const m = pattern.length;
  const n = text.length;
  if (m === 0 || n === 0) return { textStart: -1, textEnd: -1, cost: m, similarity: 0, alignedTo: pattern.map(() => -1) };
  const cols = n + 1;
  const cost = new Float64Array((m + 1) * cols);
  const move = new Uint8Array((m + 1) * cols);
  for (let i = 1; i <= m; i++) {
    cost[i * cols] = i;
    move[i * cols] = UP;
  }
  for (let i = 1; i <= m; i++) {
    const p = pattern[i - 1];
    for (let j = 1; j <= n; j++) {
      const diag = cost[(i - 1) * cols + j - 1] + substitutionCost(p, text[j - 1]);
      const up = cost[(i - 1) * cols + j] + 1;
      const left = cost[i * cols + j - 1] + 1;
      let best = diag;
      let mv = DIAG;
      if (up < best) (best = up), (mv = UP);
      if (left < best) (best = left), (mv = LEFT);
      cost[i * cols + j] = best;
      move[i * cols + j] = mv;
    }
  }
  let endJ = 1;
  for (let j = 2; j <= n; j++) if (cost[m * cols + j] < cost[m * cols + endJ]) endJ = j;
  const alignedTo = pattern.map(() => -1);
  let i = m;
  let j = endJ;
  let firstJ = endJ;
  while (i > 0) {
    const mv = move[i * cols + j];
    if (mv === DIAG) {
      alignedTo[i - 1] = j - 1;
      firstJ = j;
      i--;
      j--;
    } else if (mv === UP) i--;
    else j--;
  }
  const total = cost[m * cols + endJ];
  const covered = alignedTo.filter((t) => t >= 0);
  return {
    textStart: covered.length ? Math.min(firstJ - 1, ...covered) : -1,
    textEnd: covered.length ? Math.max(...covered) : -1,
    cost: total,
    similarity: Math.max(0, 1 - total / m),
    alignedTo,
  };
}

