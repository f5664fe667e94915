/**
 * Splits decoded CSV text (RFC 4180: comma-separated, double-quoted fields with "" for a quote,
 * records ending in LF or CRLF) into records, each with the 1-based line it starts on.
 *
 * A malformed record is reported as an error for that record only, and reading goes on at the
 * line after the one the bad record started on, so one stray quote costs one row, not the
 * night. Memory is bounded whatever the input: a field over MAX_FIELD_CHARS or a record over
 * MAX_RECORD_CHARS is an error, and its text is skipped up to the next line without being kept.
 */

/** Longest field accepted, in UTF-16 code units (characters for all BMP text: names, ids, paths). */
export const MAX_FIELD_CHARS = 4096;
/** Longest record accepted (text held while a record is incomplete), in UTF-16 code units. */
export const MAX_RECORD_CHARS = 64 * 1024;
/** Most fields a record may have. */
export const MAX_FIELDS = 256;

export type CsvRecord =
  | { kind: 'record'; line: number; fields: string[] }
  /** `fieldIndex`: 0-based field the fault is in, when it is in one. */
  | { kind: 'error'; line: number; fieldIndex?: number; reason: string };

type Parsed =
  | { kind: 'incomplete' }
  | { kind: 'record'; fields: string[]; end: number; newlines: number }
  | { kind: 'error'; fieldIndex?: number; reason: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Reads records out of text chunks; see the module comment. */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  for await (const records of csvRecordBatches(chunks)) yield* records;
}

/**
 * csvRecords as one array per text chunk (~64 KiB: hundreds of records): a reader of a large
 * file then pays an async step per chunk instead of per record (issue 15's profile).
 */
export async function* csvRecordBatches(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  let buf = '';
  /** Line of buf[0]. */
  let line = 1;
  /** Skipping the rest of a bad record's first line (its text was too long to keep). */
  let skipping = false;

  function* drain(final: boolean): Generator<CsvRecord> {
    let pos = 0;
    while (pos < buf.length || (skipping && final)) {
      if (skipping) {
        const nl = buf.indexOf('\n', pos);
        if (nl === -1) {
          pos = buf.length;
          break;
        }
        skipping = false;
        line++;
        pos = nl + 1;
        continue;
      }
      const r = parseRecord(buf, pos, final);
      if (r.kind === 'incomplete') break;
      if (r.kind === 'record') {
        yield { kind: 'record', line, fields: r.fields };
        line += r.newlines;
        pos = r.end;
        continue;
      }
      yield { kind: 'error', line, fieldIndex: r.fieldIndex, reason: r.reason };
      // Go on at the line after the one this record started on.
      const nl = buf.indexOf('\n', pos);
      if (nl === -1) {
        skipping = !final;
        pos = buf.length;
      } else {
        line++;
        pos = nl + 1;
      }
    }
    buf = buf.slice(pos);
  }

  for await (const chunk of chunks) {
    buf += chunk;
    const records = [...drain(false)];
    if (buf.length > MAX_RECORD_CHARS) {
      records.push({ kind: 'error', line, reason: `record longer than ${MAX_RECORD_CHARS} characters` });
      const nl = buf.indexOf('\n');
      skipping = nl === -1;
      if (nl !== -1) line++;
      buf = nl === -1 ? '' : buf.slice(nl + 1);
      records.push(...drain(false));
    }
    if (records.length) yield records;
  }
  const last = [...drain(true)];
  if (last.length) yield last;
}

/** Parses the record starting at `start`; `final` says no more text will come. */
function parseRecord(s: string, start: number, final: boolean): Parsed {
  const fields: string[] = [];
  let newlines = 0;
  let i = start;
  const n = s.length;
  for (;;) {
    if (fields.length >= MAX_FIELDS) return { kind: 'error', reason: `more than ${MAX_FIELDS} fields` };
    const fieldIndex = fields.length;
    while (i < n && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === TAB)) i++;
    if (i < n && s.charCodeAt(i) === QUOTE) {
      // Quoted field: runs to the next quote not doubled; may hold commas and newlines.
      let value = '';
      let from = i + 1;
      i = from;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q === -1 || q + 1 === n) {
          // Cannot tell yet whether a final quote is closing or the first of a doubled pair.
          if (value.length + (n - from) > MAX_FIELD_CHARS) return tooLong(fieldIndex);
          if (!final) return { kind: 'incomplete' };
          if (q === -1) return { kind: 'error', fieldIndex, reason: 'unclosed quote (the quoted field runs to the end of the file)' };
        }
        if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
          value += s.slice(from, q + 1);
          from = i = q + 2;
          continue;
        }
        value += s.slice(from, q);
        i = q + 1;
        break;
      }
      if (value.length > MAX_FIELD_CHARS) return tooLong(fieldIndex);
      newlines += countNewlines(value);
      while (i < n && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === TAB || s.charCodeAt(i) === CR)) i++;
      fields.push(value);
      if (i === n) {
        if (!final) return { kind: 'incomplete' };
        return { kind: 'record', fields, end: n, newlines };
      }
      const c = s.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === LF) return { kind: 'record', fields, end: i + 1, newlines: newlines + 1 };
      return { kind: 'error', fieldIndex, reason: 'text after the closing quote (a quote inside a quoted field must be doubled: "")' };
    }
    // Unquoted field: runs to the next comma or end of line.
    const from = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === COMMA || c === LF) break;
      if (c === QUOTE) return { kind: 'error', fieldIndex, reason: 'stray quote inside an unquoted field (quote the whole field and double the quote: "")' };
      i++;
    }
    if (i - from > MAX_FIELD_CHARS + 1) return tooLong(fieldIndex); // +1: a CR before the LF
    if (i === n && !final) return { kind: 'incomplete' };
    const value = s.slice(from, i).trim();
    if (value.length > MAX_FIELD_CHARS) return tooLong(fieldIndex);
    fields.push(value);
    if (i === n) return { kind: 'record', fields, end: n, newlines };
    if (s.charCodeAt(i) === LF) return { kind: 'record', fields, end: i + 1, newlines: newlines + 1 };
    i++; // comma
  }
}

const tooLong = (fieldIndex: number): Parsed => ({ kind: 'error', fieldIndex, reason: `field longer than ${MAX_FIELD_CHARS} characters` });

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
