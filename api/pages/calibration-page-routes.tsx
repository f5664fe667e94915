/**
 * Calibration pages: `GET /calibration` (the report, filtered like the API, with the session
 * list and a form to start one), its session form post, and `GET /calibration/sessions/{id}`.
 */
import { Hono } from 'hono';
import { calibrationReport, createSession, listSessions, sessionView } from '../../pipeline/review/index.ts';
import type { AppEnv } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { CalibrationQuery } from '../routes/calibration.ts';
import { apiErrorOf } from '../routes/evaluations.ts';
import { NewSession } from '../routes/review-schemas.ts';
import { CalibrationPage } from './calibration-page.tsx';
import { reviewPage } from './calibration-page-shell.tsx';
import { CalibrationSessionPage } from './calibration-session-page.tsx';
import { translator } from './i18n.ts';

export function calibrationPageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/calibration', async (c) => {
    const sql = c.get('deps').sql;
    const t = translator(c.get('lang'));
    const q = Object.fromEntries(Object.entries(c.req.query()).filter(([k, v]) => ['scorecardVersion', 'from', 'to'].includes(k) && v !== ''));
    const parsed = CalibrationQuery.safeParse(q);
    const error = parsed.success ? c.req.query('error') : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    const { format: _format, ...filters } = parsed.success ? parsed.data : { format: 'json' };
    const report = await calibrationReport(sql, filters);
    return reviewPage(c, t('calibration'), <CalibrationPage t={t} report={report} sessions={await listSessions(sql)} error={error} />, parsed.success ? 200 : 400);
  });
  app.post('/calibration/sessions', async (c) => {
    const form = await c.req.parseBody();
    const callIds = typeof form.callIds === 'string' ? form.callIds.split(/[\s,]+/).filter(Boolean) : [];
    const parsed = NewSession.safeParse({ name: form.name, callIds });
    const back = (why: string) => c.redirect(`/calibration?error=${encodeURIComponent(why)}#sessions`, 303);
    if (!parsed.success) return back(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    try {
      const s = await createSession(c.get('deps').sql, { ...parsed.data, createdBy: c.get('user').name });
      return c.redirect(`/calibration/sessions/${s.id}`, 303);
    } catch (err) {
      const api = apiErrorOf(err);
      if (api instanceof ApiError && api.status < 500) return back(api.message);
      throw api;
    }
  });
  app.get('/calibration/sessions/:id', async (c) => {
    const id = c.req.param('id');
    const s = /^\d{1,9}$/.test(id) ? await sessionView(c.get('deps').sql, Number(id)) : null;
    if (!s) throw notFound(`calibration session ${id}`);
    return reviewPage(c, `${translator(c.get('lang'))('sessions')} #${s.id}`, <CalibrationSessionPage t={translator(c.get('lang'))} s={s} />);
  });
  return app;
}
