/**
 * The /runs page (admin, QA): the nightly runs, newest first, and — for a night run on the job
 * queue (Postgres store) — its figures as `callqa status` prints them: calls done / failed / in
 * progress, queue depth per stage group, throughput, workers alive and the estimated finish.
 */
import type { RunRow } from '../queries/runs.ts';
import type { RunQueueView } from '../routes/run-queue.ts';
import type { T } from './i18n.ts';

export interface RunsPageProps {
  t: T;
  runs: RunRow[];
  /** The newest run's night on the queue, when it ran there. */
  queue?: { runId: number; view: RunQueueView };
}

const countsOf = (summary: unknown) => (summary as { calls?: { done?: number; failed?: number } } | null)?.calls;

function QueuePanel({ t, runId, q }: { t: T; runId: number; q: RunQueueView }) {
  return (
    <section class="run-queue" data-run={runId}>
      <h2>{t('jobQueue')} · {q.date}</h2>
      <p>
        {t('callsDone')} <b data-k="done">{q.calls.done}</b> · {t('callsFailed')} <b data-k="failed">{q.calls.failed}</b> · {t('callsInProgress')}{' '}
        <b data-k="inProgress">{q.calls.inProgress}</b> / {q.calls.total}
      </p>
      <table>
        <thead><tr><th>{t('stageGroup')}</th><th>{t('jobsWaiting')}</th><th>{t('jobsRunning')}</th><th>{t('perMinute')}</th></tr></thead>
        <tbody>
          {(['cpu', 'asr'] as const).map((g) => (
            <tr data-group={g}><td>{g}</td><td>{q.groups[g].waiting}</td><td>{q.groups[g].running}</td><td>{q.groups[g].perMinute.toFixed(1)}</td></tr>
          ))}
        </tbody>
      </table>
      <p class="small">{Object.entries(q.stagesPerMinute).map(([stage, r]) => `${stage} ${r.toFixed(1)}/min`).join(' · ')}</p>
      <p>{t('workersAlive')}: <b data-k="workers">{q.workers.length}</b> · {t('estimatedFinish')}: <span data-k="finish">{q.calls.inProgress === 0 ? '—' : (q.estimatedFinish ?? t('unknown'))}</span></p>
    </section>
  );
}

export function RunsPage({ t, runs, queue }: RunsPageProps) {
  return (
    <main>
      <h1>{t('runs')}</h1>
      {queue && <QueuePanel t={t} runId={queue.runId} q={queue.view} />}
      {runs.length === 0 ? <p>{t('noRuns')}</p> : (
        <table class="runs">
          <thead><tr><th>#</th><th>{t('date')}</th><th>{t('runStatus')}</th><th>{t('runStarted')}</th><th>{t('runFinished')}</th><th>{t('callsDone')}</th><th>{t('callsFailed')}</th></tr></thead>
          <tbody>
            {runs.map((r) => (
              <tr data-run={r.id}>
                <td>{r.id}</td><td>{r.date}</td><td>{r.status}</td><td>{r.startedAt}</td><td>{r.finishedAt ?? ''}</td>
                <td>{countsOf(r.summary)?.done ?? ''}</td><td>{countsOf(r.summary)?.failed ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
