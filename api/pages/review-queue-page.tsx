/**
 * The review queue page: each call with its reasons, how long it has waited and who holds it;
 * "Claim & open" posts the claim (atomic, pipeline/review/claims.ts) and opens the call page.
 */
import type { QueueItem } from '../../pipeline/review/index.ts';
import { num } from './format.ts';
import { dynamicLabel, type T } from './i18n.ts';

/** `3 d 4 h`, `2 h 5 min`, `12 min`: how long an item has waited. */
export function waitedLabel(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const h = Math.floor(m / 60);
  const d = Math.floor(h / 24);
  if (d > 0) return `${d} d ${h % 24} h`;
  if (h > 0) return `${h} h ${m % 60} min`;
  return `${m} min`;
}

export interface ReviewQueuePageProps {
  t: T;
  me: string;
  window: { from: string; to: string } | null;
  items: QueueItem[];
  error?: string;
}

export function ReviewQueuePage({ t, me, window, items, error }: ReviewQueuePageProps) {
  return (
    <>
      <h1>{t('reviewQueue')}</h1>
      {error && <div class="error" id="queue-error">{error}</div>}
      {window && <div class="small muted">{t('queueWindow')}: {window.from} – {window.to}</div>}
      <section class="card">
        <table id="queue-table">
          <thead>
            <tr><th>{t('call')}</th><th>{t('date')}</th><th>{t('agent')}</th><th class="num">{t('score')}</th><th>{t('reasons')}</th><th>{t('waited')}</th><th></th></tr>
          </thead>
          <tbody>
            {items.length === 0 && <tr><td colspan={7} class="muted">{t('noData')}</td></tr>}
            {items.map((i) => {
              const id = encodeURIComponent(i.callId);
              const mine = i.claim?.by === me;
              return (
                <tr data-call={i.callId} data-reasons={i.reasons.join(' ')}>
                  <td><a href={`/calls/${id}`}>{i.callId}</a></td>
                  <td>{i.date}</td>
                  <td>{i.agentName ?? '–'} <span class="muted small">{i.team ?? ''}</span></td>
                  <td class="num">{num(i.score)}</td>
                  <td>
                    {i.reasons.map((r) => <span class={`badge ${r === 'random-audit' ? 'o-na' : 'o-fail'} gap-left`} data-reason={r}>{dynamicLabel(t, `reason_${r}`, r)}</span>)}
                    {i.lowConfidenceChecks.length > 0 && <div class="small muted">{i.lowConfidenceChecks.join(', ')}</div>}
                  </td>
                  <td data-waited-s={String(i.waitedS)}>{waitedLabel(i.waitedS)}</td>
                  <td>
                    {mine ? (
                      <div class="filters">
                        <a class="button" href={`/calls/${id}`}>{t('openCall')}</a>
                        <form method="post" action={`/review/${id}/release`}><button type="submit">{t('releaseClaim')}</button></form>
                      </div>
                    ) : i.claim ? (
                      <span class="small muted">{t('claimedBy')} {i.claim.by}</span>
                    ) : (
                      <form method="post" action={`/review/${id}/claim`}><button type="submit" class="primary claim">{t('claimAndOpen')}</button></form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
