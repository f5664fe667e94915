/**
 * Entry file of pipeline/ingest/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { CsvFileError, readCsv, type CsvRow } from './csv.ts';
export { ingest, type IngestSummary } from './ingest.ts';
export { formatReject, type Reject } from './reject.ts';
export { INPUT_ENCODINGS, type InputEncoding } from './text-decode.ts';
