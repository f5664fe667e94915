/**
 * Entry file of pipeline/run/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { buildComponents, type ComponentParts } from './build-components.ts';
export type { Components } from './components.ts';
export { DEMO, demoHistoryDir, historyLine, runDemoHistory } from './demo-db.ts';
export { demoReviewLine, seedDemoReview } from './demo-review/seed-demo-review.ts';
export { effectiveRunStatus, LeaseHeldError, liveLease, type Lease } from './lease.ts';
export { NightInputError } from './night-inputs.ts';
export { processCall, type CallOutcome } from './process-call.ts';
export { runNight, type RunProgress } from './run-night.ts';
export { runOptionsFromConfig } from './run-options.ts';
export { brandFor } from './score-stage.ts';
export type { RunSummary } from './summary.ts';
