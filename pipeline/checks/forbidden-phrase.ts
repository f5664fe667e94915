/**
 * Forbidden service phrases (服务禁语) anywhere in the agent's speech: 「不知道」, 「这不归我管」,
 * 「你听不懂吗」… Each agent turn is searched separately so every occurrence is reported with
 * its own time, not just the first.
 */
import type { Evidence } from '../types.ts';
import type { ParamsOf, ResolvedMatch } from '../scorecard/index.ts';
import { actConfidence, actEvidence, agentClausePairs, agentClauses, bestAct, bothConfidence, clauseOverlaps, type ActHit, type ActLabel } from './act-signal.ts';
import { agentSegments, agentTurnIndices, fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';
import { marginConfidence } from './confidence.ts';
import { isErrandAfterHold } from './errand-after-hold.ts';
import { isOwnedError } from './owned-error.ts';
import { isTakenBackByOwnAction } from './own-action-after.ts';
import { CLAUSE_BREAK, withoutFillers } from './match/clause.ts';
import { canBeSaid, requiredSimilarity, round2, type PhraseMatch, type PhraseVariant } from './match/phrase.ts';
import { matchSaidInPolarity } from './match/polarity.ts';
import { speakerStream, type SpokenStream } from './match/stream.ts';
import { describeMatch, evidenceOf, variantsOfItems } from './phrase-search.ts';

/**
 * Phrases and their hard negatives are both matched under the polarity rule (match/polarity.ts):
 * what was said must agree with the phrase in negation — "I can help you with today" is not "I
 * can't help you with that", 「我不能说百分之百」 declines the promise 「百分之百」, and "you have to
 * look it up yourself" must not pass as the exception "you don't have to look it up yourself".
 * Only this check uses it. Tried on the greeting, closing, hold and apology checks (every tuning
 * split and the noisy set), the only matches it took from them were ASR slips (「请问有什分可已未您」,
 * 未 for 帮; "thank you for your call no CMB"), one greeting was lost and nothing was gained: a
 * polite phrase said under a negation (「不是对不起的问题」) is rare there, a stray 没 or "no" from
 * ASR is not.
 *
 * An exception only excuses a phrase within one clause: 「不知道，您…」 is not 「不知道您…」.
 */
export type ForbiddenPhraseParams = ParamsOf<'forbidden_phrase'> & { match: ResolvedMatch };

/** The flat list (category-less, the original form) and each category, with its own hard negatives. */
interface PhraseGroup {
  label?: string;
  phrases: PhraseVariant[];
  exceptions: PhraseVariant[];
  /** Said after a hit in the same agent turn, these take it back (the category's `takenBackBy`). */
  takenBackBy: PhraseVariant[];
  /** Openers of the agent's own action that take a hit back from the next clause (the category's `takenBackByOwnAction`). */
  ownActionOpeners: readonly string[];
  acts: ActLabel[];
  actThreshold: number;
}

/** One forbidden spot: found by the matcher (m), the act model (act), or both. */
interface Hit {
  m?: PhraseMatch;
  act?: ActHit;
  /** The category (or the flat list) it was found for. */
  group: PhraseGroup;
  /** The transcript segment (agent turn) it was said in. */
  segment: number;
  atS: number;
  endS: number;
}

export function checkForbiddenPhrase(ctx: CallContext, params: ForbiddenPhraseParams): Verdict {
  if (agentSegments(ctx.transcript).length === 0) return notApplicable('The agent does not speak in the transcript, so there is nothing to check.');
  let groups: PhraseGroup[];
  try {
    const common = variantsOfItems(ctx, params.exceptions);
    groups = [
      ...(params.phrases.length ? [{ phrases: variantsOfItems(ctx, params.phrases), exceptions: common, takenBackBy: [], ownActionOpeners: [], acts: [], actThreshold: 1 }] : []),
      ...params.categories.map((c) => ({
        label: c.label,
        phrases: variantsOfItems(ctx, c.phrases),
        exceptions: [...common, ...variantsOfItems(ctx, c.exceptions)],
        takenBackBy: variantsOfItems(ctx, c.takenBackBy),
        ownActionOpeners: c.takenBackByOwnAction,
        acts: c.acts,
        actThreshold: c.actThreshold ?? params.actThreshold,
      })),
    ];
  } catch (err) {
    return notApplicable(`The phrase list cannot be filled for this call: ${(err as Error).message}.`);
  }
  // The agent's turns as streams, built once for every group and for the take-backs.
  const turns = agentTurnStreams(ctx, params.match);
  let found: Hit[] = [];
  for (const g of groups) {
    for (const { m, segment } of findForbidden(ctx, turns, g.phrases, g.exceptions, params.match)) {
      // The same words can be listed in two categories: report the spot once, by the closer match, as within a category
      // (I110: brush-off's loose 'issue, not ours' in "your router is the issue, not our system" took the spot from blame's
      // exact "not our system", and was then vetoed by the act model, so nothing was reported).
      const hit: Hit = { m, group: g, segment, atS: m.atS, endS: m.endS };
      const dup = found.findIndex((h) => overlaps(h, m));
      if (dup < 0) found.push(hit);
      else if (m.similarity > found[dup].m!.similarity) found[dup] = hit;
    }
  }
  if (params.actVetoBelow !== undefined) found = withoutVetoed(ctx, turns, found, params.actVetoBelow);
  // Second signal: clauses the act model is sure are a brush-off, blame… that no listed phrase caught.
  const actGroups = groups.filter((g) => g.acts.length > 0);
  if (actGroups.length) {
    // The hard negatives are only looked for once a clause is flagged (most calls have none).
    let excused: PhraseMatch[] | undefined;
    const allActs = [...new Set(actGroups.flatMap((g) => g.acts))];
    const singles = agentClauses(ctx.transcript.segments);
    const openingSegment = agentTurnIndices(ctx.transcript)[0];
    const shortEnders = params.actShortAtTurnEnd;
    for (const clause of [...singles, ...agentClausePairs(ctx.transcript.segments)]) {
      // Pooled: the clause is judged on all the categories' acts together and goes to its likeliest act's category.
      const pooled = params.poolActs ? bestAct([clause], allActs, { shortEnders }) : null;
      for (const g of actGroups) {
        const act = params.poolActs ? (pooled && g.acts.includes(pooled.act) ? pooled : null) : bestAct([clause], g.acts, { shortEnders });
        if (!act || act.p < g.actThreshold) continue;
        // The scripted greeting is judged at a stricter threshold (the scorecard's openingActThreshold).
        if (params.openingActThreshold !== undefined && clause.segment === openingSegment && act.p < params.openingActThreshold) continue;
        // What went wrong, said right after an apology, is owned, not blamed (owned-error.ts).
        if (act.act === 'blame' && singles.includes(clause) && isOwnedError(clause, singles)) continue;
        // Where the agent will ask, said right after asking the customer to hold, is the agent's errand (errand-after-hold.ts).
        if (act.act === 'brush_off' && isErrandAfterHold(clause, singles)) continue;
        // A hard negative (「您不用自己去查，我帮您查好了」) said in that clause keeps it clean.
        excused ??= actGroups.flatMap((x) => findExcused(ctx, x.exceptions, params.match));
        if (excused.some((e) => clauseOverlaps(clause, e.atS, e.endS))) continue;
        const same = found.find((h) => clauseOverlaps(clause, h.atS, h.endS));
        if (same) same.act ??= act;
        else found.push({ act, group: g, segment: clause.segment, atS: clause.atS, endS: clause.endS });
      }
    }
  }
  const hits = withoutTakenBack(turns, found, params.match)
    .filter((h) => !isTakenBackByOwnAction(h.atS, ctx.transcript.segments[h.segment], h.group.ownActionOpeners));
  hits.sort((a, b) => a.atS - b.atS);
  const checked = params.phrases.length + params.categories.reduce((n, c) => n + c.phrases.length, 0);
  if (hits.length === 0) return pass(`No forbidden phrase was said (${checked} phrases checked${actGroups.length ? ', and the act model found none' : ''}).`);
  const describe = ({ m, act, group: { label } }: Hit) =>
    `${label ? `${label}: ` : ''}${
      m ? (m.quote === m.variant.text ? describeMatch(m) : `“${m.variant.text}” as ${describeMatch(m)}`) : `“${act!.clause.text}” at ${fmtS(act!.clause.atS)} (act model: ${act!.act.replace(/_/g, ' ')} ${act!.p.toFixed(2)})`
    }`;
  const confidenceOf = ({ m, act, group }: Hit) => {
    const byAct = act ? actConfidence(act.p, group.actThreshold) : undefined;
    if (!m) return byAct!;
    const byMatcher = marginConfidence(m.similarity, requiredSimilarity(m.variant, params.match));
    return byAct === undefined ? byMatcher : bothConfidence(byMatcher, byAct);
  };
  return {
    ...fail(
      `Said ${hits.length === 1 ? 'a forbidden phrase' : `${hits.length} forbidden phrases`}: ${hits.map(describe).join('; ')}.`,
      hits.map((h): Evidence => (h.m ? { ...evidenceOf(h.m, h.group.label), signal: h.act ? 'both' : 'matcher' } : actEvidence(h.act!, h.group.label ?? 'forbidden'))),
    ),
    confidence: round2(Math.max(...hits.map(confidenceOf))),
  };
}

/**
 * The hits no `takenBackBy` wording of their category follows in the same agent turn. The wording may start
 * inside the hit (two clauses judged as one hold it: "another team handles that, I'll transfer you") but not
 * before it: an offer to help said earlier in the turn does not excuse what comes after.
 */
function withoutTakenBack(turns: Map<number, SpokenStream>, hits: Hit[], match: ResolvedMatch): Hit[] {
  const found = new Map<PhraseGroup, { segment: number; atS: number }[]>();
  return hits.filter((h) => {
    const g = h.group;
    if (g.takenBackBy.length === 0) return true;
    let said = found.get(g);
    if (!said) {
      said = [];
      for (const [segment, stream] of turns) {
        for (const v of g.takenBackBy) {
          const m = matchSaidInPolarity(stream, v, match);
          if (m?.said && !askedAsQuestion(stream, m)) said.push({ segment, atS: m.atS });
        }
      }
      found.set(g, said);
    }
    return !said.some((t) => t.segment === h.segment && t.atS >= h.atS - 0.05);
  });
}

/**
 * True when the clause a match ends in is asked as a question: "You didn't tell us your size, how's that on us?"
 * owns nothing, and heard as the take-back "that's on us" it had excused three said blames (I162).
 */
function askedAsQuestion(stream: SpokenStream, m: PhraseMatch): boolean {
  const last = stream.units[m.alignment.textEnd];
  const after = stream.segments[last.segment].text.slice(last.to);
  return /^[^,.!?;，。！？；]*[?？]/.test(after);
}

/**
 * The hits but the matcher's approximate ones whose clause the act model reads as clearly not their category:
 * the most it gives the category's acts in a clause around the hit is below `below`. A hit said as listed
 * (similarity 1, written as in the list: writtenAsListed), a category without acts and a hit no clause holds are kept.
 * I5 round: the polite Mandarin sentences of heldout13 flagged through sound-alike matches (「解决什么问题」 as
 * 「绝对没问题」, 「哪儿有问题」 as 「耳朵有问题」) all had act probability below 0.05; on every split and the noisy
 * set no hit that was right is lost at 0.1. I39 (heldout47's false alarms): a hit exact by sound only, two units or
 * more written otherwise, is approximate too — 「帆撕了」 (the sail is torn) sounds just like 「烦死了」, 「我法是前台」
 * like 「我发誓」. Over the noisy set and every spent split: 8 fewer false alarms on six splits (five not read for it),
 * no violation lost; with every unit required as written, heldout35's 「文我有用吗」 (问我有用吗) was lost. I40: a phrase of
 * up to three units must be written in full (one more false alarm gone on heldout16, none lost).
 */
function withoutVetoed(ctx: CallContext, turns: Map<number, SpokenStream>, found: Hit[], below: number): Hit[] {
  let clauses: ReturnType<typeof agentClauses> | undefined;
  return found.filter(({ m, group: { acts }, segment, atS, endS }) => {
    if (!m || acts.length === 0 || (m.similarity >= 1 && writtenAsListed(m, turns.get(segment)!))) return true;
    clauses ??= agentClauses(ctx.transcript.segments);
    const around = clauses.filter((c) => clauseOverlaps(c, atS, endS));
    return around.length === 0 || Math.max(...around.map((c) => acts.reduce((sum, a) => sum + c.probs[a], 0))) >= below;
  });
}

/**
 * True when the units of the listed phrase were heard written as listed: all of a phrase of up to three units, all but
 * one (heard by sound only) of a longer one. 「文我有用吗」 is still 「问我有用吗」 (heldout35); 「帆撕了」 is no 「烦死了」,
 * nor 「您本得账…」 (本期 garbled) 「笨得」 (I40, heldout34, read for this rule only).
 */
function writtenAsListed(m: PhraseMatch, turn: SpokenStream): boolean {
  const bySoundOnly = m.alignment.alignedTo.filter((at, k) => at < 0 || turn.units[at].key !== m.variant.units[k].key).length;
  return bySoundOnly <= (m.variant.units.length >= 4 ? 1 : 0);
}

/** The agent's speech as one stream per turn (transcript segment), keyed by the segment's index. */
function agentTurnStreams(ctx: CallContext, match: ResolvedMatch): Map<number, SpokenStream> {
  const all = speakerStream(ctx.transcript.segments, 'agent', match.fillers);
  const bySegment = new Map<number, SpokenStream>();
  for (const u of all.units) {
    const s = bySegment.get(u.segment) ?? { segments: all.segments, units: [] };
    s.units.push(u);
    bySegment.set(u.segment, s);
  }
  return bySegment;
}

/** Where a hard negative of the category was said (within one clause). */
function findExcused(ctx: CallContext, exceptions: PhraseVariant[], match: ResolvedMatch): PhraseMatch[] {
  const all = speakerStream(ctx.transcript.segments, 'agent', match.fillers);
  return exceptions
    .map((e) => matchSaidInPolarity(all, e, match))
    .filter((m): m is PhraseMatch => !!m?.said && !heardAcrossClauses(m));
}

function findForbidden(
  ctx: CallContext,
  bySegment: Map<number, SpokenStream>,
  forbidden: PhraseVariant[],
  exceptions: PhraseVariant[],
  match: ResolvedMatch,
): { m: PhraseMatch; segment: number }[] {
  const all = speakerStream(ctx.transcript.segments, 'agent', match.fillers);
  const hits: { m: PhraseMatch; segment: number }[] = [];
  // What cannot be said in the agent's whole speech cannot be said in one turn: skip it for every turn (speed only).
  const sayable = forbidden.filter((v) => canBeSaid(all, v, match));
  const sayableExceptions = exceptions.filter((e) => canBeSaid(all, e, match));
  for (const [segment, stream] of bySegment) {
    const excused = sayableExceptions
      .map((e) => matchSaidInPolarity(stream, e, match))
      .filter((m): m is PhraseMatch => !!m?.said && !heardAcrossClauses(m));
    for (const v of sayable) {
      const m = matchSaidInPolarity(stream, v, match);
      if (!m?.said) continue;
      // A two-word phrase is one word said: heard across a clause break it is two words of two clauses (I64: 「包您」 in
      // 「采场都天不放炮，您本期账单…」) — unless it is listed with the break ("yeah, whatever").
      if (v.units.length <= 2 && !CLAUSE_BREAK.test(v.text) && heardAcrossClauses(m)) continue;
      const a = m.alignment;
      const covered = excused.some((e) => e.alignment.textStart <= a.textStart && e.alignment.textEnd >= a.textEnd);
      if (covered) continue;
      // Two forbidden phrases can overlap (「不知道」 inside 「我也不知道」): report the spot once, by the closer match —
      // a loose one kept in place of an exact one could be vetoed later and take the spot with it (I45: 「还好意思打」 at
      // 0.8 hid 「还好意思」 at 1 in 「还好意思投诉」).
      const dup = hits.findIndex((h) => h.m.variant !== v && h.m.quote && overlaps(h.m, m));
      if (dup < 0) hits.push({ m, segment });
      else if (m.similarity > hits[dup].m.similarity) hits[dup] = { m, segment };
    }
  }
  return hits.sort((x, y) => x.m.atS - y.m.atS);
}

/** True when the words a phrase was heard in run across a clause break (the comma ASR puts after a filler is none). */
function heardAcrossClauses(m: PhraseMatch): boolean {
  return CLAUSE_BREAK.test(withoutFillers(m.quote));
}

/** True when two timed spans (matches or hits, in seconds) share any time. */
function overlaps(a: { atS: number; endS: number }, b: { atS: number; endS: number }): boolean {
  return a.atS < b.endS && b.atS < a.endS;
}
