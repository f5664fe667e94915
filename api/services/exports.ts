/**
 * Report files for download, made by pipeline/export exactly as `callqa export` makes them:
 * CSV (UTF-8 with BOM) and XLSX (rankings: Rankings, KPIs and Per-check sheets), each
 * stamped with period, filters, scorecard and model versions and generation time.
 */
import type { Sql } from '../../pipeline/db/index.ts';
import { readRankingWorkbook, kpisCsv, rankingsCsv, vocCsv, readStamp, kpisXlsx, rankingsXlsx, vocXlsx } from '../../pipeline/export/index.ts';
import { centerKpis, type KpiTargets } from '../../pipeline/kpi/index.ts';
import type { Period, AgentResultFilters, AgentResultOptions } from '../../pipeline/rank/index.ts';
import { vocReport } from '../../pipeline/voc/index.ts';

export type ExportFormat = 'csv' | 'xlsx';
export type Report = 'rankings' | 'kpis' | 'voc';

export interface ExportRequest {
  period: Period;
  filters: AgentResultFilters;
  rankOptions?: AgentResultOptions;
  kpiTargets?: Partial<KpiTargets>;
}

export interface ExportFile {
  body: Uint8Array | string;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function exportFile(sql: Sql, report: Report, format: ExportFormat, req: ExportRequest): Promise<ExportFile> {
  const rows = { team: req.filters.team, site: req.filters.site };
  let body: Uint8Array | string;
  if (report === 'rankings') {
    const wb = await readRankingWorkbook(sql, req.period, req.filters, req.rankOptions, req.kpiTargets);
    body = format === 'xlsx' ? await rankingsXlsx(wb) : rankingsCsv(wb.ranking, wb.stamp);
  } else {
    const stamp = await readStamp(sql, req.period, rows, req.filters.scorecardVersion);
    if (report === 'kpis') {
      const kpis = await centerKpis(sql, req.period, req.kpiTargets, req.filters, req.rankOptions);
      body = format === 'xlsx' ? await kpisXlsx(kpis, stamp) : kpisCsv(kpis, stamp);
    } else {
      const voc = await vocReport(sql, req.period, rows);
      body = format === 'xlsx' ? await vocXlsx(voc, stamp) : vocCsv(voc, stamp);
    }
  }
  const scope = [req.filters.team, req.filters.site].filter(Boolean).join('-');
  return { body, contentType: CONTENT_TYPES[format], fileName: `callqa-${report}-${req.period.label}${scope ? `-${scope}` : ''}.${format}` };
}
