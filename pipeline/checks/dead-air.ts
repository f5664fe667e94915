/**
 * Dead air: stretches where nobody speaks for longer than the scorecard allows, unexplained.
 * Long silences are holds and belong to hold etiquette (announced or not), as in the VAD stage,
 * which keeps holds out of `silences`; without VAD, transcript gaps of `holdMinS` or more are
 * holds. A shorter silence right after an announcement (「请您稍等」) is excused too.
 */
import type { TimeSpan } from '../types.ts';
import type { ParamsOf, ResolvedMatch } from '../scorecard/index.ts';
import { fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';
import { transcriptGaps } from './gaps.ts';
import { filterStream, speakerStream } from './match/stream.ts';
import { accepted, findItem, variantsOfItems } from './phrase-search.ts';

export type DeadAirParams = ParamsOf<'dead_air'> & { match: ResolvedMatch };

export function checkDeadAir(ctx: CallContext, params: DeadAirParams): Verdict {
  const spoken = ctx.transcript.segments.filter((s) => s.text.trim() !== '');
  if (!ctx.speech && spoken.length === 0) return notApplicable('There is no VAD result and no transcript speech to measure silences on.');
  const fromVad = !!ctx.speech;
  const candidates: TimeSpan[] = fromVad
    ? ctx.speech!.silences
    : transcriptGaps(spoken, params.maxSilenceS).filter((g) => g.endS - g.startS < params.holdMinS);
  const silences = candidates.filter((s) => s.endS - s.startS > params.maxSilenceS);
  let excuses;
  try {
    excuses = variantsOfItems(ctx, params.excusedBy);
  } catch (err) {
    return notApplicable(`The hold phrases cannot be filled for this call: ${(err as Error).message}.`);
  }
  const stream = excuses.length ? speakerStream(ctx.transcript.segments, 'agent', params.match.fillers) : null;
  const dead = silences.filter((s) => {
    if (!stream) return true;
    const before = filterStream(stream, (u) => u.endS >= s.startS - params.excusedWithinS && u.startS <= s.startS + 2);
    return !accepted(findItem(before, excuses, params.match));
  });
  const source = fromVad ? 'VAD' : 'transcript gaps, no VAD result';
  const evidence = dead.map((s) => ({ atS: round1(s.startS), endS: round1(s.endS), note: `${fmtS(s.endS - s.startS)} of silence` }));
  if (dead.length <= params.maxCount) {
    return pass(
      dead.length === 0
        ? `No unannounced silence longer than ${fmtS(params.maxSilenceS)} (${source}).`
        : `${dead.length} silence(s) longer than ${fmtS(params.maxSilenceS)}, within the ${params.maxCount} allowed (${source}).`,
      evidence,
    );
  }
  const longest = dead.reduce((a, b) => (b.endS - b.startS > a.endS - a.startS ? b : a));
  return fail(
    `${dead.length} unannounced silence(s) longer than ${fmtS(params.maxSilenceS)}; the longest ${fmtS(longest.endS - longest.startS)} at ${fmtS(longest.startS)} (${source}).`,
    evidence,
  );
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
