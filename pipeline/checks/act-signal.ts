/**
 * The utterance-act model as a check's second signal. The phrase matcher stays first (only it can
 * check a brand or a surname); the act model says, clause by clause of the agent's speech, which
 * act each clause is (models/acts) — so a thank-you for calling worded in a way no phrase list
 * holds, or garbled by ASR, can still be credited, and a brush-off the list misses can be flagged.
 * The model is loaded once per process (actModel()); a transcript's clauses are classified once.
 */
import { actModel } from '../../models/acts/engine.ts';
import { splitClauses } from '../../models/acts/clauses.ts';
import type { ActLabel } from '../../models/acts/labels.ts';
import type { Evidence, TranscriptSegment } from '../types.ts';
import { FILLER_RUN, FILLER_UNIT_KEYS, IGNORED_UNIT_KEYS } from './match/discourse.ts';
import type { SpokenStream } from './match/stream.ts';
import { dropFillers, toUnits } from './match/units.ts';

export type { ActLabel } from '../../models/acts/labels.ts';

export interface AgentClause {
  segment: number;
  text: string;
  /** Character offsets in the segment text. */
  from: number;
  to: number;
  /** Estimated call time, seconds (spread over the segment by characters). */
  atS: number;
  endS: number;
  probs: Record<ActLabel, number>;
  /** Han characters and words, fillers not counted. */
  units: number;
  /** The clause is the segment's only clause (the agent's whole turn). */
  wholeTurn: boolean;
  /** The clause opens the agent's turn (fillers aside): "Hold please, the system's loading". */
  opensTurn: boolean;
  /** The clause ends the agent's turn, fillers and tags (TURN_TAGS: "yeah", "then") aside: "Anything else, yeah". */
  endsTurn: boolean;
}

/**
 * Words a speaker tags onto the end of a turn without adding to it: "Anything else, yeah", "Anything else then, sir".
 * Not "okay": "Anything else? Okay, bye." goes on to a goodbye. Unit keys, as units.ts writes them (lower case, no apostrophe: maam).
 */
const TURN_TAGS: ReadonlySet<string> = new Set(['yeah', 'yes', 'yep', 'then', 'today', 'sir', 'madam', 'maam', 'mate', 'love', 'hon', 'pet', 'ah', 'eh', 'lah', 'right', '啊', '呢', '吧', '哈', '呀']);
/** True for a clause of tags and fillers only ("yeah", "yeah uh", "um"): it adds nothing to the turn before it. */
const isTag = (text: string) => dropFillers(toUnits(text), IGNORED_UNIT_KEYS as string[][]).every((u) => TURN_TAGS.has(u.key));

const cache = new WeakMap<TranscriptSegment[], AgentClause[]>();

/**
 * A filler and the comma ASR writes after it (「不用，嗯，自己去查」, "I don't er, want to"): that
 * comma is no clause break, so both are blanked (same length, offsets kept) before splitting.
 */
const FILLER_COMMA = new RegExp(
  `(?<=^|[\\s，,])${FILLER_RUN}[，,]\\s*`,
  'giu',
);

function withoutFillerCommas(text: string): string {
  return text.replace(FILLER_COMMA, (m) => ' '.repeat(m.length));
}

/** Every clause of the agent's speech, in time order, with the act model's probabilities. */
export function agentClauses(segments: TranscriptSegment[]): AgentClause[] {
  let out = cache.get(segments);
  if (out) return out;
  const model = actModel();
  out = [];
  segments.forEach((seg, index) => {
    if (seg.speaker !== 'agent') return;
    const len = Math.max(1, seg.text.length);
    const span = Math.max(0, seg.end - seg.start);
    const masked = withoutFillerCommas(seg.text);
    const clauses = splitClauses(masked);
    let lastWords = clauses.length - 1;
    while (lastWords > 0 && isTag(clauses[lastWords].text)) lastWords--;
    clauses.forEach((c, k) => {
      out!.push({
        segment: index,
        // Quoted as said (fillers included), classified without the fillers.
        text: seg.text.slice(c.from, c.to),
        from: c.from,
        to: c.to,
        atS: seg.start + (c.from / len) * span,
        endS: seg.start + (c.to / len) * span,
        probs: model.classify(c.text.replace(/\s+/g, ' ')).probs,
        units: unitCount(c.text),
        wholeTurn: clauses.length === 1,
        opensTurn: k === 0,
        endsTurn: k >= lastWords,
      });
    });
  });
  cache.set(segments, out);
  return out;
}

const pairCache = new WeakMap<TranscriptSegment[], AgentClause[]>();

/**
 * Every two neighbouring clauses of one agent turn, judged as one: the forbidden check's second reading
 * (H9 round). A reproach or a brush-off is often said in two clauses — "Ask your GP, do not call here",
 * 「我说了明天给您装好，就一定装好」, "We will pay you back, three hundred pounds, by Wednesday" — and
 * neither half alone is one (the act model is trained on whole sentences, commas included); judged
 * clause by clause, such a sentence was never flagged.
 */
export function agentClausePairs(segments: TranscriptSegment[]): AgentClause[] {
  let out = pairCache.get(segments);
  if (out) return out;
  const model = actModel();
  const clauses = agentClauses(segments);
  out = [];
  for (let i = 0; i + 1 < clauses.length; i++) {
    const a = clauses[i];
    const b = clauses[i + 1];
    if (a.segment !== b.segment) continue;
    const seg = segments[a.segment];
    const masked = withoutFillerCommas(seg.text).slice(a.from, b.to);
    out.push({
      segment: a.segment,
      text: seg.text.slice(a.from, b.to),
      from: a.from,
      to: b.to,
      atS: a.atS,
      endS: b.endS,
      probs: model.classify(masked.replace(/\s+/g, ' ').trim()).probs,
      units: a.units + b.units,
      wholeTurn: a.wholeTurn || (i === 0 || clauses[i - 1].segment !== a.segment) && (i + 2 >= clauses.length || clauses[i + 2].segment !== a.segment),
      opensTurn: a.opensTurn,
      endsTurn: b.endsTurn,
    });
  }
  pairCache.set(segments, out);
  return out;
}

export interface ActHit {
  clause: AgentClause;
  act: ActLabel;
  /** Probability of `act` for the clause. */
  p: number;
}

/**
 * A clause shorter than this (Han characters or words) is never credited by the act model: a
 * fragment ("point uh", "anything else") carries too little to tell one act from another.
 */
export const MIN_ACT_CLAUSE_UNITS = 3;

/**
 * A clause that is the agent's whole turn is judged from two units: said alone, "Pay attention",
 * 「闭嘴」 or "Hold on" is no fragment of a longer thought (H3 round: two-word rebukes were never judged).
 */
export const MIN_ACT_TURN_UNITS = 2;

/**
 * Han characters count one each, other words one each. A Latin word runs up to the next Han character: 「VR还有别的吗」
 * is six units, not one (I33, heldout41's misses — a Latin word before Mandarin made the whole clause one "word",
 * too short to judge). The fillers that open the clause are not counted: 「就是都」 (a filler and one garbled character,
 * I55) is one unit, too short for the act model, which read it 0.87-0.91 as rude on heldout57 and heldout63. A particle
 * after the words stays counted: 「等啊」 and 「您早啊」 are a request to hold and a greeting (dropping every filler lost
 * those on heldout33 and heldout34).
 */
export function unitCount(text: string): number {
  const keys = (text.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}'])+/gu) ?? []).map((w) => w.toLowerCase().replace(/'/g, ''));
  let start = 0;
  for (let f = leadingFiller(keys, start); f > 0; f = leadingFiller(keys, start)) start += f;
  return keys.length - start;
}

/** The length of the filler (FILLER_UNIT_KEYS) that opens `keys` at `start`, or 0. */
function leadingFiller(keys: readonly string[], start: number): number {
  return FILLER_UNIT_KEYS.find((f) => f.every((k, j) => keys[start + j] === k))?.length ?? 0;
}

/**
 * The clause (among `clauses`, long enough to judge) most confidently one of `acts`, or null when there is none.
 * A clause's confidence is the probability that it is any of the acts (their sum: an element that two acts
 * say — a closing offer worded like an opening one, 「您看还有啥需要的」 further help 0.88 and offer of help 0.10 —
 * is that sure); the hit names the likeliest of them.
 *
 * `shortEnders`: a clause that ends the agent's turn (tags aside) is judged from two units too — for the offer of
 * more help (I29 round): "Anything else, yeah" leaves the question open for the customer, while "Anything else?
 * Okay, bye." goes on to the goodbye and stays uncredited, as the noisy set's curt near misses must.
 *
 * `shortOpeners`: a clause that opens the agent's turn is judged from two units too, as a whole turn is —
 * for the hold check only (I5 round): a request to hold is short and said first ("Hold please, the system's
 * loading", "Wait ah, I go check with my colleague", 「稍等啊，我查下」). Tried for every check, it made the noisy
 * set's English closing credit 18 two-word openers wrongly.
 */
export function bestAct(clauses: AgentClause[], acts: readonly ActLabel[], { shortOpeners = false, shortEnders = false } = {}): ActHit | null {
  let best: ActHit | null = null;
  for (const clause of clauses) {
    const short = clause.wholeTurn || (shortOpeners && clause.opensTurn) || (shortEnders && clause.endsTurn);
    if (clause.units < (short ? MIN_ACT_TURN_UNITS : MIN_ACT_CLAUSE_UNITS)) continue;
    let p = 0;
    let act = acts[0];
    for (const a of acts) {
      p += clause.probs[a];
      if (clause.probs[a] > clause.probs[act]) act = a;
    }
    if (act !== undefined && (!best || p > best.p)) best = { clause, act, p: Math.min(1, p) };
  }
  return best;
}

/** Evidence quoting the clause the act model decided on. */
export function actEvidence(hit: ActHit, note: string): Evidence {
  return {
    atS: round1(hit.clause.atS),
    endS: round1(hit.clause.endS),
    speaker: 'agent',
    quote: hit.clause.text,
    note: `${note} (act model: ${hit.act.replace(/_/g, ' ')} ${hit.p.toFixed(2)}, ${actModel().version})`,
    signal: 'act_model',
  };
}

/**
 * Confidence (0.5–1) of a decision taken on an act probability `p` against `threshold`: 0.5 at
 * the threshold, 1 at certainty, either side.
 */
export function actConfidence(p: number, threshold: number): number {
  const span = p >= threshold ? 1 - threshold : threshold;
  return span <= 0 ? 1 : Math.min(1, 0.5 + Math.abs(p - threshold) / (2 * span));
}

/** Two independent signals agreeing: more sure than either (noisy-or of their doubts). */
export function bothConfidence(a: number, b: number): number {
  return 1 - (1 - a) * (1 - b);
}

/**
 * The clauses that hold none of the units taken out of `full` to make `kept` — the spans where an
 * element's exception was said (a thank-you for holding, for the closing's thank-you): what the
 * matcher may not credit, the act model may not either.
 */
export function clausesClearOf(clauses: AgentClause[], full: SpokenStream, kept: SpokenStream): AgentClause[] {
  if (kept.units.length === full.units.length) return clauses;
  const left = new Set(kept.units);
  const taken = full.units.filter((u) => !left.has(u));
  // Strict overlap: a clause merely next to the masked words keeps its say.
  return clauses.filter((c) => !taken.some((u) => u.segment === c.segment && c.atS < u.endS && u.startS < c.endS));
}

/** True when the clause and the time span overlap (a matcher's hit and an act model's clause). */
export function clauseOverlaps(c: AgentClause, atS: number, endS: number): boolean {
  return c.atS < endS + 0.05 && atS < c.endS + 0.05;
}

/** The single clause said straight before `clause` in the same agent turn, if any (`singles`: agentClauses, in order). */
export function clauseBefore(clause: AgentClause, singles: readonly AgentClause[]): AgentClause | undefined {
  return singles.filter((c) => c.segment === clause.segment && c.to <= clause.from).at(-1);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
