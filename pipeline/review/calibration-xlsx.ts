/**
 * The calibration report as XLSX (exceljs), in pipeline/export/xlsx.ts's layout: a stamp
 * (label in column A, value in B, rows 1–5), a blank row, the header on row 7 (frozen), data
 * from row 8. Two sheets: "Per check" (figures, intervals, verdicts, confusion counts) and
 * "Disagreements" (each call where the check and the analyst differ).
 */
import ExcelJS from 'exceljs';
import type { CalibrationReport } from './calibration-report.ts';

export const CALIBRATION_HEADER_ROW = 7;

type Cell = string | number | null;

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

export async function calibrationXlsx(report: CalibrationReport, generatedAt: Date = new Date()): Promise<Buffer> {
  const stamp: [string, string][] = [
    ['Report', 'Calibration: automatic checks vs human evaluations'],
    ['Filters', [report.filters.scorecardVersion && `scorecardVersion=${report.filters.scorecardVersion}`, report.filters.from && `from=${report.filters.from}`, report.filters.to && `to=${report.filters.to}`].filter(Boolean).join(', ') || 'all evaluated calls'],
    ['Evaluated calls', String(report.evaluatedCalls)],
    ['Large enough', `95% Wilson interval half-width ≤ ${report.maxHalfWidth * 100} points`],
    ['Generated', generatedAt.toISOString()],
  ];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'callqa';
  wb.created = generatedAt;
  wb.title = 'callqa calibration';

  const perCheck = report.checks.map((c): Cell[] => [
    c.scorecardVersion, c.section, c.checkId, c.label, c.n,
    pct(c.agreement.value), pct(c.agreement.low), pct(c.agreement.high), c.agreement.largeEnough ? 'yes' : 'no',
    r3(c.kappa),
    pct(c.fail.precision.value), pct(c.fail.precision.low), pct(c.fail.precision.high), c.fail.precision.n,
    pct(c.fail.recall.value), pct(c.fail.recall.low), pct(c.fail.recall.high), c.fail.recall.n,
    ...c.confusion.flat(),
    c.disagreements.length,
  ]);
  const confusionHeaders = ['pass', 'fail', 'na'].flatMap((a) => ['pass', 'fail', 'na'].map((h) => `auto ${a} / human ${h}`));
  addSheet(wb, 'Per check', stamp, [
    'Scorecard version', 'Section', 'Check', 'Label', 'n',
    'Agreement %', 'Agreement low %', 'Agreement high %', 'Large enough',
    "Cohen's kappa",
    'Fail precision %', 'Precision low %', 'Precision high %', 'Automatic fails',
    'Fail recall %', 'Recall low %', 'Recall high %', 'Human fails',
    ...confusionHeaders,
    'Disagreements',
  ], perCheck);
  addSheet(wb, 'Disagreements', stamp, ['Scorecard version', 'Check', 'Call', 'Date', 'Automatic', 'Human', 'Evaluator'],
    report.checks.flatMap((c) => c.disagreements.map((d): Cell[] => [c.scorecardVersion, c.checkId, d.callId, d.date, d.automatic, d.human, d.evaluator])));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: ExcelJS.Workbook, name: string, stamp: [string, string][], headers: string[], rows: Cell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: CALIBRATION_HEADER_ROW }] });
  stamp.forEach(([label, value], i) => {
    ws.getCell(i + 1, 1).value = label;
    ws.getCell(i + 1, 1).font = { bold: true };
    ws.getCell(i + 1, 2).value = value;
  });
  const header = ws.getRow(CALIBRATION_HEADER_ROW);
  header.values = headers;
  header.font = { bold: true };
  rows.forEach((cells, i) => {
    const row = ws.getRow(CALIBRATION_HEADER_ROW + 1 + i);
    cells.forEach((c, j) => {
      if (c !== null) row.getCell(j + 1).value = c;
    });
  });
  headers.forEach((h, j) => {
    const longest = Math.max(h.length, ...rows.map((r) => String(r[j] ?? '').length));
    ws.getColumn(j + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
}
