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

/**
 * DP table reused between calls (alignment is synchronous), grown when a longer text comes. Costs
 * are kept doubled (substitutions cost 0, 1 or 2, a unit left out or put in 2): exact integers,
 * compared exactly as the halves would be.
 */
let scratchCost = new Int32Array(4096);
function scratch(size: number): Int32Array {
  if (scratchCost.length < size) scratchCost = new Int32Array(size * 2);
  return scratchCost;
}

/** The key ids of a text's units, kept per text: a stream's runs are aligned against phrase after phrase. */
const idsByText = new WeakMap<readonly Unit[], Int32Array>();
/** The last text asked about and its ids: the matcher aligns variant after variant in one stream, so most asks skip the WeakMap. */
let lastText: readonly Unit[] | null = null;
let lastIds: Int32Array = new Int32Array(0);
function idsOf(text: readonly Unit[]): Int32Array {
  if (text === lastText && lastIds.length === text.length) return lastIds;
  let ids = idsByText.get(text);
  if (!ids || ids.length !== text.length) {
    ids = new Int32Array(text.length);
    for (let k = 0; k < text.length; k++) ids[k] = text[k].id;
    idsByText.set(text, ids);
  }
  lastText = text;
  lastIds = ids;
  return ids;
}

/** Best occurrence of `pattern` in `text[from, to)`; indices in the result are into `text`. Ties go to the earliest end. */
export function alignBest(pattern: Unit[], text: readonly Unit[], from = 0, to = text.length): Alignment {
  return alignBestWithin(pattern, text, from, to, Infinity)!;
}

/**
 * alignBest, given up (null) as soon as the best alignment provably costs more than
 * `maxDoubledCost` (doubled, as kept in the table): a caller that only needs an alignment able to
 * beat one it already has stops there. Exact: every cell of a row derives from a cell of the row
 * above plus a cost ≥ 0 (or from its left neighbour, itself so derived), so the cheapest cell of
 * each row never decreases down the rows and bounds the final cost from below. `restFromEnd[i]`
 * (pair-cost.ts doubledCostLowerBoundsFromEnd), when given, is a least cost of the units from i on,
 * which every alignment still pays after row i. When the cost stays within the limit, the result
 * is alignBest's to the bit (the same table and walk back).
 */
export function alignBestWithin(
  pattern: Unit[],
  text: readonly Unit[],
  from: number,
  to: number,
  maxDoubledCost: number,
  restFromEnd?: Int32Array,
): Alignment | null {
  const m = pattern.length;
  if (restFromEnd && restFromEnd[0] > maxDoubledCost) return null;
  const n = to - from;
  if (m === 0 || n <= 0) return { textStart: -1, textEnd: -1, cost: m, similarity: 0, alignedTo: pattern.map(() => -1) };
  const ids = idsOf(text);
  const cols = n + 1;
  const cost = scratch((m + 1) * cols);
  cost.fill(0, 0, cols); // free start anywhere in the text
  for (let i = 1; i <= m; i++) cost[i * cols] = 2 * i;
  for (let i = 1; i <= m; i++) {
    // Substitution costs come from the process-wide pair table (pair-cost.ts), doubled in bytes.
    const pid = pattern[i - 1].id;
    const row = costRowOf(pid);
    const prev = (i - 1) * cols;
    const cur = i * cols;
    // The cells to the left and up-left are carried in locals: one table read per cell.
    let left = cost[cur];
    let upLeft = cost[prev];
    const textAt = from - 1;
    let rowMin = left;
    for (let j = 1; j <= n; j++) {
      const tid = ids[textAt + j];
      let doubled = row[tid];
      if (doubled === UNKNOWN_COST) doubled = fillCost(row, pid, tid);
      const above = cost[prev + j];
      // Diagonal first, then up (expected unit missing), then left (extra spoken unit): ties keep the earlier.
      let best = upLeft + doubled;
      const up = above + 2;
      if (up < best) best = up;
      left += 2;
      if (left < best) best = left;
      cost[cur + j] = best;
      if (best < rowMin) rowMin = best;
      left = best;
      upLeft = above;
    }
    if (rowMin + (restFromEnd ? restFromEnd[i] : 0) > maxDoubledCost) return null;
  }
  let endJ = 1;
  for (let j = 2; j <= n; j++) if (cost[m * cols + j] < cost[m * cols + endJ]) endJ = j;
  // Walk back, choosing at each cell the move the forward pass chose (same order of preference).
  const alignedTo: number[] = [];
  for (let k = 0; k < m; k++) alignedTo.push(-1); // a packed array (new Array(m) would stay holey)
  let textStart = -1;
  let textEnd = -1;
  let i = m;
  let j = endJ;
  while (i > 0) {
    if (j === 0) {
      i--;
      continue;
    }
    const diag = cost[(i - 1) * cols + j - 1] + costRowOf(pattern[i - 1].id)[ids[from + j - 1]];
    const up = cost[(i - 1) * cols + j] + 2;
    const left = cost[i * cols + j - 1] + 2;
    if (diag <= up && diag <= left) {
      alignedTo[i - 1] = from + j - 1;
      if (textEnd < 0) textEnd = from + j - 1;
      textStart = from + j - 1;
      i--;
      j--;
    } else if (up <= left) i--;
    else j--;
  }
  const total = cost[m * cols + endJ] * 0.5;
  return {
    textStart,
    textEnd,
    cost: total,
    similarity: Math.max(0, 1 - total / m),
    alignedTo,
  };
}
