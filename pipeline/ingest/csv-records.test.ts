import { describe, expect, it } from 'vitest';
import { csvRecords, MAX_FIELD_CHARS, type CsvRecord } from './csv-records.ts';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function records(text: string, chunkSize = 7): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of csvRecords(chunksOf(text, chunkSize))) out.push(r);
  return out;
}

const summary = (rs: CsvRecord[]) => rs.map((r) => (r.kind === 'record' ? [r.line, r.fields] : [r.line, 'error', r.fieldIndex, r.reason]));

describe('csvRecords', () => {
  it('splits fields and records with quotes, doubled quotes, CRLF and quoted newlines, numbering lines', async () => {
    const text = 'a,b,c\r\n1, two ,"th,ree"\r\n"multi\nline",x,"say ""hi"""\n\nlast,y,z';
    for (const size of [1, 3, 1000]) {
      expect(summary(await records(text, size))).toEqual([
        [1, ['a', 'b', 'c']],
        [2, ['1', 'two', 'th,ree']],
        [3, ['multi\nline', 'x', 'say "hi"']],
        [5, ['']],
        [6, ['last', 'y', 'z']],
      ]);
    }
  });

  it('rejects a row with a stray quote and goes on with the next line', async () => {
    const rs = summary(await records('h1,h2\nc1,ab"c\nc2,ok\n'));
    expect(rs[1]).toEqual([2, 'error', 1, expect.stringMatching(/stray quote/)]);
    expect(rs[2]).toEqual([3, ['c2', 'ok']]);
  });

  it('rejects text after a closing quote and goes on', async () => {
    const rs = summary(await records('"a"b,c\nd,e\n'));
    expect(rs).toEqual([[1, 'error', 0, expect.stringMatching(/after the closing quote/)], [2, ['d', 'e']]]);
  });

  it('rejects an unclosed quote on its own line and reads the lines after it as rows', async () => {
    const rs = summary(await records('h1,h2\nc1,"open\nc2,ok\nc3,ok'));
    expect(rs).toEqual([
      [1, ['h1', 'h2']],
      [2, 'error', 1, expect.stringMatching(/unclosed quote/)],
      [3, ['c2', 'ok']],
      [4, ['c3', 'ok']],
    ]);
  });

  it('rejects an over-long field (quoted or not) naming it, and goes on at the next line', async () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    const rs = summary(await records(`a,${long}\n"${long}",b\nc,d\n`, 1000));
    expect(rs).toEqual([
      [1, 'error', 1, `field longer than ${MAX_FIELD_CHARS} characters`],
      [2, 'error', 0, `field longer than ${MAX_FIELD_CHARS} characters`],
      [3, ['c', 'd']],
    ]);
    expect(summary(await records(`a,${'x'.repeat(MAX_FIELD_CHARS)}\n`, 1000))[0][1]).toHaveLength(2);
  });

  it('skips a 200 MB field without holding it: memory stays flat and the next line is read', async () => {
    const chunk = 'y'.repeat(64 * 1024);
    const CHUNKS = (200 * 1024 * 1024) / chunk.length;
    async function* huge() {
      yield 'h1,h2\nc1,';
      for (let i = 0; i < CHUNKS; i++) yield chunk;
      yield '\nc2,ok\n';
    }
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = 0;
    const out: CsvRecord[] = [];
    for await (const r of csvRecords(huge())) {
      out.push(r);
      peak = Math.max(peak, process.memoryUsage().heapUsed - heapBefore);
    }
    expect(summary(out)).toEqual([[1, ['h1', 'h2']], [2, 'error', 1, `field longer than ${MAX_FIELD_CHARS} characters`], [3, ['c2', 'ok']]]);
    expect(peak).toBeLessThan(50 * 1024 * 1024);
  });
});
