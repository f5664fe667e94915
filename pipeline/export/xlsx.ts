/**
 * XLSX exports (exceljs). Each sheet starts with the stamp (label in column A, value in B,
 * rows 1–5), a blank row, then the table: header on row 7 (frozen), data from row 8.
 * The rankings workbook holds three sheets: Rankings, KPIs, Per-check.
 */
import ExcelJS from 'exceljs';
import type { CenterKpis } from '../kpi/index.ts';
import type { Ranking } from '../rank/index.ts';
import type { VocReport } from '../voc/index.ts';
import type { CheckSummary } from './checks.ts';
import { stampLines, type ExportStamp } from './stamp.ts';
import { checkTable, kpiTable, rankingTable, vocTable, type Table } from './tables.ts';

/** Row of the header in every sheet (1-based); data starts on the next row. */
export const HEADER_ROW = 7;

export interface RankingWorkbook {
  ranking: Ranking;
  kpis: CenterKpis;
  checks: CheckSummary[];
  stamp: ExportStamp;
}

export async function rankingsXlsx(input: RankingWorkbook): Promise<Buffer> {
  const wb = workbook(input.stamp);
  addSheet(wb, 'Rankings', rankingTable(input.ranking), input.stamp);
  addSheet(wb, 'KPIs', kpiTable(input.kpis), input.stamp);
  addSheet(wb, 'Per-check', checkTable(input.checks), input.stamp);
  return toBuffer(wb);
}

export async function kpisXlsx(kpis: CenterKpis, stamp: ExportStamp): Promise<Buffer> {
  const wb = workbook(stamp);
  addSheet(wb, 'KPIs', kpiTable(kpis), stamp);
  return toBuffer(wb);
}

export async function vocXlsx(report: VocReport, stamp: ExportStamp): Promise<Buffer> {
  const wb = workbook(stamp);
  addSheet(wb, 'Voice of customer', vocTable(report), stamp);
  return toBuffer(wb);
}

function workbook(stamp: ExportStamp): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'callqa';
  wb.created = new Date(stamp.generatedAt);
  wb.title = `callqa ${stamp.period}`;
  return wb;
}

function addSheet(wb: ExcelJS.Workbook, name: string, table: Table, stamp: ExportStamp): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  stampLines(stamp).forEach(([label, value], i) => {
    ws.getCell(i + 1, 1).value = label;
    ws.getCell(i + 1, 1).font = { bold: true };
    ws.getCell(i + 1, 2).value = value;
  });
  const header = ws.getRow(HEADER_ROW);
  header.values = table.headers;
  header.font = { bold: true };
  table.rows.forEach((cells, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    cells.forEach((c, j) => {
      if (c !== null) row.getCell(j + 1).value = c;
    });
  });
  table.headers.forEach((h, j) => {
    const longest = Math.max(h.length, ...table.rows.map((r) => String(r[j] ?? '').split('\n')[0].length));
    ws.getColumn(j + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
}

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
