/**
 * Decodes an input CSV file into text, streamed chunk by chunk, and refuses bytes that are
 * not valid in the chosen encoding instead of replacing them with U+FFFD (which would store
 * "�" for an agent's surname and let greetings pass without it).
 *
 * A byte-order mark decides the encoding whatever the option says: UTF-8, UTF-16 LE, UTF-16 BE.
 * Without one, `encoding` does: 'utf-8' (strict) or 'gb18030' (also reads GBK / GB2312 exports).
 * With 'gb18030', a file that is valid UTF-8 throughout is still read as UTF-8: Chinese text in
 * GB18030 is practically never valid UTF-8, while a UTF-8 roster next to a GBK manifest is common,
 * and decoding it as GB18030 would store mojibake without any error.
 */
import iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { CsvFileError } from './csv-file-error.ts';

export type InputEncoding = 'utf-8' | 'gb18030';

/** Encodings the option can name; UTF-16 is only taken from a byte-order mark. */
export const INPUT_ENCODINGS: readonly InputEncoding[] = ['utf-8', 'gb18030'];

/** A lone surrogate: iconv-lite passes them through from bad UTF-16 / out-of-range GB18030, and SQLite would store U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Yields the text of `file`; throws CsvFileError naming the file and line of the first bad byte. */
export async function* decodeFile(file: string, encoding: InputEncoding = 'utf-8'): AsyncGenerator<string> {
  if (encoding === 'gb18030' && (await isWhollyUtf8(file))) encoding = 'utf-8';
  const input = createReadStream(file, { highWaterMark: 64 * 1024 });
  let decoder: ChunkDecoder | undefined;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (!decoder) {
        // A BOM is at most 3 bytes and the first chunk is 64 KiB unless the file is shorter.
        decoder = pickDecoder(chunk, encoding, file);
      }
      const text = decoder.write(chunk);
      if (text) yield text;
    }
    const rest = decoder?.end();
    if (rest) yield rest;
  } catch (err) {
    if (err instanceof CsvFileError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new CsvFileError(file, 'file not found');
    if (e.code === 'EISDIR') throw new CsvFileError(file, 'is a directory, not a CSV file');
    throw new CsvFileError(file, e.message);
  } finally {
    input.destroy();
  }
}

/** Whether the file (after any UTF-8 BOM) is valid UTF-8 from end to end; streamed, native check per chunk. */
async function isWhollyUtf8(file: string): Promise<boolean> {
  const input = createReadStream(file, { highWaterMark: 64 * 1024 });
  let carry = Buffer.alloc(0);
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeLength(buf);
      if (!isUtf8(buf.subarray(0, cut))) return false;
      carry = Buffer.from(buf.subarray(cut));
    }
    return carry.length === 0;
  } catch {
    return false; // unreadable: the decoding pass reports it, naming the file
  } finally {
    input.destroy();
  }
}

interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

function pickDecoder(first: Buffer, encoding: InputEncoding, file: string): ChunkDecoder {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return new StrictUtf8(file, 3);
  if (first[0] === 0xff && first[1] === 0xfe) return new CheckedIconv(file, 'utf-16le', 'UTF-16 LE');
  if (first[0] === 0xfe && first[1] === 0xff) return new CheckedIconv(file, 'utf-16be', 'UTF-16 BE');
  return encoding === 'gb18030' ? new CheckedIconv(file, 'gb18030', 'GB18030') : new StrictUtf8(file, 0);
}

/**
 * UTF-8 validated with Node's native isUtf8 over each chunk (minus an incomplete sequence at
 * its end, carried to the next chunk). Only on failure is the bad byte located, to name its line.
 */
class StrictUtf8 implements ChunkDecoder {
  private carry = Buffer.alloc(0);
  /** Newlines (0x0A) in the bytes already passed on. */
  private newlines = 0;
  private skip: number;

  constructor(private readonly file: string, bomBytes: number) {
    this.skip = bomBytes;
  }

  write(chunk: Buffer): string {
    let buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.skip) {
      buf = buf.subarray(this.skip);
      this.skip = 0;
    }
    const cut = completeLength(buf);
    const whole = buf.subarray(0, cut);
    this.carry = Buffer.from(buf.subarray(cut));
    if (!isUtf8(whole)) this.fail(whole, firstInvalidUtf8(whole));
    this.newlines += countNewlines(whole);
    return whole.toString('utf8');
  }

  end(): string {
    if (this.carry.length) this.fail(this.carry, 0, 'the file ends inside a multi-byte character');
    return '';
  }

  private fail(buf: Buffer, at: number, why?: string): never {
    const line = this.newlines + countNewlines(buf.subarray(0, at)) + 1;
    const hex = buf[at].toString(16).padStart(2, '0').toUpperCase();
    throw new CsvFileError(
      this.file,
      `not valid UTF-8 (${why ?? `byte 0x${hex}`}); if it is a GBK/GB18030 export, use --encoding gb18030 (config ingest.encoding)`,
      line,
    );
  }
}

/** Length of `buf` without a trailing incomplete UTF-8 sequence (at most 3 bytes are held back). */
function completeLength(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = buf[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back for its lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (error path only). */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (need === 0) return i;
    if (need > 1 && !isUtf8(buf.subarray(i, i + need))) return i;
    i += need;
  }
  return Math.max(0, buf.length - 1);
}

function countNewlines(buf: Buffer): number {
  let count = 0;
  for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, i + 1)) count++;
  return count;
}

function countTextNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * iconv-lite decoding (streamed), checked: iconv-lite writes U+FFFD for a byte sequence it
 * cannot map and passes lone surrogates through, so either in its output means a bad byte.
 * (A GB18030 file that really encodes U+FFFD is refused too: a replacement character in an
 * export is itself the trace of an earlier failed conversion.)
 */
class CheckedIconv implements ChunkDecoder {
  private readonly decoder: iconv.DecoderStream;
  /** Newlines in the text already passed on. */
  private newlines = 0;
  /** A trailing high surrogate, kept until its low half arrives. */
  private pendingHigh = '';

  constructor(private readonly file: string, encoding: string, private readonly label: string) {
    this.decoder = iconv.getDecoder(encoding);
  }

  write(chunk: Buffer): string {
    return this.check(this.pendingHigh + this.decoder.write(chunk), false);
  }

  end(): string {
    return this.check(this.pendingHigh + (this.decoder.end() ?? ''), true);
  }

  private check(text: string, final: boolean): string {
    this.pendingHigh = '';
    const last = text.charCodeAt(text.length - 1);
    if (!final && last >= 0xd800 && last <= 0xdbff) {
      this.pendingHigh = text.slice(-1);
      text = text.slice(0, -1);
    }
    const bad = text.indexOf('\uFFFD');
    const lone = LONE_SURROGATE.exec(text)?.index ?? -1;
    const at = bad === -1 ? lone : lone === -1 ? bad : Math.min(bad, lone);
    if (at !== -1) {
      const line = this.newlines + countTextNewlines(text.slice(0, at)) + 1;
      throw new CsvFileError(this.file, `not valid ${this.label} (a byte sequence that maps to no character)`, line);
    }
    this.newlines += countTextNewlines(text);
    return text;
  }
}
