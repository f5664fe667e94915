/**
 * Period reports: `GET /rankings`, `GET /kpis` and `GET /voc`, each as JSON, CSV or XLSX. The
 * numbers come from pipeline/rank, pipeline/kpi and pipeline/voc; files (CSV, XLSX) from pipeline/export.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { centerKpis } from '../../pipeline/kpi/index.ts';
import { agentResults } from '../../pipeline/rank/index.ts';
import { vocReport } from '../../pipeline/voc/index.ts';
import type { AppEnv } from '../context.ts';
import { exportFile } from '../services/exports.ts';
import { resolvePeriod } from '../services/period.ts';
import { bearer, errorResponses, PeriodQuery, QueryBool, resourceRouter } from './common.ts';
import { CenterKpis, Ranking, VocReport } from './report-schemas.ts';

const ReportQuery = z.object({
  period: PeriodQuery.optional().openapi({ description: 'Default: the month of the newest scored call' }),
  team: z.string().min(1).optional(),
  site: z.string().min(1).optional(),
});
const FileQuery = ReportQuery.extend({
  format: z.enum(['json', 'csv', 'xlsx']).default('json').openapi({ description: 'json, csv (UTF-8 with BOM) or xlsx' }),
});

const fileResponses = {
  'text/csv': { schema: z.string() },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
};

const rankings = createRoute({
  method: 'get', path: '/rankings', tags: ['reports'], security: bearer,
  summary: 'Agent results for a period: adjusted score, interval, tier (top 25% / middle / bottom 25%), stars, change, weakest checks',
  request: { query: FileQuery.extend({ rankWithinFilter: QueryBool.optional().openapi({ description: 'Rank the filtered agents among themselves (default: against the whole center)' }) }) },
  responses: {
    200: { description: 'The ranking', content: { 'application/json': { schema: Ranking }, ...fileResponses } },
    ...errorResponses,
  },
});

const kpis = createRoute({
  method: 'get', path: '/kpis', tags: ['reports'], security: bearer,
  summary: 'Center KPIs for a period against their targets (service level, abandon rate, FCR, recording success, AHT, mean QA score)',
  request: { query: FileQuery },
  responses: {
    200: { description: 'The KPIs', content: { 'application/json': { schema: CenterKpis }, ...fileResponses } },
    ...errorResponses,
  },
});

const voc = createRoute({
  method: 'get', path: '/voc', tags: ['reports'], security: bearer,
  summary: 'Voice of the customer: complaints, suggestions and negative turns grouped by topic, with example quotes',
  request: { query: FileQuery },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: VocReport }, ...fileResponses } },
    ...errorResponses,
  },
});

export function reportRoutes() {
  const app = resourceRouter();
  app.openapi(rankings, async (c) => {
    const { period: text, format, team, site, rankWithinFilter } = c.req.valid('query');
    const { sql, rankOptions, kpiTargets } = c.get('deps');
    const period = await resolvePeriod(sql, text);
    if (format !== 'json') return sendFile(c, await exportFile(sql, 'rankings', format, { period, filters: { team, site, rankWithinFilter }, rankOptions, kpiTargets }));
    return c.json({ period, ...(await agentResults(sql, period, { team, site, rankWithinFilter }, rankOptions)) }, 200);
  });
  app.openapi(kpis, async (c) => {
    const { period: text, format, team, site } = c.req.valid('query');
    const { sql, rankOptions, kpiTargets } = c.get('deps');
    const period = await resolvePeriod(sql, text);
    if (format !== 'json') return sendFile(c, await exportFile(sql, 'kpis', format, { period, filters: { team, site }, rankOptions, kpiTargets }));
    return c.json(await centerKpis(sql, period, kpiTargets, { team, site }, rankOptions), 200);
  });
  app.openapi(voc, async (c) => {
    const { period: text, format, team, site } = c.req.valid('query');
    const sql = c.get('deps').sql;
    const period = await resolvePeriod(sql, text);
    if (format !== 'json') return sendFile(c, await exportFile(sql, 'voc', format, { period, filters: { team, site } }));
    return c.json(await vocReport(sql, period, { team, site }), 200);
  });
  return app;
}

function sendFile(c: Context<AppEnv>, file: { body: Uint8Array | string; contentType: string; fileName: string }): Response {
  return new Response(file.body as BodyInit, {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      // RFC 6266: ASCII fallback plus the UTF-8 name (team names may be Chinese).
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
  });
}
