/**
 * Hold etiquette: before putting the customer on hold the agent announces it (「请您稍等」),
 * after it the agent thanks them (「感谢您的耐心等待」). Holds come from the VAD stage
 * (`speech.holds`: long agent-side silences while the customer is silent too); without VAD,
 * from gaps between transcript segments.
 */
import type { Evidence, TimeSpan } from '../types.ts';
import type { ParamsOf, ResolvedMatch } from '../scorecard/index.ts';
import { actConfidence, actEvidence, agentClauses, bestAct, bothConfidence, clauseOverlaps, type ActHit, type ActLabel } from './act-signal.ts';
import { agentSegments, agentTurnIndices, fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';
import { marginConfidence } from './confidence.ts';
import { transcriptGaps } from './gaps.ts';
import { requiredSimilarity, round2, type PhraseMatch } from './match/phrase.ts';
import { filterStream, speakerStream } from './match/stream.ts';
import { accepted, describeMatch, evidenceOf, findItem, variantsOfItems } from './phrase-search.ts';
import { plainThanksOnReturn } from './return-thanks.ts';

export type HoldEtiquetteParams = ParamsOf<'hold_etiquette'> & { match: ResolvedMatch };

/** A near miss worth showing a coach (half the phrase or more); lower similarities are just noise. */
function closest(m: PhraseMatch | null): string {
  return m && m.similarity >= 0.5 ? ` (closest ${describeMatch(m)})` : '';
}

/** Speech timing from VAD and ASR differ a little; a phrase ending this close to the hold edge still counts. */
const EDGE_TOLERANCE_S = 2;

export function checkHoldEtiquette(ctx: CallContext, params: HoldEtiquetteParams): Verdict {
  const fromVad = !!ctx.speech;
  const silences: TimeSpan[] = fromVad
    ? ctx.speech!.holds.filter((h) => h.endS - h.startS >= params.minHoldS)
    : transcriptGaps(ctx.transcript.segments, params.minHoldS);
  // The agent cannot put a customer on hold before saying anything: silence before the agent's
  // first words is a late greeting (judged by the greeting's window), not an unannounced hold.
  const agentStartS = Math.min(...agentSegments(ctx.transcript).map((s) => s.start));
  const holds = silences.filter((h) => h.endS > agentStartS + EDGE_TOLERANCE_S);
  if (holds.length === 0) {
    const late = silences.length > 0 ? ` (the ${fmtS(silences[0].endS - silences[0].startS)} silence before the agent's first words is a late pick-up, not a hold)` : '';
    return notApplicable(`No hold of ${fmtS(params.minHoldS)} or longer in this call (${fromVad ? 'VAD' : 'transcript gaps, no VAD result'})${late}.`);
  }
  let before, after;
  try {
    before = variantsOfItems(ctx, params.before);
    after = variantsOfItems(ctx, params.after);
  } catch (err) {
    return notApplicable(`The hold phrases cannot be filled for this call: ${(err as Error).message}.`);
  }
  const stream = speakerStream(ctx.transcript.segments, 'agent', params.match.fillers);
  const problems: string[] = [];
  const evidence: Evidence[] = [];
  const confidences: number[] = [];
  const clauses = params.beforeActs.length + params.afterActs.length > 0 ? agentClauses(ctx.transcript.segments) : [];
  /** The act model's best clause for `acts` between two times, or null (no acts configured). */
  const actIn = (acts: ActLabel[], fromS: number, toS: number): ActHit | null =>
    acts.length ? bestAct(clauses.filter((c) => c.endS >= fromS && c.atS <= toS), acts, { shortOpeners: true }) : null;
  /** Records the confidence of one decision and returns which signal made it (null: not said). */
  const judge = (m: PhraseMatch | null, act: ActHit | null): 'matcher' | 'act_model' | 'both' | null => {
    const byMatcher = m ? marginConfidence(m.similarity, requiredSimilarity(m.variant, params.match)) : 1;
    const actSays = !!act && act.p >= params.actThreshold;
    const byAct = act ? actConfidence(act.p, params.actThreshold) : undefined;
    if (accepted(m)) {
      const both = actSays && clauseOverlaps(act!.clause, m.atS, m.endS);
      confidences.push(both ? bothConfidence(byMatcher, byAct!) : byMatcher);
      return both ? 'both' : 'matcher';
    }
    if (actSays) {
      confidences.push(byAct!);
      return 'act_model';
    }
    confidences.push(byAct === undefined ? byMatcher : Math.min(byMatcher, byAct));
    return null;
  };
  for (const h of holds) {
    const label = `the hold at ${fmtS(h.startS)} (${fmtS(h.endS - h.startS)})`;
    const announceFromS = Math.max(h.startS - params.beforeWindowS, afterOpeningTurnS(ctx, h.startS));
    const announceWin = filterStream(stream, (u) => u.endS >= announceFromS && u.startS <= h.startS + EDGE_TOLERANCE_S);
    // The thank-you belongs to the agent's return from the hold: the agent's words after it up to
    // the customer's next turn, so a closing "thank you for calling" later on is not taken for it.
    const returnEndS = Math.min(h.endS + params.afterWindowS, nextCustomerStartS(ctx, h.endS));
    const thankWin = filterStream(stream, (u) => u.startS >= h.endS - EDGE_TOLERANCE_S && u.startS <= returnEndS);
    const announced = findItem(announceWin, before, params.match);
    const thanked = findItem(thankWin, after, params.match);
    const announcedAct = actIn(params.beforeActs, announceFromS, h.startS + EDGE_TOLERANCE_S);
    const thankedAct = actIn(params.afterActs, h.endS - EDGE_TOLERANCE_S, returnEndS);
    const announcedBy = judge(announced, announcedAct);
    let thankedBy = judge(thanked, thankedAct);
    const plainThanks = thankedBy ? null : plainThanksOnReturn(ctx.transcript.segments, h.endS - EDGE_TOLERANCE_S, returnEndS, params.returnThanks);
    if (plainThanks) {
      // Said as written, a clause of its own: as sure as an exact phrase match.
      confidences[confidences.length - 1] = marginConfidence(1, params.match.threshold);
      thankedBy = 'matcher';
    }
    evidence.push({ atS: h.startS, endS: h.endS, note: `hold of ${fmtS(h.endS - h.startS)}${fromVad ? '' : ' (gap between transcript segments)'}` });
    if (announcedBy === 'act_model') evidence.push(actEvidence(announcedAct!, 'hold announced'));
    else if (announcedBy) evidence.push({ ...evidenceOf(announced!, 'hold announced'), signal: announcedBy });
    else problems.push(`${label} was not announced${closest(announced)}`);
    if (plainThanks) evidence.push({ atS: plainThanks.atS, endS: plainThanks.endS, speaker: 'agent', quote: plainThanks.quote, matched: plainThanks.matched, similarity: 1, note: 'customer thanked after the hold (a plain thank-you on return)', signal: 'matcher' });
    else if (thankedBy === 'act_model') evidence.push(actEvidence(thankedAct!, 'customer thanked after the hold'));
    else if (thankedBy) evidence.push({ ...evidenceOf(thanked!, 'customer thanked after the hold'), signal: thankedBy });
    else problems.push(`after ${label} the customer was not thanked for waiting${closest(thanked)}`);
  }
  if (problems.length === 0) {
    const r = pass(`${holds.length === 1 ? 'The hold was' : `All ${holds.length} holds were`} announced and the customer was thanked after.`, evidence);
    return { ...r, confidence: round2(Math.min(...confidences)) };
  }
  const first = problems[0];
  const r = fail(`${first[0].toUpperCase()}${first.slice(1)}${problems.length > 1 ? `; ${problems.slice(1).join('; ')}` : ''}.`, evidence);
  return { ...r, confidence: round2(Math.max(...confidences)) };
}

/**
 * Where the agent's second turn starts when it starts before `holdS` (seconds), else −Infinity. The opening turn
 * announces no hold once the agent has spoken again before it: its invitations to speak ("please go on", 「您说」) read
 * to the act model like a hold request, and an early hold's 15 s window reaches back into the greeting (I21 round:
 * hold recall rose on eight spent splits, nine figures, and fell on none, no precision lost). A hold right after the greeting keeps its
 * whole window.
 */
function afterOpeningTurnS(ctx: CallContext, holdS: number): number {
  const i = agentTurnIndices(ctx.transcript)[1];
  const second = i === undefined ? undefined : ctx.transcript.segments[i];
  return second !== undefined && second.start < holdS ? second.start : -Infinity;
}

/** When the customer next speaks after `afterS` (a turn starting at least a second later), or Infinity. */
function nextCustomerStartS(ctx: CallContext, afterS: number): number {
  const next = ctx.transcript.segments.filter((s) => s.speaker === 'customer' && s.start >= afterS + 1 && s.text.trim() !== '');
  return next.length ? Math.min(...next.map((s) => s.start)) : Infinity;
}
