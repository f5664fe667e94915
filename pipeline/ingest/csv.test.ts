import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CsvFileError, readCsv, type CsvRow } from './csv.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-csv-'));
});

async function rows(text: string): Promise<CsvRow[]> {
  const file = join(dir, 'in.csv');
  writeFileSync(file, text);
  const out: CsvRow[] = [];
  for await (const r of readCsv(file, ['id'])) out.push(r);
  return out;
}

describe('readCsv', () => {
  it('maps rows by lower-cased header name and reports malformed rows with their line and field', async () => {
    const out = await rows('ID, Name\n1,a\n2,b"c\n3\n4,d,e\n5,x\u0000y\n\n6,f\n');
    expect(out).toEqual([
      { kind: 'row', line: 2, values: { id: '1', name: 'a' } },
      { kind: 'fault', line: 3, field: 'name', reason: expect.stringMatching(/stray quote/) },
      { kind: 'fault', line: 4, reason: 'row has 1 fields, the header has 2' },
      { kind: 'fault', line: 5, reason: 'row has 3 fields, the header has 2' },
      { kind: 'fault', line: 6, field: 'name', reason: 'contains a NUL character' },
      { kind: 'row', line: 8, values: { id: '6', name: 'f' } },
    ]);
  });

  it('refuses a header that names a column twice, naming the column', async () => {
    await expect(rows('id,name,Name\n1,a,b\n')).rejects.toThrow(/in\.csv: header names column "name" twice/);
    await expect(rows('id,name,Name\n1,a,b\n')).rejects.toBeInstanceOf(CsvFileError);
  });

  it('refuses a malformed header row and an empty file', async () => {
    await expect(rows('id,"na"me\n1,a\n')).rejects.toThrow(/in\.csv:1: header row: text after the closing quote/);
    await expect(rows('')).rejects.toThrow(/in\.csv: no header row/);
  });
});
