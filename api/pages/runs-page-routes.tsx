/** The /runs page's route: the newest runs and, on Postgres, the newest run's night on the job queue. */
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { listRuns } from '../queries/runs.ts';
import { runQueueOf } from '../routes/run-queue.ts';
import { reviewPage } from './calibration-page-shell.tsx';
import { translator } from './i18n.ts';
import { RunsPage } from './runs-page.tsx';

/** Runs shown on the page: a month of nights and then some. */
const SHOWN = 40;

export function runsPageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/runs', async (c) => {
    const { sql } = c.get('deps');
    const { items } = await listRuns(sql, SHOWN, 0);
    const newest = items[0];
    const view = newest ? await runQueueOf(sql, newest.date) : undefined;
    const t = translator(c.get('lang'));
    return reviewPage(c, t('runs'), <RunsPage t={t} runs={items} queue={newest && view ? { runId: newest.id, view } : undefined} />);
  });
  return app;
}
