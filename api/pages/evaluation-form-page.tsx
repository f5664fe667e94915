/**
 * The analyst's evaluation form for one call: every check of the call's scorecard with the
 * automatic outcome beside it, the analyst's pass / fail / n.a. (their saved answer, else the
 * automatic one as a starting point), a comment and a time in the audio per check, and a comment
 * on the whole call. Also shows the call's official score and its source.
 */
import type { CallScorecard, Evaluation, OfficialScore } from '../../pipeline/review/index.ts';
import { num } from './format.ts';
import { dynamicLabel, type T } from './i18n.ts';
import { OutcomeBadge } from './parts.tsx';

export interface EvaluationFormProps {
  t: T;
  callId: string;
  scorecard: CallScorecard;
  /** The analyst's own saved evaluation (ordinary, or of the session), if any. */
  mine: Evaluation | null;
  official: OfficialScore | null;
  sessionId: number;
  saved?: boolean;
  error?: string;
}

export function EvaluationForm({ t, callId, scorecard, mine, official, sessionId, saved, error }: EvaluationFormProps) {
  const id = encodeURIComponent(callId);
  const answer = (checkId: string) => mine?.items.find((i) => i.checkId === checkId);
  return (
    <>
      <h1>{t('evaluation')} · <a href={`/calls/${id}`}>{t('call')} {callId}</a>{sessionId ? <span class="muted small"> · {t('sessions')} #{sessionId}</span> : null}</h1>
      {error && <div class="error" role="alert">{error}</div>}
      {saved && mine && <div class="card small" id="evaluation-saved" role="status">{t('evaluationSaved')}: {num(mine.score)}{mine.autoFailed ? ` (${t('autoFailed')})` : ''}</div>}
      <section class="card">
        <h2>{t('officialScore')}</h2>
        {official ? (
          <div id="official-score" data-source={official.source}>
            <span class="score-big">{num(official.score)}</span> <span class="muted">{dynamicLabel(t, `source_${official.source}`, official.source)}</span>
          </div>
        ) : <div class="muted">{t('noData')}</div>}
        <div class="small muted">{scorecard.scorecardId} · {scorecard.scorecardVersion.slice(0, 12)}</div>
      </section>
      <form class="card gap-top stack" method="post" action={`/calls/${id}/evaluation`} id="evaluation-form">
        {sessionId ? <input type="hidden" name="sessionId" value={String(sessionId)} /> : null}
        <table>
          <thead><tr><th>{t('check')}</th><th>{t('automatic')}</th><th>{t('humanOutcome')}</th><th>{t('comment')}</th><th>{t('atSeconds')}</th></tr></thead>
          <tbody>
            {scorecard.checks.map((c) => {
              const mineItem = answer(c.checkId);
              const chosen = mineItem?.outcome ?? c.automaticOutcome;
              return (
                <tr data-check={c.checkId}>
                  <td>{c.label}{c.critical && <span class="badge o-fail gap-left">{t('critical')}</span>}<div class="muted small">{c.section} · {c.checkId}</div></td>
                  <td><OutcomeBadge t={t} outcome={c.automaticOutcome} /></td>
                  <td>
                    <select name={`outcome.${c.checkId}`} data-check={c.checkId}>
                      {(['pass', 'fail', 'na'] as const).map((o) => <option value={o} selected={o === chosen}>{t(`outcome_${o}`)}</option>)}
                    </select>
                  </td>
                  <td><input type="text" name={`comment.${c.checkId}`} value={mineItem?.comment ?? ''} maxlength={2000} /></td>
                  <td><input type="number" name={`atS.${c.checkId}`} value={mineItem?.atS === null || mineItem?.atS === undefined ? '' : String(mineItem.atS)} min="0" step="0.1" size={6} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <textarea name="comment" rows={2} placeholder={t('comment')}>{mine?.comment ?? ''}</textarea>
        <button type="submit" class="primary" id="evaluation-submit">{t('save')}</button>
      </form>
    </>
  );
}

/** The form post as the API's body: `outcome.<checkId>`, `comment.<checkId>`, `atS.<checkId>`, `comment`, `sessionId`. */
export function evaluationBodyFromForm(form: Record<string, unknown>): Record<string, unknown> {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const items = Object.keys(form)
    .filter((k) => k.startsWith('outcome.'))
    .map((k) => {
      const checkId = k.slice('outcome.'.length);
      const comment = text(form[`comment.${checkId}`]);
      const at = text(form[`atS.${checkId}`]);
      return { checkId, outcome: text(form[k]), ...(comment ? { comment } : {}), ...(at ? { atS: Number(at) } : {}) };
    });
  const comment = text(form.comment);
  const session = text(form.sessionId);
  return { items, ...(comment ? { comment } : {}), ...(session ? { sessionId: Number(session) } : {}) };
}
