/**
 * A phrase check on meaning units: the scorecard lists the elements of a scripted phrase
 * (greeting: salutation, brand, self-introduction with the surname, offer to help) with the
 * wordings of each, and a rule (all / any / atLeast N / anyOf combinations). Each element is
 * looked for on its own inside the window, in any order, so 「我姓王，招行，您好」 and "Good
 * morning, CMB, Smith speaking" count as well as the textbook order. The reason names what is
 * missing — the element, the brand, the surname heard instead — and the evidence never quotes
 * speech outside the window.
 */
import type { Evidence } from '../types.ts';
import type { ElementRule, ParamsOf, ResolvedMatch } from '../scorecard/index.ts';
import { actConfidence, actEvidence, agentClauses, bestAct, bothConfidence, clauseOverlaps, clausesClearOf, type ActHit } from './act-signal.ts';
import { agentWindow, type AgentWindow } from './agent-window.ts';
import { fail, notApplicable, pass, type CallContext, type Verdict } from './context.ts';
import { marginConfidence } from './confidence.ts';
import { canBeSurname } from './match/common-surnames.ts';
import { readingBetween } from './match/pinyin.ts';
import { substitutionCost } from './match/cost.ts';
import { matchSaid, requiredSimilarity, type PhraseMatch, type PhraseVariant } from './match/phrase.ts';
import { withRosterSpelling } from './match/roster-spelling.ts';
import { speakerStream, type SpokenStream } from './match/stream.ts';
import { shortClausesOnly } from './match/clause.ts';
import { partOfWord, surnameClauses } from './match/surname-clause.ts';
import { unheardSurnameFrames } from './match/surname-unheard.ts';
import { toUnits, type Unit } from './match/units.ts';
import { accepted, evidenceOf, findItem, variantsFor, variantsOfItems } from './phrase-search.ts';

type ElementParams = NonNullable<ParamsOf<'phrase_in_window'>['elements']>[number];
export type ElementCheckParams = ParamsOf<'phrase_in_window'> & { match: ResolvedMatch; elements: ElementParams[] };

interface ElementResult {
  element: ElementParams;
  /** The window's speech the element was looked for in (its exceptions taken out). */
  stream: SpokenStream;
  /** The match that counts, or null. */
  found: PhraseMatch | null;
  /** Best match inside the window when none counted (a near miss or a wrong slot). */
  closest: PhraseMatch | null;
  needed: number;
  opts: ResolvedMatch;
  /** The act model's most confident clause for the element's acts in the window (null: no acts configured). */
  act: ActHit | null;
  actThreshold: number;
  /** A wording that took the element back (it hurries the customer off), or null. */
  withdrawnBy: PhraseMatch | null;
  /** Which signal said the element: null when neither did (or it was taken back). */
  signal: 'matcher' | 'act_model' | 'both' | null;
  /** True when `found` is a naming frame whose surname the transcript does not hold (surname-unheard.ts). */
  surnameUnheard: boolean;
}

/** A near miss worth naming to a coach must be closer than this; half a short phrase is noise. */
const NEAR_MISS = 0.5;

export function checkElementsInWindow(ctx: CallContext, params: ElementCheckParams): Verdict {
  const full = speakerStream(ctx.transcript.segments, 'agent', params.match.fillers);
  if (full.units.length === 0) return notApplicable('The agent turns contain no words, so the phrase cannot be looked for.');
  const filled: { element: ElementParams; variants: PhraseVariant[]; alone: PhraseVariant[]; exceptions: PhraseVariant[]; withdrawals: PhraseVariant[] }[] = [];
  try {
    for (const element of params.elements) {
      filled.push({
        element,
        variants: variantsOfItems(ctx, element.variants),
        alone: variantsOfItems(ctx, element.saidAlone),
        exceptions: variantsOfItems(ctx, element.exceptions),
        withdrawals: variantsOfItems(ctx, element.withdrawnBy),
      });
    }
  } catch (err) {
    return notApplicable(`The phrase cannot be filled for this call: ${(err as Error).message}.`);
  }
  const longest = Math.max(...filled.flatMap((f) => f.variants.map((v) => v.units.length)));
  const win = agentWindow(ctx, full, params.window, longest);

  // The act model only looks where the matcher looks: clauses inside the check's window.
  const clauses = params.elements.some((e) => e.acts.length > 0)
    ? agentClauses(ctx.transcript.segments).filter((c) => win.holdsClause(c.segment, c.atS, c.endS))
    : [];
  // Elements with a surname slot are looked for last: the words the other elements were heard in
  // (the brand's 招 of 招商, the 午 of 下午好) are those words, not a surname that sounds like them.
  const hasSurname = (f: (typeof filled)[number]) => f.variants.some((v) => v.surnameSlot);
  const taken = new Set<Unit>();
  const byId = new Map<string, ElementResult>();
  for (const f of [...filled.filter((x) => !hasSurname(x)), ...filled.filter(hasSurname)]) {
    const r = findElement(f, taken);
    if (r.found && !hasSurname(f)) for (const u of wordsHeardIn(r.found, r.stream)) taken.add(u);
    byId.set(f.element.id, r);
  }
  const results = params.elements.map((e) => byId.get(e.id)!);

  function findElement({ element, variants, alone, exceptions, withdrawals }: (typeof filled)[number], takenWords: Set<Unit>): ElementResult {
    const opts: ResolvedMatch = { ...params.match, threshold: element.threshold ?? params.threshold ?? params.match.threshold };
    let stream = withoutExceptions(win.stream, variants, exceptions, opts);
    if (variants.some((v) => v.surnameSlot)) stream = withRosterSpelling(stream, ctx.agent.surname, takenWords);
    // A surname only counts where it was heard in its slot: next to the words that introduce it
    // said as written (「我姓」, "my name is"), so a polyphone in 「有什么」 is never 「是小马」 — and
    // never in the words another element was heard in (only surname elements get any): such a
    // character is taken out and the search runs again, for the real surname further on.
    let best = findItem(stream, variants, opts, (m) => win.counts(m) && slotAnchored(m, stream));
    for (let guard = 0; guard < MAX_EXCEPTION_REPEATS && best?.surname?.matchedAt && takenWords.size > 0; guard++) {
      const inside = best.surname.matchedAt.map((i) => stream.units[i]).filter((u) => takenWords.has(u));
      if (inside.length === 0) break;
      stream = withoutWords(stream, new Set(inside));
      best = findItem(stream, variants, opts, (m) => win.counts(m) && slotAnchored(m, stream));
    }
    const ok = accepted(best) && win.counts(best) && slotAnchored(best, stream);
    const closest = best && win.counts(best) ? best : null;
    const named = ok ? best : ((element.surnameAlone ? surnameSaidAlone(ctx, win, stream, takenWords, opts) : null) ?? saidAsClause(win, stream, alone, opts));
    // Last, and only where no surname was heard in a slot at all (a wrong one is judged, never excused): a naming frame
    // whose surname the transcript dropped.
    const unheard = !named && element.surnameUnheard && !heardSurnameIn(closest, stream) ? frameWithoutSurname(ctx, win, stream, takenWords, opts) : null;
    const found = named ?? unheard;
    const actThreshold = element.actThreshold ?? params.actThreshold;
    // Nor does the act model credit a clause whose words an exception took (「感谢您的等待」 is no thanks for calling).
    const act = element.acts.length ? bestAct(clausesClearOf(clauses, win.stream, stream), element.acts, { shortEnders: element.actShortAtTurnEnd }) : null;
    const actSays = !!act && act.p >= actThreshold;
    // Said anywhere in the window, a withdrawal (hurrying the customer off) takes the element back from both signals.
    const withdrawnBy = found || actSays ? saidOneOf(win.stream, withdrawals, opts) : null;
    const signal = withdrawnBy ? null : found ? (actSays && clauseOverlaps(act!.clause, found.atS, found.endS) ? 'both' : 'matcher') : actSays ? 'act_model' : null;
    const needed = best ? requiredSimilarity(best.variant, opts) : opts.threshold;
    const surnameUnheard = !named && !!unheard && !withdrawnBy;
    return { element, stream, found: withdrawnBy ? null : found, closest: found && !withdrawnBy ? null : closest, withdrawnBy, needed, opts, act, actThreshold, signal, surnameUnheard };
  }

  const saidIds = new Set(results.filter((r) => r.signal).map((r) => r.element.id));
  const requiredMissing = results.filter((r) => r.element.required && !r.signal);
  const ruleOk = satisfies(params.rule, results.map((r) => r.element.id), saidIds);
  const said = results.filter((r) => r.signal);
  const evidence: Evidence[] = said.map((r) =>
    r.signal === 'act_model'
      ? actEvidence(r.act!, r.element.label)
      : { ...evidenceOf(r.found!, r.surnameUnheard ? `${r.element.label}: no surname heard after it (listen)` : r.element.label), signal: r.signal! },
  );
  const confidence = round2(
    Math.min(...(requiredMissing.length === 0 && ruleOk ? said : results.filter((r) => !r.signal)).map((r) => elementConfidence(r)), 1),
  );

  if (requiredMissing.length === 0 && ruleOk) {
    return { ...pass(`Said ${win.where}: ${said.map(describeFound).join('; ')}.`, evidence), confidence };
  }
  const missing = results.filter((r) => !r.signal && (r.element.required || !ruleOk));
  const wanted = missingForRule(params.rule, results, saidIds);
  const explain = [...new Set([...requiredMissing, ...missing.filter((r) => wanted.has(r.element.id))])];
  for (const r of explain) {
    if (r.withdrawnBy) evidence.push(evidenceOf(r.withdrawnBy, `${r.element.label}: taken back (hurries the customer off)`));
    if (r.closest && (r.closest.said || r.closest.similarity > NEAR_MISS)) evidence.push(evidenceOf(r.closest, `${r.element.label}: ${noteFor(r)}`));
  }
  const needs = describeRule(params.rule, results);
  const saidPart = said.length ? ` Said: ${said.map(describeFound).join('; ')}.` : '';
  return {
    ...fail(`Not complete ${win.where}${needs ? ` (needs ${needs})` : ''}: ${explain.map((r) => whatIsMissing(r, full, ctx.brand.name)).join('; ')}.${saidPart}`, evidence),
    confidence,
  };
}

/** How far past an exception's words a variant said over them may reach and still set the exception aside. */
const EXCEPTION_TAIL_UNITS = 3;

/**
 * The window without the spans where an exception was said (「感谢您的耐心等待」 is not
 * 「感谢您的来电」) — only where the exception fits those words better than the element does,
 * so "thank you for calling" is not lost to "thank you for holding", one word away.
 */
function withoutExceptions(stream: SpokenStream, variants: PhraseVariant[], exceptions: PhraseVariant[], opts: ResolvedMatch): SpokenStream {
  let rest = stream;
  for (const e of exceptions) {
    // Every occurrence, not only the first: a thank-you for holding after the hold and another
    // one in the closing turn must both be masked.
    for (let guard = 0; guard < MAX_EXCEPTION_REPEATS; guard++) {
      // matchSaid skips an exception that provably cannot reach its threshold here (only speed changes).
      const m = matchSaid(rest, e, opts);
      if (!m) break;
      // An exception with a surname slot (the brand's 「我这边姓{surname}」) only counts as the self-introduction it is:
      // the roster surname heard in its slot, next to its words said as written. Matched loosely, 「我这边姓赵」 took
      // 「招行，这边…」 — 招 sounds like 赵, 行 like 姓 — and the brand of every agent surnamed 赵 was lost (I29).
      if (e.surnameSlot && !(accepted(m) && slotAnchored(m, rest))) break;
      // The exception yields to a variant said in its words — and in up to EXCEPTION_TAIL_UNITS after them:
      // 「感谢您的耐心和来电」 thanks for the call too, though 「感谢您的耐心」 alone is no closing thank-you (I43).
      const span = { segments: rest.segments, units: rest.units.slice(m.alignment.textStart, m.alignment.textEnd + 1 + EXCEPTION_TAIL_UNITS) };
      const own = findItem(span, variants, opts);
      if (own && own.similarity >= m.similarity) break;
      const { textStart, textEnd } = m.alignment;
      rest = { segments: rest.segments, units: rest.units.filter((_, i) => i < textStart || i > textEnd) };
    }
  }
  return rest;
}

/**
 * The best of `alone`'s wordings said as a clause of its own in the window (schema `saidAlone`), or null. Each
 * wording is looked for among the clauses no longer than itself: 「拜」 only in a clause of one unit, so the 百 of
 * 「二百」 is no goodbye though a two-unit wording (「您忙」) is listed beside it (I135).
 */
function saidAsClause(win: AgentWindow, stream: SpokenStream, alone: PhraseVariant[], opts: ResolvedMatch): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const length of new Set(alone.map((v) => v.units.length))) {
    const m = findItem(shortClausesOnly(stream, length), alone.filter((v) => v.units.length === length), opts, (x) => win.counts(x));
    if (accepted(m) && win.counts(m) && (!best || m.similarity > best.similarity)) best = m;
  }
  return best;
}

/**
 * The roster surname said as a clause of its own inside the window (「值班的是我，孙」「话务台，我王」「前台陈」),
 * matched as the wording surname-clause.ts found it is (「前台{surname}」) — so it is quoted, timed and its
 * surname judged like any wording — or null.
 */
function surnameSaidAlone(ctx: CallContext, win: AgentWindow, stream: SpokenStream, taken: ReadonlySet<Unit>, opts: ResolvedMatch): PhraseMatch | null {
  return firstMatchedAsWording(ctx, win, surnameClauses(stream, toUnits(ctx.agent.surname), taken), opts);
}

/**
 * A naming frame said with no surname after it (「我姓，蚕场的」: surname-unheard.ts), matched as its wording is, or null.
 * Looked for only when the element found nothing else: it is the weakest evidence of a self-introduction there is.
 */
function frameWithoutSurname(ctx: CallContext, win: AgentWindow, stream: SpokenStream, taken: ReadonlySet<Unit>, opts: ResolvedMatch): PhraseMatch | null {
  return firstMatchedAsWording(ctx, win, unheardSurnameFrames(stream, taken), opts);
}

/** The first stretch, in the order said, that matches the wording it was found as and counts in the window, or null. */
function firstMatchedAsWording(ctx: CallContext, win: AgentWindow, stretches: readonly (SpokenStream & { wording: string })[], opts: ResolvedMatch): PhraseMatch | null {
  for (const stretch of stretches) {
    const m = findItem(stretch, variantsFor(ctx, [stretch.wording]), opts);
    if (accepted(m) && win.counts(m)) return m;
  }
  return null;
}

/** True when the closest match heard a surname-like word in its slot (a wrong surname, which must fail). */
function heardSurnameIn(closest: PhraseMatch | null, stream: SpokenStream): boolean {
  return !!closest?.said && !!closest.surname && !closest.surname.ok && heardSurname(closest, stream) !== '';
}

/** The first of the wordings said in the stream, or null. */
function saidOneOf(stream: SpokenStream, wordings: PhraseVariant[], opts: ResolvedMatch): PhraseMatch | null {
  for (const w of wordings) {
    const m = matchSaid(stream, w, opts);
    if (m) return m;
  }
  return null;
}

/** Occurrences of one exception masked at most (a window holds a few sentences, not dozens). */
const MAX_EXCEPTION_REPEATS = 8;

export function satisfies(rule: ElementRule, ids: string[], said: Set<string>): boolean {
  if (rule === 'all') return ids.every((x) => said.has(x));
  if (rule === 'any') return ids.some((x) => said.has(x));
  if ('atLeast' in rule) return ids.filter((x) => said.has(x)).length >= rule.atLeast;
  return rule.anyOf.some((combo) => combo.every((x) => said.has(x)));
}

/** The elements whose absence broke the rule: for anyOf, those of the combination that came closest. */
function missingForRule(rule: ElementRule, results: ElementResult[], said: Set<string>): Set<string> {
  const notSaid = results.filter((r) => !said.has(r.element.id)).map((r) => r.element.id);
  if (typeof rule === 'object' && 'anyOf' in rule) {
    // The combination that came closest: fewest elements missing, then most already said.
    const missingIn = (c: string[]) => c.filter((x) => !said.has(x)).length;
    const best = [...rule.anyOf].sort((a, b) => missingIn(a) - missingIn(b) || b.length - a.length)[0];
    return new Set(best.filter((x) => !said.has(x)));
  }
  return new Set(notSaid);
}

function describeRule(rule: ElementRule, results: ElementResult[]): string {
  const label = (x: string) => results.find((r) => r.element.id === x)?.element.label ?? x;
  const required = results.filter((r) => r.element.required).map((r) => r.element.label);
  const req = required.length ? `${required.join(' and ')}, and ` : '';
  if (rule === 'all') return '';
  if (rule === 'any') return `${req}one of ${results.map((r) => r.element.label).join(', ')}`;
  if ('atLeast' in rule) {
    const others = results.filter((r) => !r.element.required).map((r) => r.element.label);
    const n = rule.atLeast - required.length;
    return n > 0 ? `${req}${n === 1 ? 'one' : n} of ${others.join(', ')}` : required.join(' and ');
  }
  return rule.anyOf.map((combo) => combo.map(label).join(' and ')).join(', or ');
}

function describeFound(r: ElementResult): string {
  if (r.signal === 'act_model') {
    const c = r.act!.clause;
    return `${r.element.label} (“${c.text}” at ${Math.round(c.atS * 10) / 10} s, by the act model: ${r.act!.p.toFixed(2)})`;
  }
  const m = r.found!;
  if (r.surnameUnheard) {
    return `${r.element.label} (“${m.quote}” at ${Math.round(m.atS * 10) / 10} s, but no surname was heard after it: the transcript may have dropped it — listen to confirm)`;
  }
  return `${r.element.label} (“${m.quote}” at ${Math.round(m.atS * 10) / 10} s${r.signal === 'both' ? ', matcher and act model' : ''}${soundAlike(m)})`;
}

/**
 * When the surname counted by sound, not by writing, say so: a coach who reads
 * 「我姓汪」 for an agent named 王 must see that it was taken as the same sound on purpose.
 */
function soundAlike(m: PhraseMatch): string {
  const slot = m.surname;
  if (!slot?.ok || !slot.matched || !/\p{Script=Han}/u.test(slot.expected)) return '';
  const heard = slot.matched.replace(/[\s，,。.！!？?、]+/gu, '');
  return heard && heard !== slot.expected ? `; heard “${heard}” for “${slot.expected}” (same sound)` : '';
}

function noteFor(r: ElementResult): string {
  const m = r.closest!;
  if (m.said && m.brand && !m.brand.ok) return 'brand not recognised';
  if (m.said && m.surname && !m.surname.ok) return 'surname does not match the roster';
  return 'closest, did not count';
}

/** What a coach reads about one missing element: which part — brand, surname, wording — was not there. */
function whatIsMissing(r: ElementResult, full: SpokenStream, brandName: string): string {
  const m = r.closest;
  const label = r.element.label;
  if (r.withdrawnBy) {
    return `${label} taken back: “${r.withdrawnBy.quote}” at ${Math.round(r.withdrawnBy.atS * 10) / 10} s hurries the customer off the line`;
  }
  if (m?.said && m.surname && !m.surname.ok) {
    const heard = heardSurname(m, full);
    return heard
      ? `${label}: the agent gave the surname “${heard}” but the roster says “${m.surname.expected}” (“${m.quote}”)`
      : `${label}: no surname was heard (roster: “${m.surname.expected}”) in “${m.quote}”`;
  }
  if (m?.said && m.brand && !m.brand.ok) {
    return m.brand.spoken
      ? `${label}: “${m.brand.spoken}” is not the brand “${m.brand.expected}” or one of its aliases`
      : `${label}: said without the brand name (“${m.quote}”)`;
  }
  // The brand element (every wording carries the brand) is named by the brand; any other element by its first wording —
  // a thank-you whose list holds 「感谢您致电{brand}」 is still missing as a thank-you, not as the brand.
  const expected = r.element.variants.every((v) => v.includes('{brand}')) ? `the brand “${brandName}” or an alias` : `e.g. “${r.element.variants[0]}”`;
  // Close enough by similarity, and the right surname, but not where a surname is introduced: saying
  // "0.67, 0.65 needed" alone would read as a bug to a coach.
  if (accepted(m) && !slotAnchored(m, r.stream)) {
    return `${label} missing — “${m.quote}” at ${Math.round(m.atS * 10) / 10} s holds the surname, but the words that introduce it (e.g. “${r.element.variants[0]}”) were not heard as written`;
  }
  if (m && m.similarity > NEAR_MISS) {
    return `${label} missing — the closest was “${m.quote}” at ${Math.round(m.atS * 10) / 10} s (similarity ${m.similarity.toFixed(2)}, ${r.needed.toFixed(2)} needed)`;
  }
  return `${label} missing (${expected})`;
}

/** The spoken units a match heard as written (by sound): the words it is sure of, not its fuzzy edges. */
function wordsHeardIn(m: PhraseMatch, stream: SpokenStream): Unit[] {
  const out: Unit[] = [];
  m.alignment.alignedTo.forEach((at, k) => {
    if (at >= 0 && sameWord(m.variant.units[k], stream, at)) out.push(stream.units[at]);
  });
  return out;
}

function withoutWords(stream: SpokenStream, words: Set<Unit>): SpokenStream {
  return words.size === 0 ? stream : { segments: stream.segments, units: stream.units.filter((u) => !words.has(u)) };
}

/**
 * True when the match has no surname slot, or a word next to the slot was said exactly as written — and the
 * surname, when heard by sound only, makes no word with the character before or after it (partOfWord, surname-clause.ts).
 */
export function slotAnchored(m: PhraseMatch, stream: SpokenStream): boolean {
  const slot = m.variant.surnameSlot;
  if (!slot || m.variant.units.length === slot.to - slot.from) return true;
  const first = m.surname?.matchedAt?.[0];
  if (first !== undefined && partOfWord(stream.units, first, m.surname!.expected)) return false;
  const a = m.alignment.alignedTo;
  const exact = (k: number) => k >= 0 && k < a.length && a[k] >= 0 && sameWord(m.variant.units[k], stream, a[k]);
  return exact(slot.from - 1) || exact(slot.to);
}

/**
 * The same word, for anchoring a slot: the same character, or a homophone by the characters'
 * usual readings — stricter than matching, where any reading of a polyphone counts (什 can be
 * shi, but 「有什么」 is no 「我是…」) — and read so in the word it was heard in: the 行 of 「银行，胡」
 * is hang, no 「姓胡」 (I58: the brand's words were taken for the self-introduction, and the brand lost).
 */
function sameWord(expected: Unit, stream: SpokenStream, at: number): boolean {
  const spoken = stream.units[at];
  if (expected.key === spoken.key) return true;
  if (expected.kind === 'han' && spoken.kind === 'han') {
    return expected.readings[0] === spoken.readings[0] && expected.readings[0] === readingInPlace(stream, at);
  }
  return substitutionCost(expected, spoken) === 0;
}

/** The reading of Han unit `at` between the Han characters heard right next to it in its segment. */
function readingInPlace(stream: SpokenStream, at: number): string {
  const u = stream.units[at];
  const neighbour = (i: number) => {
    const n = stream.units[i];
    return n && n.kind === 'han' && n.segment === u.segment && Math.abs(n.from - u.from) === 1 ? n.key : '';
  };
  return readingBetween(neighbour(at - 1), u.key, neighbour(at + 1));
}

/**
 * The surname the agent said, but only when the slot was really heard: the words next to it
 * (「我姓」, "my name is", "speaking") were said as written, and the slot holds one or two
 * units — otherwise the aligner's guess would put a random word in the agent's mouth — and can be a
 * surname at all (common-surnames.ts: not 「好」 from 「…听得清吗，好，这边」, not "the").
 */
export function heardSurname(m: PhraseMatch, stream: SpokenStream): string {
  const slot = m.variant.surnameSlot;
  if (!slot || !m.surname?.spoken) return '';
  if (m.variant.units.length === slot.to - slot.from) return '';
  const anchored = slotAnchored(m, stream);
  const width = slot.to - slot.from;
  const spokenUnits = m.surname.spoken.match(/\p{Script=Han}|[A-Za-z'’]+/gu) ?? [];
  return anchored && spokenUnits.length > 0 && spokenUnits.length <= width + 1 && canBeSurname(m.surname.spoken) ? m.surname.spoken : '';
}

function elementConfidence(r: ElementResult): number {
  const byAct = r.act ? actConfidence(r.act.p, r.actThreshold) : undefined;
  if (r.signal === 'act_model') return byAct!;
  // A frame whose surname nobody heard: a coin toss, whatever the act model says.
  if (r.surnameUnheard) return UNHEARD_SURNAME_CONFIDENCE;
  const m = r.found ?? r.closest;
  // A wrong surname or brand is a decision on the slot, not on the wording's similarity.
  const byMatcher = !m ? 1 : !r.found && m.said ? 0.9 : marginConfidence(m.similarity, r.needed);
  if (r.signal === 'both') return bothConfidence(byMatcher, byAct!);
  // Said by the matcher alone, or missed by both: the act model's doubt (if asked) caps the certainty of a miss.
  return byAct === undefined || r.signal === 'matcher' ? byMatcher : Math.min(byMatcher, byAct);
}

/** The confidence of a self-introduction credited on its frame alone, the surname unheard: a coach should listen. */
const UNHEARD_SURNAME_CONFIDENCE = 0.5;

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

