/**
 * Formula injection in exports: a name like `=HYPERLINK("http://x","y")` must reach HR's
 * spreadsheet as text. CSV string cells starting with = + - @ (or tab / CR) get a leading `'`;
 * numbers, negative ones included, stay numbers; XLSX writes such names as string cells, never
 * as formulas.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sql } from '../db/sql.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { parsePeriod } from '../rank/period.ts';
import { addAgent, addCall, addScore } from '../../fixtures/support/pipeline/rank-test-db.ts';
import { readRankingWorkbook } from './bundle.ts';
import { csvSafeCell, rankingsCsv, tableCsv } from './csv.ts';
import type { ExportStamp } from './stamp.ts';
import { HEADER_ROW, rankingsXlsx } from './xlsx.ts';

const HOSTILE = '=HYPERLINK("http://x","y")';
const STAMP: ExportStamp = { period: '2026-11', filters: 'team=@T1', scorecardVersions: ['v1'], modelVersions: [], generatedAt: '2026-12-01T08:00:00.000Z' };
const rowsOf = (csv: string) => parse(csv, { bom: true, comment: '#', comment_no_infix: true, relax_column_count: true }) as string[][];

/** The store of the running test (set per test by the describe.each below). */
let current: Sql;

describe('csvSafeCell', () => {
  it.each([HOSTILE, '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j with a quote', (cell) => {
    expect(csvSafeCell(cell)).toBe(`'${cell}`);
  });
  it.each(['王芳', 'a=b', '', "'quoted"])('leaves %j alone', (cell) => {
    expect(csvSafeCell(cell)).toBe(cell);
  });
  it('leaves numbers alone, negative ones included', async () => {
    expect(csvSafeCell(-3.5)).toBe(-3.5);
    expect(csvSafeCell(0)).toBe(0);
  });
});

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(async () => {
    await store().reset();
    current = store().sql;
  });

  describe('CSV export', () => {
    it('writes hostile strings as quoted text, negative numbers as numbers, and escapes stamp values', async () => {
      const csv = tableCsv({ headers: ['Name', 'Change'], rows: [[HOSTILE, -3.5], ['-5 stars', 2]] }, STAMP);
      const rows = rowsOf(csv);
      expect(rows.at(-2)).toEqual([`'${HOSTILE}`, '-3.5']);
      expect(rows.at(-1)).toEqual(["'-5 stars", '2']);
      expect(csv).toContain('# Filters,team=@T1'); // starts with a letter: nothing to escape
      // No line of the file hands a spreadsheet a cell that starts a formula.
      for (const line of parse(csv, { bom: true, relax_column_count: true }) as string[][]) {
        for (const cell of line) if (typeof cell === 'string' && cell !== '-3.5') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    });

    it('escapes an agent named with a formula in the rankings CSV and keeps it a string in XLSX', async () => {
      await addAgent(current, 'a1', HOSTILE, '+T1', 'SZ');
      await addAgent(current, 'a2', '李娜', '+T1', 'SZ');
      for (const id of ['a1', 'a2']) {
        for (let j = 0; j < 4; j++) {
          await addCall(current, { callId: `${id}-${j}`, agentId: id, date: '2026-11-10', waitS: 5, abandoned: false, resolved: true, durationS: 200 });
          await addScore(current, `${id}-${j}`, id === 'a1' ? 90 : 70, 'sc-1');
        }
      }
      const wb = await readRankingWorkbook(current, parsePeriod('2026-11'), {}, { minCalls: 4, shrinkageK: 0 }, {}, new Date('2026-12-01T08:00:00Z'));
      const rows = rowsOf(rankingsCsv(wb.ranking, wb.stamp));
      const a1 = rows.find((r) => r[1] === 'a1')!;
      expect(a1[2]).toBe(`'${HOSTILE}`);
      expect(a1[3]).toBe("'+T1");

      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await rankingsXlsx(wb)) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('Rankings')!;
      const nameCell = [HEADER_ROW + 1, HEADER_ROW + 2].map((r) => sheet.getRow(r).getCell(3)).find((c) => String(c.value).includes('HYPERLINK'))!;
      expect(nameCell.type).toBe(ExcelJS.ValueType.String);
      expect(nameCell.value).toBe(HOSTILE);
      expect(nameCell.formula).toBeUndefined();
    });
  });
});
