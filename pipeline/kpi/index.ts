/**
 * Entry file of pipeline/kpi/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { computeCenterKpis, kpiTargets } from './compute-kpis.ts';
export { centerKpis, readKpiCalls } from './read.ts';
export type { CenterKpis, Kpi, KpiTargets } from './types.ts';
