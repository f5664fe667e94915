import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CsvFileError } from './csv-file-error.ts';
import { decodeFile, type InputEncoding } from './text-decode.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-decode-'));
});

async function readAll(bytes: Buffer, encoding?: InputEncoding): Promise<string> {
  const file = join(dir, 'in.csv');
  writeFileSync(file, bytes);
  let text = '';
  for await (const chunk of decodeFile(file, encoding)) text += chunk;
  return text;
}

async function refusal(bytes: Buffer, encoding?: InputEncoding): Promise<CsvFileError> {
  const err = await readAll(bytes, encoding).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CsvFileError);
  return err as CsvFileError;
}

const TEXT = 'agent_id,surname\na1,王\na2,李\n';

describe('decodeFile', () => {
  it('reads UTF-8, with or without a byte-order mark', async () => {
    expect(await readAll(Buffer.from(TEXT))).toBe(TEXT);
    expect(await readAll(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toBe(TEXT);
  });

  it('refuses bytes that are not UTF-8, naming the file and the line of the first bad byte', async () => {
    const gb = iconv.encode(TEXT, 'gb18030');
    const err = await refusal(gb);
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/in\.csv:2: not valid UTF-8 \(byte 0x[0-9A-F]{2}\).*--encoding gb18030/);
  });

  it('names the right line when the bad byte is far into the file, past the first chunks', async () => {
    const good = Array.from({ length: 20_000 }, (_, i) => `a${i},名字${i}\n`).join(''); // > 64 KiB, multi-byte chars across chunk edges
    const err = await refusal(Buffer.concat([Buffer.from(good), Buffer.from('bad,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    expect(err.line).toBe(20_001);
    expect(await readAll(Buffer.from(good))).toBe(good);
  });

  it('refuses a file that ends inside a multi-byte character', async () => {
    const bytes = Buffer.from('a,王');
    expect((await refusal(bytes.subarray(0, bytes.length - 1))).reason).toMatch(/ends inside a multi-byte character/);
  });

  it('decodes GB18030 (and so GBK) when told to', async () => {
    expect(await readAll(iconv.encode(TEXT, 'gb18030'), 'gb18030')).toBe(TEXT);
  });

  it('reads a file that is valid UTF-8 throughout as UTF-8 even with the gb18030 option (no silent mojibake)', async () => {
    expect(await readAll(Buffer.from(TEXT), 'gb18030')).toBe(TEXT);
  });

  it('refuses bytes that are not GB18030 either, naming the line, instead of storing U+FFFD', async () => {
    const bytes = Buffer.concat([iconv.encode('a,王\nb,', 'gb18030'), Buffer.from([0x81, 0x0a])]);
    const err = await refusal(bytes, 'gb18030');
    expect(err.line).toBe(2);
    expect(err.reason).toMatch(/not valid GB18030/);
    // A four-byte sequence past U+10FFFF, which iconv-lite turns into lone surrogates.
    expect((await refusal(Buffer.from([0x61, 0x0a, 0xf2, 0x32, 0xc6, 0x38]), 'gb18030')).line).toBe(2);
  });

  it('reads UTF-16 LE and BE by their byte-order mark whatever the option says', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const enc of ['utf-8', 'gb18030'] as const) {
      expect(await readAll(le, enc)).toBe(TEXT);
      expect(await readAll(be, enc)).toBe(TEXT);
    }
  });

  it('refuses UTF-16 holding a lone surrogate (SQLite would store U+FFFD)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\nb', 'utf16le'), Buffer.from([0x3d, 0xd8]), Buffer.from('c\n', 'utf16le')]);
    const err = await refusal(bytes);
    expect(err.line).toBe(2);
    expect(err.reason).toMatch(/not valid UTF-16 LE/);
  });

  it('names the file when it does not exist', async () => {
    await expect(async () => {
      for await (const _ of decodeFile(join(dir, 'nope.csv')));
    }).rejects.toThrow(/nope\.csv: file not found/);
  });
});
