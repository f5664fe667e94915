/**
 * The per-check view of a period: how often each scorecard check passed over the center, and
 * among the agents of the top and the bottom tier — what separates them.
 */
import type { Ranking, CheckTally } from '../rank/index.ts';

export interface CheckSummary {
  checkId: string;
  section: string;
  label: string;
  /** Scorecard weight (points of 100); 0 = display only. */
  weight: number;
  passed: number;
  failed: number;
  na: number;
  /** passed / (passed + failed), 0–1; null when the check never applied. */
  passRate: number | null;
  topTierPassRate: number | null;
  bottomTierPassRate: number | null;
}

export function summarizeChecks(tallies: readonly CheckTally[], ranking: Ranking): CheckSummary[] {
  const tierOf = new Map(ranking.agents.map((a) => [a.agentId, a.tier]));
  const rows = new Map<string, CheckSummary & { top: [number, number]; bottom: [number, number] }>();
  for (const t of tallies) {
    let row = rows.get(t.checkId);
    if (!row) {
      row = { checkId: t.checkId, section: t.section, label: t.label, weight: t.weight, passed: 0, failed: 0, na: 0, passRate: null, topTierPassRate: null, bottomTierPassRate: null, top: [0, 0], bottom: [0, 0] };
      rows.set(t.checkId, row);
    }
    row.passed += t.passed;
    row.failed += t.failed;
    row.na += t.na;
    const tier = tierOf.get(t.agentId);
    if (tier === 'top' || tier === 'bottom') {
      row[tier][0] += t.passed;
      row[tier][1] += t.passed + t.failed;
    }
  }
  const ratio = (num: number, den: number) => (den > 0 ? num / den : null);
  return [...rows.values()]
    .map(({ top, bottom, ...row }) => ({
      ...row,
      passRate: ratio(row.passed, row.passed + row.failed),
      topTierPassRate: ratio(top[0], top[1]),
      bottomTierPassRate: ratio(bottom[0], bottom[1]),
    }))
    .sort((a, b) => (a.section + '\u0000' + a.checkId < b.section + '\u0000' + b.checkId ? -1 : 1));
}
