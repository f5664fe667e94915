/**
 * What to coach: each agent's checks with the lowest pass rate. Only calls where a check
 * applied count (pass + fail; "na" is ignored), and a check needs `minApplicable` such calls
 * so one unlucky call does not headline a coaching plan. Checks passed every time are left out,
 * and so are checks of weight 0 (display-only, e.g. the queue's service level: not the agent's doing).
 * Order: pass rate ascending, then heavier checks first, then more failures, then check id.
 */
import type { WeakCheck } from './types.ts';

/** Outcome counts of one check over one agent's scored calls in the period. */
export interface CheckTally {
  agentId: string;
  checkId: string;
  label: string;
  section: string;
  /** Scorecard weight (points of 100); 0 = shown, not scored. */
  weight: number;
  passed: number;
  failed: number;
  na: number;
}

export interface WeakCheckOptions {
  /** Default 3. */
  minApplicable?: number;
  /** How many checks per agent; default 3. */
  limit?: number;
}

export function weakestChecks(tallies: Iterable<CheckTally>, options: WeakCheckOptions = {}): Map<string, WeakCheck[]> {
  const minApplicable = options.minApplicable ?? 3;
  const limit = options.limit ?? 3;
  const byAgent = new Map<string, WeakCheck[]>();
  for (const t of tallies) {
    const applicable = t.passed + t.failed;
    if (applicable < minApplicable || t.failed === 0 || !(t.weight > 0)) continue;
    const list = byAgent.get(t.agentId) ?? [];
    list.push({ checkId: t.checkId, label: t.label, section: t.section, weight: t.weight, applicable, failed: t.failed, passRate: t.passed / applicable });
    byAgent.set(t.agentId, list);
  }
  for (const [agentId, list] of byAgent) {
    list.sort((a, b) => a.passRate - b.passRate || b.weight - a.weight || b.failed - a.failed || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
    byAgent.set(agentId, list.slice(0, limit));
  }
  return byAgent;
}
