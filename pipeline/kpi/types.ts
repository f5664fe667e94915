/** Center KPI values. Rates are percentages 0–100; handle time is seconds; QA scores 0–100. */
import type { Tier } from '../rank/index.ts';

export type KpiId =
  | 'service_level'
  | 'abandon_rate'
  | 'first_call_resolution'
  | 'recording_success'
  | 'average_handle_time'
  | 'mean_qa_score';

export interface KpiTarget {
  /** `atLeast`: met when value ≥ target; `atMost`: met when value ≤ target. */
  comparison: 'atLeast' | 'atMost';
  value: number;
}

/** Targets per KPI; null means "reported, no target". Units as the KPI's value. */
export interface KpiTargets {
  /** Seconds in queue that still count as "answered in time"; the seed centers use 15. */
  serviceLevelThresholdS: number;
  serviceLevelPct: number | null;
  abandonRatePct: number | null;
  firstCallResolutionPct: number | null;
  recordingSuccessPct: number | null;
  averageHandleTimeS: number | null;
  meanQaScore: number | null;
}

/** The seed documents' targets: SL ≥ 85%, abandon ≤ 5%, first-call resolution ≥ 95%, recording ≥ 95%. */
export const DEFAULT_KPI_TARGETS: KpiTargets = {
  serviceLevelThresholdS: 15,
  serviceLevelPct: 85,
  abandonRatePct: 5,
  firstCallResolutionPct: 95,
  recordingSuccessPct: 95,
  averageHandleTimeS: null,
  meanQaScore: null,
};

export interface Kpi {
  id: KpiId;
  label: string;
  unit: 'percent' | 'seconds' | 'score';
  /** Null when nothing was measurable (denominator 0). */
  value: number | null;
  /** Calls counted in the numerator (rates) or the sum of the averaged field (averages). */
  numerator: number;
  /** Calls the value is computed over. */
  denominator: number;
  /** Calls of the period left out because a field this KPI needs was missing. */
  excluded: number;
  target: KpiTarget | null;
  /** Null without a target or without a value. */
  met: boolean | null;
  /** How the value is computed, in words, for the report. */
  formula: string;
  /** Counts behind the value, e.g. recording failures by health reason. */
  breakdown?: Record<string, number>;
}

export interface CenterKpis {
  /** Period label, e.g. 2026-11. */
  period: string;
  /** Manifest calls in the period (after filters). */
  calls: number;
  kpis: Kpi[];
  tierCounts: Record<Tier, number>;
}

/** What the KPI arithmetic needs of one manifest call. */
export interface KpiCall {
  callId: string;
  waitS: number | null;
  abandoned: boolean | null;
  resolved: boolean | null;
  durationS: number | null;
  /** Health reason of the call's newest audio stage result; null when the audio stage never ran. */
  recordingHealth: string | null;
}
