/**
 * Disputes: the /disputes page (a coach: their teams' disputes; an analyst: all, with accept and
 * reject forms on the open ones) and the dispute cell of each check on the call page (status
 * of its disputes, and for a coach the form to open one).
 */
import type { Dispute } from '../../pipeline/review/index.ts';
import { dynamicLabel, type T } from './i18n.ts';

const Status = ({ t, status }: { t: T; status: string }) => (
  <span class={`badge ${status === 'accepted' ? 'o-pass' : status === 'rejected' ? 'o-na' : 'o-fail'}`} data-status={status}>{dynamicLabel(t, `dispute_${status}`, status)}</span>
);

function History({ t, d }: { t: T; d: Dispute }) {
  return (
    <ul class="small history">
      {d.events.map((e) => <li>{e.createdAt} · {e.actor} · {dynamicLabel(t, `event_${e.action}`, e.action)}{e.body ? ` · “${e.body}”` : ''}</li>)}
    </ul>
  );
}

export interface DisputesPageProps {
  t: T;
  items: Dispute[];
  status?: string;
  /** qa / admin: accept and reject forms on open disputes. */
  canDecide: boolean;
  error?: string;
}

export function DisputesPage({ t, items, status, canDecide, error }: DisputesPageProps) {
  return (
    <>
      <h1>{t('disputes')}</h1>
      {error && <div class="error" id="disputes-error">{error}</div>}
      <form class="filters" method="get" action="/disputes">
        <label>{t('disputeStatus')} <select name="status">
          <option value="">{t('any')}</option>
          {['open', 'accepted', 'rejected'].map((s) => <option value={s} selected={status === s}>{dynamicLabel(t, `dispute_${s}`, s)}</option>)}
        </select></label>
        <button type="submit" class="primary">{t('show')}</button>
      </form>
      <section class="card">
        <table id="disputes-table">
          <thead><tr><th>#</th><th>{t('call')}</th><th>{t('check')}</th><th>{t('requestedOutcome')}</th><th>{t('reason')}</th><th>{t('status')}</th><th>{t('history')}</th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colspan={7} class="muted">{t('noData')}</td></tr>}
            {items.map((d) => (
              <tr data-dispute={String(d.id)} data-status={d.status}>
                <td>{d.id}</td>
                <td><a href={`/calls/${encodeURIComponent(d.callId)}#checks`}>{d.callId}</a><div class="small muted">{d.agentId} · {d.team}</div></td>
                <td>{d.checkId}</td>
                <td>{dynamicLabel(t, `outcome_${d.requestedOutcome}`, d.requestedOutcome)}</td>
                <td class="small">{d.reason}<div class="muted">{t('openedBy')}: {d.openedBy}</div></td>
                <td><Status t={t} status={d.status} />{d.decisionReason && <div class="small muted">“{d.decisionReason}” — {d.decidedBy}</div>}</td>
                <td>
                  <History t={t} d={d} />
                  {canDecide && d.status === 'open' && (
                    <div class="filters">
                      {(['accept', 'reject'] as const).map((decision) => (
                        <form class="stack" method="post" action={`/disputes/${d.id}/${decision}`}>
                          <textarea name="reason" rows={2} required placeholder={t('reason')}></textarea>
                          <button type="submit" class={`primary ${decision}`}>{t(decision === 'accept' ? 'acceptDispute' : 'rejectDispute')}</button>
                        </form>
                      ))}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** On the call page, under a check's outcome: its disputes, and for a coach the form to open one. */
export function CheckDisputes({ t, callId, checkId, outcome, disputes, canDispute }: {
  t: T; callId: string; checkId: string; outcome: string; disputes: Dispute[]; canDispute: boolean;
}) {
  const mine = disputes.filter((d) => d.checkId === checkId);
  const open = mine.some((d) => d.status === 'open');
  return (
    <div class="disputes small" data-check-disputes={checkId}>
      {mine.map((d) => <div><Status t={t} status={d.status} /> {t('requestedOutcome')}: {dynamicLabel(t, `outcome_${d.requestedOutcome}`, d.requestedOutcome)}</div>)}
      {canDispute && !open && (
        <details>
          <summary>{t('openDispute')}</summary>
          <form class="stack dispute-form" method="post" action={`/calls/${encodeURIComponent(callId)}/disputes`}>
            <input type="hidden" name="checkId" value={checkId} />
            <select name="requestedOutcome">
              {(['pass', 'fail', 'na'] as const).filter((o) => o !== outcome).map((o) => <option value={o}>{t(`outcome_${o}`)}</option>)}
            </select>
            <textarea name="reason" rows={2} required placeholder={t('reason')}></textarea>
            <button type="submit" class="primary">{t('openDispute')}</button>
          </form>
        </details>
      )}
    </div>
  );
}
