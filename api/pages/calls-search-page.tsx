/**
 * The calls search page: a GET form (works without JavaScript; every filter is a query
 * parameter of the same name as the API's `GET /api/v1/calls`) and the results, each row
 * linking to its call page. Newest first pages by cursor; other sorts by page number.
 */
import type { CallSearchItem } from '../../pipeline/review/index.ts';
import { num } from './format.ts';
import { dynamicLabel, type T } from './i18n.ts';

export interface CallsSearchResult {
  total: number;
  /** False when counting stopped at the cap: `total` is then a lower bound, shown as "1000+". */
  totalExact?: boolean;
  page: number;
  pageSize: number;
  sort: string;
  order: string;
  nextCursor: string | null;
  items: CallSearchItem[];
}

export interface CallsSearchProps {
  t: T;
  /** The query as given (strings), to refill the form and build page links. */
  query: Record<string, string>;
  /** Teams the user may pick (a coach: their own). */
  teams: string[];
  result: CallsSearchResult | null;
  error?: string;
}

const Choice = ({ name, value, options, t, prefix }: { name: string; value?: string; options: string[]; t: T; prefix: string }) => (
  <select name={name}>
    <option value="">{t('any')}</option>
    {options.map((o) => <option value={o} selected={value === o}>{dynamicLabel(t, `${prefix}${o}`, o)}</option>)}
  </select>
);

/** The query string of another page of the same search. */
function pageLink(query: Record<string, string>, change: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...change })) if (v) params.set(k, v);
  return `/calls?${params.toString()}`;
}

export function CallsSearchPage({ t, query: q, teams, result, error }: CallsSearchProps) {
  const text = (name: string, label: string, size = 12, type = 'text') => (
    <label>{label} <input type={type} name={name} value={q[name] ?? ''} size={size} /></label>
  );
  return (
    <>
      <h1>{t('callsSearch')}</h1>
      {error && <div class="error" id="search-error">{error}</div>}
      <section class="card">
        <form class="filters wrap" method="get" action="/calls" id="calls-filter">
          {text('from', t('from'), 10, 'date')}
          {text('to', t('to'), 10, 'date')}
          <label>{t('team')} <select name="team"><option value="">{t('any')}</option>{teams.map((tm) => <option value={tm} selected={q.team === tm}>{tm}</option>)}</select></label>
          {text('agentId', t('agent'), 8)}
          {text('queue', t('queue'), 8)}
          {text('scorecardVersion', t('scorecardVersion'), 10)}
          {text('scoreMin', t('scoreMin'), 4)}
          {text('scoreMax', t('scoreMax'), 4)}
          {text('failedCheck', t('failedCheck'), 12)}
          <label>{t('autoFailed')} <select name="autoFailed"><option value="">{t('any')}</option><option value="true" selected={q.autoFailed === 'true'}>{t('yes')}</option><option value="false" selected={q.autoFailed === 'false'}>{t('no')}</option></select></label>
          <label>{t('customerEnding')} <Choice name="customerEnding" value={q.customerEnding} options={['neg', 'neu', 'pos']} t={t} prefix="ending_" /></label>
          <label>{t('reviewStatus')} <Choice name="reviewStatus" value={q.reviewStatus} options={['unreviewed', 'claimed', 'evaluated']} t={t} prefix="review_" /></label>
          <label>{t('disputeStatus')} <Choice name="disputeStatus" value={q.disputeStatus} options={['none', 'open', 'accepted', 'rejected']} t={t} prefix="dispute_" /></label>
          <label>{t('sortBy')} <select name="sort">{['date', 'score', 'agent'].map((s) => <option value={s} selected={(q.sort ?? 'date') === s}>{dynamicLabel(t, `sort_${s}`, s)}</option>)}</select></label>
          <select name="order"><option value="">–</option>{['desc', 'asc'].map((o) => <option value={o} selected={q.order === o}>{dynamicLabel(t, `order_${o}`, o)}</option>)}</select>
          <button type="submit" class="primary" id="search-submit">{t('search')}</button>
        </form>
      </section>
      {result && (
        <section class="card">
          <div class="small muted" id="calls-total">{t('totalFound')}: <span data-total={String(result.total)} data-total-exact={String(result.totalExact !== false)}>{result.total}{result.totalExact === false ? '+' : ''}</span></div>
          <table id="calls-table">
            <thead>
              <tr>
                <th>{t('date')}</th><th>{t('call')}</th><th>{t('agent')}</th><th>{t('team')}</th><th>{t('queue')}</th><th class="num">{t('score')}</th>
                <th>{t('failed')}</th><th class="num">{t('customerEnd')}</th><th>{t('reviewStatus')}</th><th>{t('disputes')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.length === 0 && <tr><td colspan={10} class="muted">{t('noData')}</td></tr>}
              {result.items.map((c) => (
                <tr data-call={c.callId}>
                  <td>{c.date}</td>
                  <td><a href={`/calls/${encodeURIComponent(c.callId)}`}>{c.callId}</a></td>
                  <td>{c.agentName ?? '–'} <span class="muted small">{c.agentId}</span></td>
                  <td>{c.team ?? '–'}</td>
                  <td>{c.queue ?? '–'}</td>
                  <td class="num">{num(c.score)}{c.autoFailed && <span class="badge o-fail gap-left">{t('autoFailed')}</span>}</td>
                  <td class="small">{c.failedChecks.join(', ')}</td>
                  <td class="num">{num(c.customerEnd, 2)}</td>
                  <td>{dynamicLabel(t, `review_${c.reviewStatus}`, c.reviewStatus)}</td>
                  <td>{c.openDisputes > 0 ? <span class="badge o-fail">{c.openDisputes} {t('dispute_open')}</span> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="filters gap-top">
            {result.sort !== 'date' && result.page > 1 && <a class="button" href={pageLink(q, { page: String(result.page - 1), after: undefined })}>{t('previousPage')}</a>}
            {result.nextCursor && <a class="button" id="next-page" href={pageLink(q, { after: result.nextCursor, page: undefined })}>{t('nextPage')}</a>}
            {result.sort !== 'date' && (result.totalExact === false || result.page * result.pageSize < result.total) && (
              <a class="button" id="next-page" href={pageLink(q, { page: String(result.page + 1) })}>{t('nextPage')}</a>
            )}
          </div>
        </section>
      )}
    </>
  );
}
