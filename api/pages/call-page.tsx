/**
 * The call page: audio player, score, checks with evidence (clicking evidence with a time
 * seeks the player there and plays), sentiment curve, transcript by speaker, notes, and
 * the correction form with the call's audit trail.
 */
import type { AuditRecord } from '../queries/audit.ts';
import type { Dispute } from '../../pipeline/review/index.ts';
import { CheckDisputes } from './disputes-page.tsx';
import type { CallDetail } from '../queries/call-detail.ts';
import type { Note } from '../queries/notes.ts';
import { SentimentCurve } from './charts/sentiment-curve.tsx';
import { clock, num } from './format.ts';
import { dynamicLabel, type T } from './i18n.ts';
import { OutcomeBadge } from './parts.tsx';

/** Seek-and-play for every `[data-seek]` element; highlights the transcript turn being heard. */
const CLIENT_SCRIPT = `
(function () {
  var player = document.getElementById('player');
  if (!player) return;
  function seek(t) {
    var go = function () { player.currentTime = t; var p = player.play(); if (p && p.catch) p.catch(function () {}); };
    if (player.readyState >= 1) go(); else { player.addEventListener('loadedmetadata', go, { once: true }); player.load(); }
  }
  document.addEventListener('click', function (e) {
    var el = e.target.closest ? e.target.closest('[data-seek]') : null;
    if (!el) return;
    e.preventDefault();
    seek(parseFloat(el.getAttribute('data-seek')));
  });
  var turns = Array.prototype.slice.call(document.querySelectorAll('.turn[data-start]'));
  player.addEventListener('timeupdate', function () {
    var now = player.currentTime;
    turns.forEach(function (el) {
      var on = now >= parseFloat(el.getAttribute('data-start')) && now < parseFloat(el.getAttribute('data-end'));
      el.classList.toggle('playing', on);
    });
  });
})();
`;

export interface CallPageProps {
  t: T;
  d: CallDetail;
  notes: Note[];
  audit: AuditRecord[];
  error?: string;
  /** CSP nonce of this response (middleware/security-headers.ts): lets the seek script run. */
  nonce?: string;
  /** The user may fill in a human evaluation (qa, admin): shows the link to the form. */
  canEvaluate?: boolean;
  /** The call's disputes, shown under each check's outcome. */
  disputes?: Dispute[];
  /** The user may dispute a check result (coach, admin): shows the form. */
  canDispute?: boolean;
}

export function CallPage({ t, d, notes, audit, error, nonce, canEvaluate, disputes, canDispute }: CallPageProps) {
  const id = encodeURIComponent(d.call.callId);
  const durationS = d.call.durationS ?? d.transcript?.segments.at(-1)?.end ?? 0;
  return (
    <>
      <h1>{t('call')} {d.call.callId} <span class="muted small">{d.agent ? <a href={`/agents/${encodeURIComponent(d.agent.agentId)}`}>{d.agent.name}</a> : null} · {d.agent?.team}</span></h1>
      {error && <div class="error" role="alert">{error}</div>}
      <section class="card meta">
        <div><span>{t('date')}</span>{d.call.startedAt}</div>
        <div><span>{t('duration')}</span>{clock(d.call.durationS)}</div>
        <div><span>{t('wait')}</span>{d.call.waitS === null ? '–' : `${d.call.waitS} s`}</div>
        <div><span>{t('resolved')}</span>{d.call.resolved === null ? '–' : d.call.resolved ? t('yes') : t('no')}</div>
        <div><span>{t('status')}</span>{d.call.status}</div>
        <div><span>{t('health')}</span>{d.health?.reason ?? '–'}</div>
      </section>
      <div class="grid">
        <section class="card">
          <h2>{t('score')}</h2>
          {d.score ? (
            <div>
              <div class={`score-big${d.score.autoFailed ? ' fail' : ''}`} id="call-score">{num(d.score.score)}</div>
              {d.score.autoFailed && <div class="small">{t('autoFailed')}: {d.score.autoFailReasons.join('; ')}</div>}
              {d.score.automaticScore !== d.score.score && <div class="small muted">{t('automaticScore')}: {num(d.score.automaticScore)}</div>}
              <div class="small muted">{d.score.scorecardId} · {d.score.scorecardVersion.slice(0, 12)}</div>
              {canEvaluate && <a href={`/calls/${id}/evaluation`} id="evaluate-link" class="small">{t('evaluate')}</a>}
            </div>
          ) : <div class="muted">{t('noData')}</div>}
        </section>
        <section class="card">
          <h2>{t('audio')}</h2>
          <audio id="player" controls preload="metadata" src={`/api/v1/calls/${id}/audio`}></audio>
          {d.transcript && d.transcript.redactions.length > 0 && (
            <div class="small muted">{t('redacted')}: {d.transcript.redactions.map((r) => `${clock(r.start)} ${r.kind}`).join(', ')}</div>
          )}
        </section>
      </div>

      <section class="card gap-top" id="checks">
        <h2>{t('checks')}</h2>
        <table>
          <thead><tr><th>{t('check')}</th><th>{t('outcome')}</th><th class="num">{t('weight')}</th><th>{t('reason')}</th><th>{t('evidence')}</th></tr></thead>
          <tbody>
            {d.checks.map((c) => (
              <tr data-check={c.checkId} data-outcome={c.outcome}>
                <td>{c.label}{c.critical && <span class="badge o-fail gap-left">{t('critical')}</span>}<div class="muted small">{c.section} · {c.checkId}</div></td>
                <td>
                  <OutcomeBadge t={t} outcome={c.outcome} />
                  {c.correction && <div class="small muted">{t('corrected')} · {t('automatic')}: {dynamicLabel(t, `outcome_${c.automaticOutcome}`, c.automaticOutcome)}</div>}
                  {disputes && <CheckDisputes t={t} callId={d.call.callId} checkId={c.checkId} outcome={c.outcome} disputes={disputes} canDispute={!!canDispute} />}
                </td>
                <td class="num">{c.weight}</td>
                <td class="small">{c.reason}{c.correction && <div class="muted">“{c.correction.reason}” — {c.correction.author}</div>}</td>
                <td>
                  {c.evidence.map((e) =>
                    e.atS !== undefined ? (
                      <button type="button" class={`seek evidence${c.outcome === 'fail' ? ' fail' : ''}`} data-seek={e.atS.toFixed(2)} data-check={c.checkId}>
                        ▶ {clock(e.atS)} {e.quote ? `“${e.quote}”` : e.note ?? ''}
                      </button>
                    ) : (
                      <div class="small muted">{e.quote ? `“${e.quote}”` : ''} {e.note ?? ''}</div>
                    ),
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div class="grid">
        <section class="card">
          <h2>{t('sentiment')}</h2>
          {d.sentiment && d.sentiment.points.length > 0 ? (
            <SentimentCurve points={d.sentiment.points} durationS={durationS} labels={{ agent: t('speaker_agent'), customer: t('speaker_customer') }} />
          ) : <div class="muted">{t('noData')}</div>}
          {d.sentiment && <div class="small muted">{t('customerEnd')}: {num(d.sentiment.customerEnd, 2)}</div>}
        </section>
        <section class="card">
          <h2>{t('transcript')}</h2>
          <div class="turns" id="transcript">
            {!d.transcript && <div class="muted">{t('noData')}</div>}
            {d.transcript?.segments.map((s) => (
              <div class={`turn ${s.speaker}`} data-start={s.start.toFixed(2)} data-end={s.end.toFixed(2)}>
                <div class="at" data-seek={s.start.toFixed(2)}>{t(s.speaker === 'agent' ? 'speaker_agent' : 'speaker_customer')} · {clock(s.start)}</div>
                <div>{s.text}</div>
              </div>
            ))}
          </div>
        </section>
      </div>

      <div class="grid gap-top">
        <section class="card" id="notes">
          <h2>{t('notes')}</h2>
          {notes.map((n) => (
            <div class="note"><div class="small muted">{n.author} · {n.createdAt}</div><div>{n.body}</div></div>
          ))}
          <form class="stack" method="post" action={`/calls/${id}/notes`}>
            <textarea name="body" rows={3} required></textarea>
            <button type="submit" class="primary">{t('addNote')}</button>
          </form>
        </section>
        <section class="card" id="corrections">
          <h2>{t('correction')}</h2>
          {d.checks.length > 0 && (
            <form class="stack" method="post" action={`/calls/${id}/corrections`}>
              <select name="checkId">
                {d.checks.map((c) => <option value={c.checkId}>{c.label} ({dynamicLabel(t, `outcome_${c.outcome}`, c.outcome)})</option>)}
              </select>
              <select name="outcome">
                {(['pass', 'fail', 'na'] as const).map((o) => <option value={o}>{t(`outcome_${o}`)}</option>)}
              </select>
              <textarea name="reason" rows={2} placeholder={t('reason')} required></textarea>
              <button type="submit" class="primary">{t('save')}</button>
            </form>
          )}
          <ul class="small" id="audit-trail">
            {audit.map((a) => <li>{a.createdAt} · {a.actor} · {a.action} · {JSON.stringify(a.before)} → {JSON.stringify(a.after)}</li>)}
          </ul>
        </section>
      </div>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: CLIENT_SCRIPT }} />
    </>
  );
}
