/**
 * Finds where an expected phrase best occurs inside a longer spoken text: approximate substring
 * matching (Sellers' algorithm). The phrase must be covered whole, the text around it is free.
 * Similarity = 1 − (edit cost ÷ phrase length), so one wrong character in a 20-character
 * greeting still scores 0.95 while a 3-character forbidden phrase needs to be near exact.
 */
import { costRowOf, fillCost, UNKNOWN_COST } from './pair-cost.ts';
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

/** DP tables reused between calls (alignment is synchronous), grown when a longer text comes. */
let scratchCost = new Float64Array(4096);
let scratchMove = new Uint8Array(4096);
function scratch(size: number): { cost: Float64Array; move: Uint8Array } {
  if (scratchCost.length < size) {
    scratchCost = new Float64Array(size * 2);
    scratchMove = new Uint8Array(size * 2);
  }
  return { cost: scratchCost, move: scratchMove };
}

/** Best occurrence of `pattern` in `text[from, to)`; indices in the result are into `text`. Ties go to the earliest end. */
export function alignBest(pattern: Unit[], text: readonly Unit[], from = 0, to = text.length): Alignment {
  const m = pattern.length;
  const n = to - from;
  if (m === 0 || n <= 0) return { textStart: -1, textEnd: -1, cost: m, similarity: 0, alignedTo: pattern.map(() => -1) };
  const cols = n + 1;
  const { cost, move } = scratch((m + 1) * cols);
  cost.fill(0, 0, cols); // free start anywhere in the text
  for (let i = 1; i <= m; i++) {
    cost[i * cols] = i;
    move[i * cols] = UP;
  }
  for (let i = 1; i <= m; i++) {
    // Substitution costs come from the process-wide pair table (pair-cost.ts), doubled in bytes.
    const pid = pattern[i - 1].id;
    const row = costRowOf(pid);
    const prev = (i - 1) * cols;
    const cur = i * cols;
    for (let j = 1; j <= n; j++) {
      const tid = text[from + j - 1].id;
      let doubled = row[tid];
      if (doubled === UNKNOWN_COST) doubled = fillCost(row, pid, tid);
      const diag = cost[prev + j - 1] + doubled * 0.5;
      const up = cost[prev + j] + 1;
      const left = cost[cur + j - 1] + 1;
      let best = diag;
      let mv = DIAG;
      if (up < best) {
        best = up;
        mv = UP;
      }
      if (left < best) {
        best = left;
        mv = LEFT;
      }
      cost[cur + j] = best;
      move[cur + j] = mv;
    }
  }
  let endJ = 1;
  for (let j = 2; j <= n; j++) if (cost[m * cols + j] < cost[m * cols + endJ]) endJ = j;
  const alignedTo = pattern.map(() => -1);
  let i = m;
  let j = endJ;
  while (i > 0) {
    const mv = move[i * cols + j];
    if (mv === DIAG) {
      alignedTo[i - 1] = from + j - 1;
      i--;
      j--;
    } else if (mv === UP) i--;
    else j--;
  }
  const total = cost[m * cols + endJ];
  let textStart = -1;
  let textEnd = -1;
  for (const t of alignedTo) {
    if (t < 0) continue;
    if (textStart < 0 || t < textStart) textStart = t;
    if (t > textEnd) textEnd = t;
  }
  return {
    textStart,
    textEnd,
    cost: total,
    similarity: Math.max(0, 1 - total / m),
    alignedTo,
  };
}
