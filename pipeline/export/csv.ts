/**
 * CSV exports: UTF-8 with a byte-order mark, so Excel opens Chinese names correctly. The file
 * starts with stamp lines whose first cell begins with "#" (period, filters, scorecard and
 * model versions, generation time), then the header row and the data. Parsers skip the stamp
 * with a comment option, e.g. csv-parse `{ bom: true, comment: '#', comment_no_infix: true }`.
 */
import { stringify } from 'csv-stringify/sync';
import type { CenterKpis } from '../kpi/types.ts';
import type { Ranking } from '../rank/types.ts';
import type { VocReport } from '../voc/report.ts';
import { stampLines, type ExportStamp } from './stamp.ts';
import { kpiTable, rankingTable, vocTable, type Table } from './tables.ts';

export function tableCsv(table: Table, stamp: ExportStamp): string {
  const head = stampLines(stamp).map(([label, value]) => [`# ${label}`, value]);
  return stringify([...head, table.headers, ...table.rows.map((r) => r.map((c) => (c === null ? '' : c)))], { bom: true, record_delimiter: 'windows' });
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
