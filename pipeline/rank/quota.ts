/**
 * Sampling that serves ranking: how many extra calls to sample tomorrow per agent, so that
 * agents who cannot yet be placed in a tier get measured better, within a daily budget.
 *
 * An agent asks for calls while
 *   - it has fewer than `minCalls` scored calls (it cannot be tiered at all), or
 *   - its interval half-width is above `targetHalfWidth` and (with `onlyNearCuts`, the
 *     default) the interval still reaches across a tier cut — the score halfway between the
 *     last agent of one tier and the first of the next; an agent far from any cut is placed
 *     already, however wide its interval.
 * The budget is handed out one call at a time to the agent whose interval would then still be
 * widest (agents with no scored call first), so the budget spreads instead of going to one
 * agent. A projected half-width shrinks as √((n + k) / (n + extra + k)), the same law as the
 * interval itself (see shrinkage.ts). Ties go to the lower agent_id, so the result is reproducible.
 */
import { DEFAULT_RANK_OPTIONS, type AgentResult } from './types.ts';

export interface QuotaOptions {
  /** Extra calls for the whole center, ≥ 0. */
  budget: number;
  /** Interval half-width (score points) at which an agent counts as measured. */
  targetHalfWidth: number;
  /** Agents below this many scored calls always ask for calls; default DEFAULT_RANK_OPTIONS.minCalls. */
  minCalls?: number;
  /** Ask only where the interval crosses a tier cut; default true. */
  onlyNearCuts?: boolean;
  /** At most this many extra calls per agent (e.g. calls an agent takes in a day); default unlimited. */
  maxPerAgent?: number;
}

interface Candidate {
  agent: AgentResult;
  extra: number;
  priority: number;
}

/** Map agent_id → extra calls (> 0 only), largest first then by agent_id. */
export function extraSampleQuota(agentResults: readonly AgentResult[], options: QuotaOptions): Map<string, number> {
  const { budget, targetHalfWidth } = options;
  if (!Number.isInteger(budget) || budget < 0) throw new Error(`budget must be an integer ≥ 0, got ${budget}`);
  if (!(targetHalfWidth > 0)) throw new Error(`targetHalfWidth must be > 0 score points, got ${targetHalfWidth}`);
  const minCalls = options.minCalls ?? DEFAULT_RANK_OPTIONS.minCalls;
  const maxPerAgent = options.maxPerAgent ?? Infinity;
  const cuts = options.onlyNearCuts === false ? [] : tierCuts(agentResults);

  const projectedHalfWidth = (a: AgentResult, extra: number): number => {
    if (a.scoredCalls + extra === 0) return Infinity;
    if (a.interval === null) return Infinity; // never scored: only the minimum is known to be needed
    return a.interval.halfWidth * Math.sqrt((a.scoredCalls + a.shrinkageK) / (a.scoredCalls + extra + a.shrinkageK));
  };
  const wantsMore = (a: AgentResult, extra: number): boolean => {
    if (extra >= maxPerAgent) return false;
    if (a.scoredCalls + extra < minCalls) return true;
    if (a.adjustedScore === null) return false;
    const hw = projectedHalfWidth(a, extra);
    if (hw <= targetHalfWidth) return false;
    return cuts.length === 0 || cuts.some((cut) => Math.abs(a.adjustedScore! - cut) < hw);
  };

  // Widest first; among equals (e.g. agents never scored) the one given fewer so far, then agent_id.
  const heap = new MaxHeap<Candidate>((x, y) =>
    x.priority !== y.priority
      ? x.priority > y.priority
      : x.extra !== y.extra
        ? x.extra < y.extra
        : x.agent.agentId < y.agent.agentId,
  );
  for (const agent of agentResults) {
    if (wantsMore(agent, 0)) heap.push({ agent, extra: 0, priority: projectedHalfWidth(agent, 0) });
  }
  const quota = new Map<string, number>();
  for (let left = budget; left > 0 && heap.size > 0; left--) {
    const c = heap.pop()!;
    c.extra++;
    quota.set(c.agent.agentId, c.extra);
    if (wantsMore(c.agent, c.extra)) heap.push({ ...c, priority: projectedHalfWidth(c.agent, c.extra) });
  }
  return new Map([...quota].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/**
 * Scores halfway between neighbouring tiers among tiered agents: [top|middle, middle|bottom].
 * Empty when there is no top tier (fewer than 4 tiered agents).
 */
export function tierCuts(agentResults: readonly AgentResult[]): number[] {
  const tiered = agentResults
    .filter((a) => a.rank !== null && a.adjustedScore !== null)
    .sort((a, b) => a.rank! - b.rank!);
  const cuts: number[] = [];
  for (let i = 1; i < tiered.length; i++) {
    if (tiered[i].tier !== tiered[i - 1].tier) cuts.push((tiered[i].adjustedScore! + tiered[i - 1].adjustedScore!) / 2);
  }
  return cuts;
}

/** Minimal binary heap; `before(x, y)` is true when x should come out first. */
class MaxHeap<T> {
  private items: T[] = [];
  constructor(private readonly before: (x: T, y: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < a.length && this.before(a[l], a[best])) best = l;
        if (r < a.length && this.before(a[r], a[best])) best = r;
        if (best === i) break;
        [a[i], a[best]] = [a[best], a[i]];
        i = best;
      }
    }
    return top;
  }
}
