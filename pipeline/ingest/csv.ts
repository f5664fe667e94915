/**
 * Streams a CSV with a header row and yields each data row with the 1-based line it starts on
 * (the header is line 1), so every rejection can name the line a person would look at.
 *
 * Faults are kept to the smallest scope that is honest: a malformed row (stray or unclosed
 * quote, wrong field count, an over-long field, a NUL character) is one `fault` row and
 * reading goes on; a file that cannot be trusted at all (unreadable, not valid in its
 * encoding, a header with a duplicated or missing column) throws CsvFileError naming it.
 */
import { CsvFileError } from './csv-file-error.ts';
import { csvRecordBatches, csvRecords, type CsvRecord } from './csv-records.ts';
import { decodeFile, type InputEncoding } from './text-decode.ts';

export { CsvFileError };

export type CsvRow =
  /** A well-formed row: values by lower-cased header name. */
  | { kind: 'row'; line: number; values: Record<string, string> }
  /** A malformed row: `field` names the column the fault is in, when it is in one. */
  | { kind: 'fault'; line: number; field?: string; reason: string };

export interface ReadCsvOptions {
  /** How bytes are decoded when the file has no byte-order mark (default 'utf-8', strict). */
  encoding?: InputEncoding;
}

/** Yields the data rows of `file`. Throws CsvFileError (naming the file) when it can't be read as a whole. */
export async function* readCsv(file: string, requiredColumns: readonly string[], opts: ReadCsvOptions = {}): AsyncGenerator<CsvRow> {
  for await (const rows of readCsvBatches(file, requiredColumns, opts)) yield* rows;
}

/** readCsv as one array of rows per chunk of the file (an async step per chunk, not per row); the same rows and throws. */
export async function* readCsvBatches(file: string, requiredColumns: readonly string[], opts: ReadCsvOptions = {}): AsyncGenerator<CsvRow[]> {
  let header: string[] | undefined;
  for await (const records of csvRecordBatches(decodeFile(file, opts.encoding))) {
    const rows: CsvRow[] = [];
    for (const rec of records) {
      if (!header) {
        if (rec.kind === 'error') throw new CsvFileError(file, `header row: ${rec.reason}`, rec.line);
        if (isBlank(rec.fields)) continue;
        header = checkHeader(file, rec.fields, requiredColumns);
        continue;
      }
      const row = toRow(rec, header);
      if (row) rows.push(row);
    }
    if (rows.length) yield rows;
  }
  if (!header) throw new CsvFileError(file, 'no header row (the file is empty)');
}

/** A data record as a row or fault; undefined for a blank line (skipped). */
function toRow(rec: CsvRecord, header: string[]): CsvRow | undefined {
  if (rec.kind === 'error') {
    return { kind: 'fault', line: rec.line, field: rec.fieldIndex === undefined ? undefined : columnName(header, rec.fieldIndex), reason: rec.reason };
  }
  if (isBlank(rec.fields)) return undefined;
  if (rec.fields.length !== header.length) {
    return { kind: 'fault', line: rec.line, reason: `row has ${rec.fields.length} fields, the header has ${header.length}` };
  }
  const nul = rec.fields.findIndex((f) => f.includes('\u0000'));
  if (nul !== -1) return { kind: 'fault', line: rec.line, field: columnName(header, nul), reason: 'contains a NUL character' };
  const values: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) if (header[i]) values[header[i]] = rec.fields[i];
  return { kind: 'row', line: rec.line, values };
}

/**
 * Checks that `file` would not be refused as a whole (readable, valid in its encoding to the
 * last byte, header sound) without parsing its rows: ingest runs it before storing anything.
 * Throws CsvFileError as readCsv would.
 */
export async function checkCsvFile(file: string, requiredColumns: readonly string[], opts: ReadCsvOptions = {}): Promise<void> {
  const text = decodeFile(file, opts.encoding)[Symbol.asyncIterator]();
  // No `return` on this view: leaving the header loop below must not close the file.
  const view: AsyncIterable<string> = { [Symbol.asyncIterator]: () => ({ next: () => text.next() }) };
  let header = false;
  for await (const rec of csvRecords(view)) {
    if (rec.kind === 'error') throw new CsvFileError(file, `header row: ${rec.reason}`, rec.line);
    if (isBlank(rec.fields)) continue;
    checkHeader(file, rec.fields, requiredColumns);
    header = true;
    break;
  }
  if (!header) throw new CsvFileError(file, 'no header row (the file is empty)');
  while (!(await text.next()).done); // decode the rest: a bad byte anywhere refuses the file
}

/** A blank line reads as one empty field. */
const isBlank = (fields: string[]): boolean => fields.length === 1 && fields[0] === '';

const columnName = (header: string[], index: number): string => header[index] || `column ${index + 1}`;

function checkHeader(file: string, fields: string[], required: readonly string[]): string[] {
  const names = fields.map((h) => h.trim().toLowerCase());
  const seen = new Set<string>();
  for (const name of names) {
    // Two columns with one name: which one holds the data is a guess, so the file is refused.
    if (name && seen.has(name)) throw new CsvFileError(file, `header names column "${name}" twice`);
    seen.add(name);
  }
  const missing = required.filter((c) => !seen.has(c));
  if (missing.length) throw new CsvFileError(file, `header lacks required column(s) ${missing.join(', ')}`);
  return names;
}
