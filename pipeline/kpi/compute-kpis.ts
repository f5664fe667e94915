/**
 * Center KPIs from manifest calls and pipeline results: pure arithmetic, every denominator
 * written down. "Answered" means the manifest does not mark the call abandoned
 * (`abandoned` false or missing: a manifest row is a recorded call unless flagged).
 * A call missing a field a KPI needs is left out of that KPI only and counted in `excluded`.
 */
import type { Tier } from '../rank/index.ts';
import { DEFAULT_KPI_TARGETS, type CenterKpis, type Kpi, type KpiCall, type KpiTarget, type KpiTargets } from './types.ts';

export function kpiTargets(overrides: Partial<KpiTargets> = {}): KpiTargets {
  const t: KpiTargets = { ...DEFAULT_KPI_TARGETS };
  for (const [key, value] of Object.entries(overrides) as [keyof KpiTargets, number | null | undefined][]) {
    if (value === undefined) continue;
    if (value !== null && !Number.isFinite(value)) throw new Error(`KPI target ${key} must be a number or null, got ${value}`);
    if (key === 'serviceLevelThresholdS' && (value === null || value < 0)) throw new Error(`serviceLevelThresholdS must be ≥ 0 seconds, got ${value}`);
    (t as unknown as Record<string, number | null>)[key] = value;
  }
  return t;
}

export function computeCenterKpis(
  period: string,
  calls: readonly KpiCall[],
  qaScores: readonly number[],
  tierCounts: Record<Tier, number>,
  targetOverrides: Partial<KpiTargets> = {},
): CenterKpis {
  const t = kpiTargets(targetOverrides);
  const answered = calls.filter((c) => c.abandoned !== true);

  const slKnown = answered.filter((c) => c.waitS !== null);
  const abandonKnown = calls.filter((c) => c.abandoned !== null);
  const fcrKnown = answered.filter((c) => c.resolved !== null);
  const recorded = calls.filter((c) => c.recordingHealth !== null);
  const ahtKnown = answered.filter((c) => c.durationS !== null);

  const breakdown: Record<string, number> = {};
  for (const c of recorded) breakdown[c.recordingHealth!] = (breakdown[c.recordingHealth!] ?? 0) + 1;

  const kpis: Kpi[] = [
    rate('service_level', 'Service level', slKnown.filter((c) => c.waitS! <= t.serviceLevelThresholdS).length, slKnown.length,
      answered.length - slKnown.length, atLeast(t.serviceLevelPct),
      `answered calls with wait_s ≤ ${t.serviceLevelThresholdS} / answered calls with wait_s`),
    rate('abandon_rate', 'Abandon rate', abandonKnown.filter((c) => c.abandoned).length, abandonKnown.length,
      calls.length - abandonKnown.length, atMost(t.abandonRatePct),
      'calls with abandoned = true / calls with abandoned given'),
    rate('first_call_resolution', 'First-call resolution', fcrKnown.filter((c) => c.resolved).length, fcrKnown.length,
      answered.length - fcrKnown.length, atLeast(t.firstCallResolutionPct),
      'answered calls with resolved = true / answered calls with resolved given'),
    {
      ...rate('recording_success', 'Recording success rate', recorded.filter((c) => c.recordingHealth === 'ok').length, recorded.length,
        calls.length - recorded.length, atLeast(t.recordingSuccessPct),
        'processed calls whose recording health is ok / calls the audio stage processed (unprocessed calls are excluded)'),
      breakdown,
    },
    average('average_handle_time', 'Average handle time', 'seconds', ahtKnown.map((c) => c.durationS!),
      answered.length - ahtKnown.length, atMost(t.averageHandleTimeS),
      'mean duration_s of answered calls with duration_s given'),
    average('mean_qa_score', 'Mean QA score', 'score', qaScores, calls.length - qaScores.length, atLeast(t.meanQaScore),
      "mean of scored calls' scores (newest scorecard version per call); calls not scored are excluded"),
  ];
  return { period, calls: calls.length, kpis, tierCounts };
}

function rate(id: Kpi['id'], label: string, numerator: number, denominator: number, excluded: number, target: KpiTarget | null, formula: string): Kpi {
  const value = denominator > 0 ? (100 * numerator) / denominator : null;
  return { id, label, unit: 'percent', value, numerator, denominator, excluded, target, met: isMet(value, target), formula };
}

function average(id: Kpi['id'], label: string, unit: Kpi['unit'], values: readonly number[], excluded: number, target: KpiTarget | null, formula: string): Kpi {
  const sum = values.reduce((a, b) => a + b, 0);
  const value = values.length > 0 ? sum / values.length : null;
  return { id, label, unit, value, numerator: sum, denominator: values.length, excluded, target, met: isMet(value, target), formula };
}

function atLeast(value: number | null): KpiTarget | null {
  return value === null ? null : { comparison: 'atLeast', value };
}

function atMost(value: number | null): KpiTarget | null {
  return value === null ? null : { comparison: 'atMost', value };
}

function isMet(value: number | null, target: KpiTarget | null): boolean | null {
  if (value === null || target === null) return null;
  // A rate of exactly the target meets it; allow for float noise such as 84.99999999999999.
  const tolerance = 1e-9;
  return target.comparison === 'atLeast' ? value >= target.value - tolerance : value <= target.value + tolerance;
}
