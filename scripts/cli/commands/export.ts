/**
 * `callqa export rankings|kpis|voc --period P [--format xlsx|csv|json] [--out FILE] [--db FILE|URL]`:
 * HR and QA reports for a day, ISO week, month or date range. Rankings in XLSX hold three
 * sheets (Rankings, KPIs, Per-check); CSV is UTF-8 with a BOM. Every file is stamped with the
 * period, filters, scorecard and model versions and the generation time.
 */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { openStore } from '../../../pipeline/db/index.ts';
import { readRankingWorkbook, parseReportFlags, type ReportFlags, kpisCsv, rankingsCsv, vocCsv, readStamp, kpisXlsx, rankingsXlsx, vocXlsx } from '../../../pipeline/export/index.ts';
import { centerKpis } from '../../../pipeline/kpi/index.ts';
import { vocReport } from '../../../pipeline/voc/index.ts';
import { rankingOptions, reportSourceOptions, targetOption } from '../report-options.ts';
import { configFile, storeLocation } from '../locations.ts';
import { UserInputError } from '../../../pipeline/errors.ts';

type What = 'rankings' | 'kpis' | 'voc';
type Format = 'xlsx' | 'csv' | 'json';

interface ExportFlags extends ReportFlags {
  format?: string;
  out?: string;
}

export default function register(program: Command): void {
  const cmd = program
    .command('export')
    .description('Export agent rankings, center KPIs or the voice-of-the-customer report for a period (XLSX, CSV or JSON).')
    .argument('<report>', 'rankings | kpis | voc')
    .requiredOption('--period <period>', 'day 2026-11-20, ISO week 2026-W47, month 2026-11, or range 2026-11-01..2026-11-15')
    .option('--format <format>', 'xlsx | csv | json (default: from --out extension, else xlsx)')
    .option('--out <file>', 'output file (default: callqa-<report>-<period>.<format> in the current folder)');
  targetOption(rankingOptions(reportSourceOptions(cmd)))
    .action(async (report: string, flags: ExportFlags) => {
      if (!['rankings', 'kpis', 'voc'].includes(report)) throw new UserInputError(`report must be rankings, kpis or voc, got "${report}"`);
      const what = report as What;
      const format = pickFormat(flags.format, flags.out);
      const dbPath = storeLocation(flags.db, undefined, flags.config);
      const args = parseReportFlags({ ...flags, config: configFile(flags.config), db: dbPath }, dbPath);
      const out = flags.out ?? `callqa-${what}-${args.period.label}.${format}`;
      const store = await openStore(args.dbFile);
      const sql = store.sql;
      try {
        const rows = { team: args.filters.team, site: args.filters.site };
        let body: string | Buffer;
        let summary: string;
        if (what === 'rankings') {
          const wb = await readRankingWorkbook(sql, args.period, args.filters, args.options, args.targets);
          body = format === 'xlsx' ? await rankingsXlsx(wb) : format === 'csv' ? rankingsCsv(wb.ranking, wb.stamp) : json(wb);
          const t = wb.ranking.stats.tierCounts;
          summary = `${wb.ranking.agents.length} agents (top ${t.top}, middle ${t.middle}, bottom ${t.bottom}, insufficient data ${t.insufficient_data})`;
        } else if (what === 'kpis') {
          const kpis = await centerKpis(sql, args.period, args.targets, args.filters, args.options);
          const stamp = await readStamp(sql, args.period, rows, args.filters.scorecardVersion);
          body = format === 'xlsx' ? await kpisXlsx(kpis, stamp) : format === 'csv' ? kpisCsv(kpis, stamp) : json({ kpis, stamp });
          summary = `${kpis.calls} calls; ` + kpis.kpis.filter((k) => k.met !== null).map((k) => `${k.id} ${k.met ? 'met' : 'missed'}`).join(', ');
        } else {
          const voc = await vocReport(sql, args.period, rows);
          const stamp = await readStamp(sql, args.period, rows, args.filters.scorecardVersion);
          body = format === 'xlsx' ? await vocXlsx(voc, stamp) : format === 'csv' ? vocCsv(voc, stamp) : json({ voc, stamp });
          summary = `${voc.callsAnalysed} calls, ${voc.taggedTurns} tagged customer turns, ${voc.topics.length} topics`;
        }
        writeFileSync(out, body);
        console.log(`wrote ${out}: ${what} ${args.period.label}, ${summary}`);
      } finally {
        await store.close();
      }
    });
}

function pickFormat(format: string | undefined, out: string | undefined): Format {
  const chosen = format ?? out?.match(/\.(xlsx|csv|json)$/i)?.[1]?.toLowerCase() ?? 'xlsx';
  if (chosen !== 'xlsx' && chosen !== 'csv' && chosen !== 'json') throw new UserInputError(`--format must be xlsx, csv or json, got "${chosen}"`);
  return chosen;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
