/**
 * Survey pages: `GET /surveys` (the survey view, filtered like `GET /api/v1/reports/surveys`;
 * analysts also get the import form and, after an import, its refused rows) and
 * `POST /surveys/import` (the form's multipart upload; the body cap is routes/surveys.ts's).
 */
import { Hono } from 'hono';
import { INPUT_ENCODINGS } from '../../pipeline/ingest/index.ts';
import { surveyImportById, surveyReport } from '../../pipeline/review/index.ts';
import { visibleTeams } from '../auth/guard.ts';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';
import { limitBodies } from '../middleware/body-limit.ts';
import { officialRule } from '../routes/evaluations.ts';
import { importUpload, SURVEY_IMPORT_PATH, SURVEY_UPLOAD_MAX_BYTES, SurveyReportQuery } from '../routes/surveys.ts';
import { reviewPage } from './calibration-page-shell.tsx';
import { translator } from './i18n.ts';
import { SurveysPage } from './surveys-page.tsx';

const ANALYSTS = new Set(['admin', 'qa']);

export function surveysPageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/surveys', async (c) => {
    const deps = c.get('deps');
    const user = c.get('user');
    const sql = deps.sql;
    const t = translator(c.get('lang'));
    const q = Object.fromEntries(Object.entries(c.req.query()).filter(([k, v]) => ['from', 'to', 'team', 'period'].includes(k) && v !== ''));
    const parsed = SurveyReportQuery.safeParse(q);
    const error = parsed.success ? c.req.query('error') : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    const report = await surveyReport(sql, parsed.success ? parsed.data : {}, {
      officialRule: officialRule(deps), visibleTeams: visibleTeams(user), withComments: user.role !== 'hr',
    });
    const canImport = ANALYSTS.has(user.role);
    const importId = c.req.query('import');
    const lastImport = canImport && importId && /^\d{1,9}$/.test(importId) ? await surveyImportById(sql, Number(importId)) : null;
    return reviewPage(c, t('surveys'), <SurveysPage t={t} report={report} canImport={canImport} lastImport={lastImport} error={error} />, parsed.success ? 200 : 400);
  });
  app.use(SURVEY_IMPORT_PATH, limitBodies(SURVEY_UPLOAD_MAX_BYTES));
  app.post(SURVEY_IMPORT_PATH, async (c) => {
    const form = await c.req.parseBody();
    const back = (why: string) => c.redirect(`/surveys?error=${encodeURIComponent(why)}#survey-import`, 303);
    if (!(form.file instanceof File)) return back('file: choose the survey CSV to import');
    const encoding = INPUT_ENCODINGS.find((e) => e === form.encoding) ?? 'utf-8';
    try {
      const summary = await importUpload(c.get('deps'), new Uint8Array(await form.file.arrayBuffer()),
        { name: form.file.name, scale: typeof form.scale === 'string' ? form.scale : '', encoding }, c.get('user').name, 'scale');
      return c.redirect(`/surveys?import=${summary.importId}#survey-import`, 303);
    } catch (err) {
      if (err instanceof ApiError && err.status < 500) return back(err.message);
      throw err;
    }
  });
  return app;
}
