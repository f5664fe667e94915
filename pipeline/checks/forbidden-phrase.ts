/**
 * Forbidden service phrases (服务禁语) anywhere in the agent's speech: 「不知道」, 「这不归我管」,
 * 「你听不懂吗」… Each agent turn is searched separately so every occurrence is reported with
 * its own time, not just the first.
 */
import type { Evidence } from '../types.ts';
import type { ParamsOf, ResolvedMatch } from '../scorecard/schema.ts';
import { agentSegments, fail, notApplicable, pass, type CallContext, type Verdict } from './context.ts';
import { matchVariant, type PhraseMatch, type PhraseVariant } from './match/phrase.ts';
import { speakerStream, type SpokenStream } from './match/stream.ts';
import { describeMatch, evidenceOf, variantsFor } from './phrase-search.ts';

/** An exception only excuses a phrase within one clause: 「不知道，您…」 is not 「不知道您…」. */
const CLAUSE_BREAK = /[，。？！；,.?!;]/;

export type ForbiddenPhraseParams = ParamsOf<'forbidden_phrase'> & { match: ResolvedMatch };

export function checkForbiddenPhrase(ctx: CallContext, params: ForbiddenPhraseParams): Verdict {
  if (agentSegments(ctx.transcript).length === 0) return notApplicable('The agent does not speak in the transcript, so there is nothing to check.');
  let forbidden: PhraseVariant[];
  let exceptions: PhraseVariant[];
  try {
    forbidden = params.phrases.flatMap((p) => variantsFor(ctx, p));
    exceptions = params.exceptions.flatMap((p) => variantsFor(ctx, p));
  } catch (err) {
    return notApplicable(`The phrase list cannot be filled for this call: ${(err as Error).message}.`);
  }
  const hits = findForbidden(ctx, forbidden, exceptions, params.match);
  if (hits.length === 0) return pass(`No forbidden phrase was said (${params.phrases.length} phrases checked).`);
  return fail(
    `Said ${hits.length === 1 ? 'a forbidden phrase' : `${hits.length} forbidden phrases`}: ${hits.map((h) => (h.quote === h.variant.text ? describeMatch(h) : `“${h.variant.text}” as ${describeMatch(h)}`)).join('; ')}.`,
    hits.map((h): Evidence => evidenceOf(h)),
  );
}

function findForbidden(ctx: CallContext, forbidden: PhraseVariant[], exceptions: PhraseVariant[], match: ResolvedMatch): PhraseMatch[] {
  const all = speakerStream(ctx.transcript.segments, 'agent', match.fillers);
  const bySegment = new Map<number, SpokenStream>();
  for (const u of all.units) {
    const s = bySegment.get(u.segment) ?? { segments: all.segments, units: [] };
    s.units.push(u);
    bySegment.set(u.segment, s);
  }
  const hits: PhraseMatch[] = [];
  for (const stream of bySegment.values()) {
    const excused = exceptions
      .map((e) => matchVariant(stream, e, match))
      .filter((m): m is PhraseMatch => !!m?.said && !CLAUSE_BREAK.test(m.quote));
    for (const v of forbidden) {
      const m = matchVariant(stream, v, match);
      if (!m?.said) continue;
      const a = m.alignment;
      const covered = excused.some((e) => e.alignment.textStart <= a.textStart && e.alignment.textEnd >= a.textEnd);
      // Two forbidden phrases can overlap (「不知道」 inside 「我也不知道」): report the spot once.
      const dup = hits.some((h) => h.variant !== v && h.quote && overlaps(h, m));
      if (!covered && !dup) hits.push(m);
    }
  }
  return hits.sort((x, y) => x.atS - y.atS);
}

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.atS < b.endS && b.atS < a.endS;
}
