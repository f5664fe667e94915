/**
 * Entry file of pipeline/export/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { readRankingWorkbook } from './bundle.ts';
export { parseReportFlags, type ReportFlags } from './cli-flags.ts';
export { kpisCsv, rankingsCsv, vocCsv } from './csv.ts';
export { readStamp } from './stamp.ts';
export { round2 } from './tables.ts';
export { textTable } from './text-table.ts';
export { kpisXlsx, rankingsXlsx, vocXlsx } from './xlsx.ts';
