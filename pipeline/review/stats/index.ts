/** Agreement statistics for calibration: kappa, Wilson intervals, fail detection. */
export { agreementRate, cohenKappa, cohenKappaFromTable, confusion, fleissKappa } from './kappa.ts';
export { failDetection, type FailDetection } from './fail-detection.ts';
export { largeEnough, MAX_HALF_WIDTH, wilson, Z_95, type Proportion } from './wilson.ts';
