/**
 * Customer surveys: `POST /surveys/import` (a survey CSV as a multipart upload, qa/admin) and
 * `GET /reports/surveys` (per agent and period: satisfaction next to the QA score and the
 * customer's ending, with their correlations; a coach sees their teams, HR no comments).
 *
 * The API takes the CSV itself as the body (Content-Type text/csv, scale in the query), so a
 * script can post a file; the page posts a multipart form (pages/surveys-page-routes.tsx).
 * Uploads may be larger than the 1 MiB every other body is held to: app.ts exempts both paths
 * from the cap before sign-in, and they are capped at SURVEY_UPLOAD_MAX_BYTES once the guard has
 * let the request through, so only a signed-in analyst can send a large body.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvFileError, INPUT_ENCODINGS } from '../../pipeline/ingest/index.ts';
import { importSurveys, parseScale, surveyReport } from '../../pipeline/review/index.ts';
import { visibleTeams } from '../auth/guard.ts';
import { badRequest } from '../errors.ts';
import { limitBodies } from '../middleware/body-limit.ts';
import { apiErrorOf, officialRule } from './evaluations.ts';
import { bearer, errorResponses, IsoDate, jsonContent, resourceRouter } from './common.ts';
import { SurveyImportSummary, SurveyReport } from './survey-schemas.ts';
import type { AppDeps } from '../context.ts';

export const SURVEY_IMPORT_PATH = '/surveys/import';
/** Paths whose bodies are capped after sign-in at SURVEY_UPLOAD_MAX_BYTES, not before it at 1 MiB: the API's and the page's. */
export const SURVEY_UPLOAD_PATHS = [`/api/v1${SURVEY_IMPORT_PATH}`, SURVEY_IMPORT_PATH];
/** 16 MiB: some 300,000 survey rows, a large center's month. */
export const SURVEY_UPLOAD_MAX_BYTES = 16 * 1024 * 1024;

export const SurveyReportQuery = z
  .object({
    from: IsoDate.optional().openapi({ description: 'First service date, included' }),
    to: IsoDate.optional().openapi({ description: 'Last service date, included' }),
    team: z.string().min(1).max(200).optional(),
    period: z.enum(['week', 'month']).default('month').openapi({ description: 'Group by ISO week or by month' }),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${q.from})` });
  });

export const ImportQuery = z.object({
  scale: z.string().min(1).max(20).openapi({ description: 'The satisfaction scale of the file, MIN-MAX', example: '1-5' }),
  encoding: z.enum(INPUT_ENCODINGS).default('utf-8').openapi({ description: 'Text encoding when the file has no byte-order mark' }),
  name: z.string().min(1).max(200).optional().openapi({ description: 'The file name to store and show (default upload.csv)', example: 'surveys-2026-11.csv' }),
});

/** Body types taken as the CSV itself (multipart is for the page's form, which CSRF checks). */
const CSV_TYPES = /^(text\/csv|application\/octet-stream|text\/plain)\b/i;

const importRoute = createRoute({
  method: 'post', path: SURVEY_IMPORT_PATH, tags: ['surveys'], security: bearer,
  summary: 'Import a post-call survey CSV (the request body, Content-Type text/csv) on a stated scale; bad rows are refused with line, field and reason, a later import replaces a call’s answer',
  request: { query: ImportQuery, body: { required: true, content: { 'text/csv': { schema: z.string().openapi({ format: 'binary', description: 'CSV: call_id,satisfaction[,comment]' }) } } } },
  responses: {
    201: jsonContent(SurveyImportSummary, 'The import, with every refused row'),
    ...errorResponses,
    413: { description: `The upload is over ${SURVEY_UPLOAD_MAX_BYTES} bytes`, content: errorResponses[400].content },
  },
});

const reportRoute = createRoute({
  method: 'get', path: '/reports/surveys', tags: ['surveys'], security: bearer,
  summary: "Per agent and period: surveys, mean satisfaction, mean QA score and negative customer endings of the surveyed calls, with Spearman correlations across calls and agents",
  request: { query: SurveyReportQuery },
  responses: { 200: jsonContent(SurveyReport, 'The survey view'), ...errorResponses },
});

/** Imports uploaded CSV bytes (written to a private temp file, read like a file on disk); shared with the page. */
export async function importUpload(deps: AppDeps, bytes: Uint8Array, form: { name?: string; scale: string; encoding: (typeof INPUT_ENCODINGS)[number] }, user: string, scaleField = 'query.scale') {
  let scale;
  try {
    scale = parseScale(form.scale, scaleField);
  } catch (err) {
    throw apiErrorOf(err);
  }
  if (bytes.length === 0) throw badRequest('body', 'empty: send the survey CSV');
  const name = form.name?.slice(0, 200) || 'upload.csv';
  const dir = await mkdtemp(join(tmpdir(), 'callqa-survey-upload-'));
  try {
    const path = join(dir, 'upload.csv');
    await writeFile(path, bytes);
    return await importSurveys(deps.sql, path, { scale, encoding: form.encoding, importedBy: user, sourceName: name });
  } catch (err) {
    if (err instanceof CsvFileError) throw badRequest('body', `${name}${err.line !== undefined ? `:${err.line}` : ''}: ${err.reason}`);
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function surveyRoutes() {
  const app = resourceRouter();
  app.use(SURVEY_IMPORT_PATH, limitBodies(SURVEY_UPLOAD_MAX_BYTES));
  app.openapi(importRoute, async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!CSV_TYPES.test(type)) throw badRequest('header.content-type', `"${type || 'none'}": send the CSV itself as the body with Content-Type text/csv`);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await importUpload(c.get('deps'), bytes, c.req.valid('query'), c.get('user').name), 201);
  });
  app.openapi(reportRoute, async (c) => {
    const user = c.get('user');
    const report = await surveyReport(c.get('deps').sql, c.req.valid('query'), {
      officialRule: officialRule(c.get('deps')), visibleTeams: visibleTeams(user), withComments: user.role !== 'hr',
    });
    return c.json(report, 200);
  });
  return app;
}
