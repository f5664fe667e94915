/**
 * CSV exports: UTF-8 with a byte-order mark, so Excel opens Chinese names correctly. The file
 * starts with stamp lines whose first cell begins with "#" (period, filters, scorecard and
 * model versions, generation time), then the header row and the data. Parsers skip the stamp
 * with a comment option, e.g. csv-parse `{ bom: true, comment: '#', comment_no_infix: true }`.
 *
 * Formula injection: a spreadsheet runs a CSV cell that starts with `=`, `+`, `-` or `@` (and
 * some also after a leading tab or CR) as a formula, so an agent or team named
 * `=HYPERLINK("http://x","y")` would become a live link. Such string cells get a leading `'`
 * (OWASP's advice; Excel shows the text as typed). Only string cells: numbers — negative
 * scores and changes such as -3.5 — are written as numbers and stay numbers.
 */
import { stringify } from 'csv-stringify/sync';
import type { CenterKpis } from '../kpi/index.ts';
import type { Ranking } from '../rank/index.ts';
import type { VocReport } from '../voc/index.ts';
import { stampLines, type ExportStamp } from './stamp.ts';
import { kpiTable, rankingTable, vocTable, type Table } from './tables.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A string cell that a spreadsheet would run as a formula, made plain text with a leading `'`. */
export function csvSafeCell<C extends string | number>(cell: C): C | string {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function tableCsv(table: Table, stamp: ExportStamp): string {
  // Stamp values echo filters (team names), so they are escaped like data; labels start with '#'.
  const head = stampLines(stamp).map(([label, value]) => [`# ${label}`, csvSafeCell(value)]);
  const rows = table.rows.map((r) => r.map((c) => (c === null ? '' : csvSafeCell(c))));
  return stringify([...head, table.headers.map(csvSafeCell), ...rows], { bom: true, record_delimiter: 'windows' });
}

export function rankingsCsv(ranking: Ranking, stamp: ExportStamp): string {
  return tableCsv(rankingTable(ranking), stamp);
}

export function kpisCsv(kpis: CenterKpis, stamp: ExportStamp): string {
  return tableCsv(kpiTable(kpis), stamp);
}

export function vocCsv(report: VocReport, stamp: ExportStamp): string {
  return tableCsv(vocTable(report), stamp);
}
