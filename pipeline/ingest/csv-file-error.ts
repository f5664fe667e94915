/**
 * A CSV input (manifest or roster) refused as a whole: unreadable, not valid in its encoding,
 * or a header that cannot be trusted. The night must stop on it, so the message is one line
 * that names the file (and the line, when there is one).
 */
import { UserInputError } from '../errors.ts';

export class CsvFileError extends UserInputError {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** 1-based line in the file, when the fault has one. */
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`, { code: 'csv_file_refused' });
  }
}
