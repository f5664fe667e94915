/** Nightly runs: list, detail with failures by reason, and starting a run (admin, QA). */
import { createRoute, z } from '@hono/zod-openapi';
import { conflict, notFound, notImplemented } from '../errors.ts';
import { activeLease, getRun, listRuns } from '../queries/runs.ts';
import { RunQueue, runQueueOf } from './run-queue.ts';
import { bearer, errorResponses, IsoDate, jsonContent, PagingQuery, resourceRouter } from './common.ts';

const Run = z
  .object({
    id: z.number().int(),
    date: z.string(),
    status: z.enum(['running', 'finished', 'failed', 'interrupted']).openapi({
      description: '`interrupted`: stopped by a signal, or its process stopped without a word (no heartbeat); run the date again to finish it',
    }),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    heartbeatAt: z.string().nullable().openapi({ description: 'Last heartbeat of the process running it' }),
    holder: z.string().nullable().openapi({ description: 'pid@host of the process running it' }),
    params: z.unknown(),
    summary: z.unknown(),
  })
  .openapi('Run');

const list = createRoute({
  method: 'get', path: '/runs', tags: ['runs'], security: bearer, summary: 'Runs, newest first',
  request: { query: z.object(PagingQuery) },
  responses: { 200: jsonContent(z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(Run) }), 'Runs'), ...errorResponses },
});

const detail = createRoute({
  method: 'get', path: '/runs/{runId}', tags: ['runs'], security: bearer, summary: 'A run with its failures grouped by stage and reason',
  request: { params: z.object({ runId: z.coerce.number().int().min(1).openapi({ param: { name: 'runId', in: 'path' } }) }) },
  responses: {
    200: jsonContent(Run.extend({
      failuresByReason: z.array(z.object({ stage: z.string(), reason: z.string(), count: z.number() })),
      queue: RunQueue.optional(),
    }), 'The run; `queue` when its night ran on the job queue (Postgres store)'),
    ...errorResponses,
  },
});

export const StartRunBody = z.object({
  date: IsoDate.openapi({ description: 'Service date to process', example: '2026-11-20' }),
  retryFailed: z.boolean().optional().openapi({ description: 'Also retry calls that failed in an earlier run of this date' }),
});

const start = createRoute({
  method: 'post', path: '/runs', tags: ['runs'], security: bearer,
  summary: 'Start the nightly run for a date in the background',
  request: { body: { required: true, content: { 'application/json': { schema: StartRunBody } } } },
  responses: {
    202: jsonContent(z.object({ runId: z.number().int(), status: z.literal('running') }), 'Started'),
    409: { description: 'A run for that date is in progress (it holds a live lease)' },
    501: { description: 'The server was started without run inputs (manifest, roster, recordings)' },
    ...errorResponses,
  },
});

export function runRoutes() {
  const app = resourceRouter();
  app.openapi(list, async (c) => {
    const { page, pageSize } = c.req.valid('query');
    return c.json({ page, pageSize, ...(await listRuns(c.get('deps').sql, pageSize, (page - 1) * pageSize)) }, 200);
  });
  app.openapi(detail, async (c) => {
    const { runId } = c.req.valid('param');
    const run = await getRun(c.get('deps').sql, runId);
    if (!run) throw notFound(`run ${runId}`);
    const queue = await runQueueOf(c.get('deps').sql, run.date);
    return c.json(queue ? { ...run, queue } : run, 200);
  });
  app.openapi(start, async (c) => {
    const body = c.req.valid('json');
    const { sql, runLauncher } = c.get('deps');
    if (!runLauncher) throw notImplemented('this server has no run inputs: start it with `callqa serve --manifest … --roster … --recordings …` (or --demo)');
    const lease = await activeLease(sql, body.date);
    if (lease) throw conflict(`run ${lease.runId} for ${body.date} is in progress (${lease.holder}, since ${lease.runStartedAt})`);
    const { runId } = await runLauncher.start(body);
    return c.json({ runId, status: 'running' as const }, 202);
  });
  return app;
}
