/**
 * The scorecard file format (YAML or JSON), validated with zod at load.
 *
 * A scorecard has sections; each section has checks; each check has a `kind` (which check
 * function runs), its `params`, a `weight` (weights of the whole scorecard sum to 100; 0 means
 * "shown but not scored"), `critical` (failing it sets the call score to 0) and optional
 * `notApplicableWhen` rules. Times are seconds, sentiment −1..1, shares 0..1.
 */
import { z } from 'zod';
import { ACT_LABELS } from '../../models/acts/labels.ts';
import { isOnlyIgnoredWords } from './ignored-words.ts';

const seconds = z.number().nonnegative();
const positiveSeconds = z.number().positive();
const share = z.number().min(0).max(1);
const word = z.string().trim().min(1);
/** A phrase to match: at least one word the matcher does not ignore (a filler alone matches nothing of its own). */
const phrase = word.refine((p) => !isOnlyIgnoredWords(p), {
  error: (issue) => `"${issue.input}" is only filler words, which the matcher ignores (a comma inside a YAML [a, b] list splits a phrase in two: quote it)`,
});
/** A list of phrases; an inner list is a group of alternatives that count as one item. */
const phraseItems = z.array(z.union([phrase, z.array(phrase).min(1)])).min(1);
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, - and _ (no spaces)');
const threshold = share.optional().describe('minimum similarity 0..1; defaults to matching.threshold');
/**
 * Utterance acts (models/acts) that count for a phrase as a second signal: when the phrase matcher
 * misses, a clause the act model gives one of these acts with probability ≥ `actThreshold` counts.
 * Empty (the default): the matcher alone decides.
 */
const acts = z.array(z.enum(ACT_LABELS)).default([]);
const actThreshold = share.optional().describe('minimum act-model probability 0..1 for an act to count');

export const matchingSchema = z.strictObject({
  /** Minimum similarity 0..1 for a phrase to count as said. */
  threshold: share.default(0.8),
  /** Phrases shorter than this many units (characters / words) must match exactly by sound. */
  minFuzzyUnits: z.number().int().min(1).default(3),
  /** Filler words removed from speech before matching (嗯, 那个, um, uh…). */
  fillers: z.array(word).default([]),
});

/**
 * One meaning unit of a scripted phrase (greeting: salutation, brand, self-introduction, offer
 * to help; closing: offer of more help, thanks for calling, goodbye), with the wordings that
 * count as saying it. Elements are looked for independently, in any order, inside the window.
 */
export const elementSchema = z.strictObject({
  id,
  /** How a coach reads it in a reason: "the brand", "the self-introduction with the surname". */
  label: z.string().trim().min(1),
  variants: z.array(phrase).min(1),
  /** Must be said whatever the rule says (the brand and the surname of a greeting). */
  required: z.boolean().default(false),
  /** Wordings that contain this element's words but are something else: a thank-you for holding is not a thank-you for calling. */
  exceptions: z.array(phrase).default([]),
  /**
   * Wordings that take the element back when said in the same agent turn: 「还有别的事吗？没有的话我先挂了」
   * hurries the customer off the line — no courteous offer of more help, though its first clause is one.
   */
  withdrawnBy: z.array(phrase).default([]),
  /**
   * Wordings that count only said as a clause of their own (fillers aside): 「好，拜，」 ends a call, the 拜 of
   * 「下礼拜」 or 「拜托」 does not. For words too short to list among `variants`.
   */
  saidAlone: z.array(phrase).default([]),
  /**
   * For a self-introduction with `{surname}` variants, Mandarin rosters: the roster surname said as a
   * clause of its own, or closing a clause right after 我 or 是 (「值班的是我，孙」「话务台，我王」「客服是周」),
   * counts too — agents often give it with no naming frame at all.
   */
  surnameAlone: z.boolean().default(false),
  /**
   * For a self-introduction with `{surname}` variants: a naming frame heard with its surname slot empty (「我姓，蚕场的」,
   * "my name is how can I help") — the recogniser dropped the name — counts too, at confidence 0.5, its reason saying
   * no surname was heard (checks/match/surname-unheard.ts). Off, a greeting passes only on a name heard. A wrong
   * surname the recogniser dropped as well cannot be told from a right one, so it passes too.
   */
  surnameUnheard: z.boolean().default(false),
  /**
   * The act model also judges a two-word clause that ends the agent's turn ("Anything else, yeah"): for the offer of
   * more help, a short question left open for the customer. One that goes on to a goodbye ("Anything else? Okay,
   * bye.") is still not judged.
   */
  actShortAtTurnEnd: z.boolean().default(false),
  threshold,
  /** Acts that say this element when the wording is not matched (never for brand or surname: only the matcher checks those). */
  acts,
  actThreshold,
});

/** Which elements must be said: all, any one, at least N, or one of several combinations (element ids). */
export const elementRuleSchema = z.union([
  z.enum(['all', 'any']),
  z.strictObject({ atLeast: z.number().int().min(1) }),
  z.strictObject({ anyOf: z.array(z.array(id).min(1)).min(1) }),
]);
export type ElementRule = z.infer<typeof elementRuleSchema>;

/** A forbidden-phrase category (brush-off, blame, rude, promises) with its own hard negatives. */
export const forbiddenCategorySchema = z.strictObject({
  id,
  label: z.string().trim().min(1),
  phrases: z.array(phrase).min(1),
  /** Polite sentences that contain a forbidden phrase's words and are fine. */
  exceptions: z.array(phrase).default([]),
  /**
   * Wordings that take a hit of this category back when said after it in the same agent turn: the errand taken
   * on right after "that's not ours" (「不归我们管的部分，我帮您问清楚该找谁」, "another team handles that, I'll
   * transfer you") is no brush-off. Unlike `exceptions`, they need not share a clause with the hit.
   */
  takenBackBy: z.array(phrase).default([]),
  /**
   * How the agent's own action opens a clause ("I'll", "let me", 「我帮」): said, not negated, in the clause right
   * after a hit of this category, it takes the hit back (checks/own-action-after.ts). Compared as written, not by sound.
   */
  takenBackByOwnAction: z.array(z.string().trim().min(1)).default([]),
  /** Acts (brush_off, blame, rude…) flagged in this category when no listed phrase matched. */
  acts,
  actThreshold,
});

export const paramSchemas = {
  /**
   * Required phrase(s) near the start or end of the agent's speech, or anywhere: `phrases`
   * (whole wordings, the original form), `elements` with a `rule` (meaning units), or both —
   * then the elements decide, and a whole scripted wording said in the window also passes
   * (its context carries a greeting through ASR damage that breaks a short element).
   */
  phrase_in_window: z.strictObject({
    phrases: phraseItems.optional(),
    /** `any`: one of the items is enough; `all`: every item must be said. (With `phrases`.) */
    require: z.enum(['any', 'all']).default('any'),
    elements: z.array(elementSchema).min(1).optional(),
    /** With `elements`: which must be said (default all). */
    rule: elementRuleSchema.default('all'),
    /** Default act-model probability for elements with `acts`. */
    actThreshold: share.default(0.9),
    window: z
      .strictObject({
        /** agent_start: from the start of the agent's first turn; agent_end: back from the end of the agent's last turn. */
        anchor: z.enum(['agent_start', 'agent_end', 'anywhere']),
        seconds: positiveSeconds.optional(),
      })
      .refine((w) => w.anchor === 'anywhere' || w.seconds !== undefined, {
        message: 'seconds is required unless anchor is anywhere',
        path: ['seconds'],
      }),
    threshold,
  }).superRefine((p, ctx) => {
    if (!p.phrases && !p.elements) ctx.addIssue({ code: 'custom', message: 'give phrases, elements, or both', path: ['elements'] });
    if (!p.elements) return;
    const ids = p.elements.map((e) => e.id);
    ids.forEach((x, i) => {
      if (ids.indexOf(x) !== i) ctx.addIssue({ code: 'custom', message: `duplicate element id "${x}"`, path: ['elements', i, 'id'] });
    });
    const rule = p.rule;
    if (typeof rule === 'object' && 'atLeast' in rule && rule.atLeast > ids.length) {
      ctx.addIssue({ code: 'custom', message: `atLeast ${rule.atLeast} but only ${ids.length} elements`, path: ['rule', 'atLeast'] });
    }
    if (typeof rule === 'object' && 'anyOf' in rule) {
      rule.anyOf.forEach((combo, i) =>
        combo.forEach((x, j) => {
          if (!ids.includes(x)) ctx.addIssue({ code: 'custom', message: `unknown element "${x}" (elements: ${ids.join(', ')})`, path: ['rule', 'anyOf', i, j] });
        }),
      );
    }
  }),
  /** Phrases the agent must never say (服务禁语): a flat list, or by category, or both. */
  forbidden_phrase: z.strictObject({
    phrases: z.array(phrase).default([]),
    /** Longer phrases that contain a forbidden one but are fine (「如果您不知道卡号」 contains 不知道). Apply to every category. */
    exceptions: z.array(phrase).default([]),
    categories: z.array(forbiddenCategorySchema).default([]),
    threshold,
    /** Default act-model probability for categories with `acts`. */
    actThreshold: share.default(0.9),
    /**
     * A listed phrase matched only approximately (similarity below 1: ASR damage allowed for) in a clause the act
     * model gives less than this for its category's acts is dropped — the guess about the words loses to a model
     * sure the clause is something else (「您今天是想解决什么问题」 is no 「绝对没问题」). Matches exact by sound (homophones included)
     * always count. Categories without `acts` are not vetoed. Unset: no veto.
     */
    actVetoBelow: share.optional().describe('act-model probability 0..1 under which an approximate phrase match is dropped'),
    /**
     * The act model decides a clause of the agent's opening turn (the first agent segment: the scripted greeting) only
     * at this probability or above, not at the category's `actThreshold`: department names, invitations to speak and
     * self-introductions said there are the act model's commonest false alarms. Listed phrases count there as anywhere.
     * Unset: the opening turn is judged like any other.
     */
    openingActThreshold: share.optional().describe('act-model probability 0..1 a clause of the opening turn needs to count as forbidden'),
    /**
     * Judge a clause on every category's acts together (their probabilities summed) and give it to the category of
     * its likeliest act, instead of each category on its own acts: a reproach the model splits between blame and
     * rude (0.45 each) is still one. The category's `actThreshold` then applies to the pooled probability.
     */
    poolActs: z.boolean().default(false),
    /**
     * The act model also judges a two-word clause that ends the agent's turn: a verdict tacked on at the end ("claim it
     * on your insurance, not us", "crooked hat, zero taste"). Shorter clauses are otherwise never judged.
     */
    actShortAtTurnEnd: z.boolean().default(false),
  }).refine((p) => p.phrases.length + p.categories.length > 0, { message: 'give phrases or categories', path: ['phrases'] }),
  /** Announce a hold before it (「请您稍等」) and thank the customer after it (「感谢您的耐心等待」). */
  hold_etiquette: z.strictObject({
    /** Agent-side silences at least this long count as holds. */
    minHoldS: positiveSeconds,
    before: z.array(phrase).min(1),
    after: z.array(phrase).min(1),
    /** How long before the hold starts the announcement may come. */
    beforeWindowS: positiveSeconds.default(15),
    /** How long after the hold ends the thank-you may come. */
    afterWindowS: positiveSeconds.default(20),
    threshold,
    /** Acts that announce a hold / thank for it when no listed phrase matched. */
    beforeActs: acts,
    afterActs: acts,
    actThreshold: share.default(0.9),
    /**
     * Plain thank-yous (「谢谢」, "thank you") that, said as a clause of their own in the agent's first turn back
     * from a hold, thank the customer for waiting: the customer has said nothing since, so there is nothing else
     * to thank them for.
     */
    returnThanks: z.array(z.string().min(1)).default([]),
  }),
  /** Silences longer than `maxSilenceS` between the first and last words of the call. */
  dead_air: z.strictObject({
    maxSilenceS: positiveSeconds,
    /**
     * Silences this long or longer are holds, judged by hold etiquette, not dead air — as the VAD
     * stage does. Only used without a VAD result (transcript gaps); keep it equal to the hold
     * check's `minHoldS`.
     */
    holdMinS: positiveSeconds.default(10),
    /** How many such silences are tolerated. */
    maxCount: z.number().int().min(0).default(0),
    /** A silence right after one of these agent phrases is an announced hold, not dead air. */
    excusedBy: z.array(phrase).default([]),
    excusedWithinS: positiveSeconds.default(15),
    threshold,
  }),
  /** The agent talking over the customer. */
  interruption: z.strictObject({
    /** Overlaps shorter than this (a quick 「嗯」 or "right") are not interruptions. */
    minOverlapS: positiveSeconds.default(1),
    maxCount: z.number().int().min(0).default(0),
    /**
     * vad: only the VAD overlaps count (na without VAD); vad_or_transcript: without VAD, overlapping
     * agent/customer transcript segments count, unless the transcript came from a mono recording.
     */
    source: z.enum(['vad', 'vad_or_transcript']).default('vad_or_transcript'),
  }),
  /** The agent's share of all talk time. */
  talk_ratio: z.strictObject({
    minAgentShare: share.default(0),
    maxAgentShare: share.default(1),
    /** Calls with less talk than this are not judged. */
    minTalkS: seconds.default(20),
  }),
  /** Agent speaking rate: characters/min for Chinese, words/min for English. */
  speech_rate: z.strictObject({
    minPerMin: z.number().positive(),
    maxPerMin: z.number().positive(),
    minTalkS: seconds.default(10),
  }),
  /** When the customer is upset, the agent apologises soon after. */
  apology_when_upset: z.strictObject({
    phrases: z.array(phrase).min(1),
    /** A customer turn with sentiment score at or below this (−1..1) means upset. */
    upsetBelow: z.number().min(-1).max(1).default(-0.5),
    /** The apology must come within this many seconds after the upset turn ends. */
    withinS: positiveSeconds.default(30),
    threshold,
    /** Acts that count as the apology when no listed phrase matched. */
    acts,
    actThreshold: share.default(0.9),
    /**
     * The act model also judges a two-unit clause that opens the agent's turn (「歹势，…」, "Sorry, …"): an apology is
     * often said first and short, and an apology word no list holds (歹势 is 大事 by sound) is then only the act model's.
     */
    actShortAtTurnStart: z.boolean().default(false),
  }),
  /** The customer's sentiment at the end of the call (−1..1) is at least `minEnd`. */
  customer_sentiment_end: z.strictObject({
    minEnd: z.number().min(-1).max(1),
  }),
  /** The manifest says the call resolved the customer's issue. */
  resolution: z.strictObject({}),
  /** The manifest's queue wait (seconds) is at most `maxWaitS`. */
  wait_time: z.strictObject({ maxWaitS: seconds }),
} as const;

export type CheckKind = keyof typeof paramSchemas;
export const CHECK_KINDS = Object.keys(paramSchemas) as CheckKind[];

/** Scorecard rules that make a check not applicable to a call. One key per rule. */
export const notApplicableRuleSchema = z.union([
  z.strictObject({ direction: z.enum(['inbound', 'outbound']) }),
  z.strictObject({ queueIn: z.array(z.string()).min(1) }),
  z.strictObject({ abandoned: z.literal(true) }),
  /** Call shorter than this many seconds (manifest duration, else VAD, else transcript end). */
  z.strictObject({ callShorterThanS: positiveSeconds }),
]);
export type NotApplicableRule = z.infer<typeof notApplicableRuleSchema>;


const checkBase = {
  id,
  label: z.string().trim().min(1),
  /** Share of the call score; all weights of a scorecard sum to 100. 0 = informational. */
  weight: z.number().min(0).max(100),
  critical: z.boolean().default(false),
  notApplicableWhen: z.array(notApplicableRuleSchema).default([]),
  /** Optional note for coaches: why this check exists, where the rule comes from. */
  description: z.string().optional(),
};

const checkVariants = CHECK_KINDS.map((kind) =>
  z.strictObject({ ...checkBase, kind: z.literal(kind), params: paramSchemas[kind] }),
) as unknown as [z.ZodObject, ...z.ZodObject[]];

export const checkSchema = z.discriminatedUnion('kind', checkVariants);

export const sectionSchema = z.strictObject({
  id,
  label: z.string().trim().min(1),
  checks: z.array(checkSchema).min(1),
});

export const scorecardFileSchema = z
  .strictObject({
    id,
    name: z.string().trim().min(1),
    language: z.enum(['zh', 'en']),
    description: z.string().optional(),
    matching: matchingSchema.default({ threshold: 0.8, minFuzzyUnits: 3, fillers: [] }),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((card, ctx) => {
    const seen = new Set<string>();
    let total = 0;
    card.sections.forEach((s, si) =>
      (s.checks as { id: string; weight: number }[]).forEach((c, ci) => {
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate check id "${c.id}"`, path: ['sections', si, 'checks', ci, 'id'] });
        seen.add(c.id);
        total += c.weight;
      }),
    );
    if (Math.abs(total - 100) > 1e-6) ctx.addIssue({ code: 'custom', message: `check weights must sum to 100, they sum to ${total}`, path: ['sections'] });
  });

export type MatchingOptions = z.infer<typeof matchingSchema>;
export type ParamsOf<K extends CheckKind> = z.infer<(typeof paramSchemas)[K]>;

/** One check after loading: params validated, defaults filled, matching options attached. */
export type ScorecardCheck = {
  [K in CheckKind]: {
    id: string;
    label: string;
    kind: K;
    weight: number;
    critical: boolean;
    notApplicableWhen: NotApplicableRule[];
    description?: string;
    section: string;
    params: ParamsOf<K> & { match: ResolvedMatch };
  };
}[CheckKind];

/** Matching options as a check receives them: the scorecard's, with the check's own threshold. */
export interface ResolvedMatch {
  threshold: number;
  minFuzzyUnits: number;
  fillers: string[];
}

export interface Scorecard {
  id: string;
  name: string;
  language: 'zh' | 'en';
  description?: string;
  /** Content hash of the scorecard (see version.ts). */
  version: string;
  /** Where it was loaded from, for messages. */
  source: string;
  sections: { id: string; label: string; checks: ScorecardCheck[] }[];
}
