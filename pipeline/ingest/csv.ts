/**
 * Streams a UTF-8 CSV with a header row (a byte-order mark is allowed, as Excel writes one)
 * and yields each record with its 1-based line number in the file (the header is line 1), so
 * every rejection can name the line a person would look at.
 */
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';

export interface CsvRow {
  /** 1-based line number where the record starts. */
  line: number;
  values: Record<string, string>;
}

export class CsvFileError extends Error {}

/** Yields the data rows of `file`. Throws CsvFileError (naming the file) when it can't be read at all. */
export async function* readCsv(file: string, requiredColumns: readonly string[]): AsyncGenerator<CsvRow> {
  const input = createReadStream(file);
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim().toLowerCase());
        const missing = requiredColumns.filter((c) => !names.includes(c));
        if (missing.length) throw new CsvFileError(`${file}: header lacks required column(s) ${missing.join(', ')}`);
        return names;
      },
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }),
  );
  // pipe() does not forward a read error (e.g. ENOENT) to the parser; do it so the loop below throws.
  input.on('error', (err) => parser.destroy(err));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: info.lines, values: record };
    }
  } catch (err) {
    if (err instanceof CsvFileError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new CsvFileError(`${file}: file not found`);
    throw new CsvFileError(`${file}: ${e.message}`);
  }
}
