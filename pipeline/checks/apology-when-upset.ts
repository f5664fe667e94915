/**
 * When the customer is upset (a customer turn with sentiment at or below `upsetBelow`, −1..1),
 * the agent apologises (「非常抱歉」「不好意思」) within `withinS` seconds after that turn.
 * Needs the sentiment stage; without it the check is not applicable.
 */
import type { Evidence } from '../types.ts';
import type { ParamsOf, ResolvedMatch } from '../scorecard/index.ts';
import { actEvidence, agentClauses, bestAct, clauseOverlaps } from './act-signal.ts';
import { fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';
import { filterStream, speakerStream } from './match/stream.ts';
import { accepted, describeMatch, evidenceOf, findItem, variantsOfItems } from './phrase-search.ts';

export type ApologyWhenUpsetParams = ParamsOf<'apology_when_upset'> & { match: ResolvedMatch };

export function checkApologyWhenUpset(ctx: CallContext, params: ApologyWhenUpsetParams): Verdict {
  if (!ctx.sentiment) return notApplicable('There is no sentiment result for this call, so an upset customer cannot be recognised.');
  const upset = ctx.sentiment.turns
    .filter((t) => t.speaker === 'customer' && t.score <= params.upsetBelow)
    .map((t) => ({ turn: t, seg: ctx.transcript.segments[t.index] }))
    .filter((x) => x.seg);
  if (upset.length === 0) return notApplicable(`The customer was never upset (no turn at or below ${params.upsetBelow} sentiment).`);
  let variants;
  try {
    variants = variantsOfItems(ctx, params.phrases);
  } catch (err) {
    return notApplicable(`The apology phrases cannot be filled for this call: ${(err as Error).message}.`);
  }
  const first = upset[0];
  const upsetEvidence: Evidence = {
    atS: first.seg.start,
    endS: first.seg.end,
    speaker: 'customer',
    quote: first.seg.text,
    note: `customer upset (sentiment ${first.turn.score.toFixed(2)})`,
  };
  const stream = speakerStream(ctx.transcript.segments, 'agent', params.match.fillers);
  // Any upset turn can be the one apologised for; the apology must follow it closely.
  for (const u of upset) {
    const win = filterStream(stream, (x) => x.startS >= u.seg.start && x.startS <= u.seg.end + params.withinS);
    const m = findItem(win, variants, params.match);
    const act = params.acts.length
      ? bestAct(
          agentClauses(ctx.transcript.segments).filter((c) => c.atS >= u.seg.start && c.atS <= u.seg.end + params.withinS),
          params.acts,
          { shortOpeners: params.actShortAtTurnStart },
        )
      : null;
    const actSays = !!act && act.p >= params.actThreshold;
    const upsetHere: Evidence = { ...upsetEvidence, atS: u.seg.start, endS: u.seg.end, quote: u.seg.text, note: `customer upset (sentiment ${u.turn.score.toFixed(2)})` };
    if (accepted(m)) {
      const signal = actSays && clauseOverlaps(act!.clause, m.atS, m.endS) ? 'both' : 'matcher';
      return pass(`The customer was upset at ${fmtS(u.seg.start)} and the agent apologised: ${describeMatch(m)}.`, [upsetHere, { ...evidenceOf(m), signal }]);
    }
    if (actSays) {
      return pass(`The customer was upset at ${fmtS(u.seg.start)} and the agent apologised: “${act!.clause.text}” at ${fmtS(act!.clause.atS)} (act model ${act!.p.toFixed(2)}).`, [
        upsetHere,
        actEvidence(act!, 'apology'),
      ]);
    }
  }
  return fail(
    `The customer was upset at ${fmtS(first.seg.start)} (“${first.seg.text}”) and the agent did not apologise within ${fmtS(params.withinS)}.`,
    [upsetEvidence],
  );
}
