import { describe, expect, it } from 'vitest';
import { shippedScorecards } from '../eval-checks.ts';
import { splitOf, type ElementId } from './element-bank.ts';
import { EN_ELEMENTS, EN_FORBIDDEN } from './elements-en.ts';
import { ZH_ELEMENTS, ZH_FORBIDDEN } from './elements-zh.ts';
import { evaluateParaphraseSet, loadParaphraseSet, type ParaphraseEvaluation } from './eval-paraphrase.ts';
import { DEFAULT_PARAPHRASE, makeParaphraseSet } from './make-paraphrase-set.ts';
import { SPENT_BANK_SPLITS, setFileOf, type BankSplit } from './splits.ts';

const committed = loadParaphraseSet();
/** Loaded once for the file: a fresh copy per split would compile every phrase again (a quarter second each). */
let cards: ReturnType<typeof shippedScorecards> | undefined;
const scorecards = () => (cards ??= shippedScorecards());

describe('the paraphrase set (fixtures/paraphrase)', () => {
  it('is exactly what make-paraphrase-set.ts makes from its seed', () => {
    expect(JSON.parse(JSON.stringify(makeParaphraseSet(DEFAULT_PARAPHRASE)))).toEqual(committed);
  });

  it('has at least 20 wordings of every element and forbidden category in each language, in both splits', () => {
    for (const [lang, bank] of [['zh', ZH_ELEMENTS], ['en', EN_ELEMENTS]] as const) {
      for (const [el, wordings] of Object.entries(bank) as [ElementId, string[]][]) {
        expect(new Set(wordings).size, `${lang}/${el}`).toBeGreaterThanOrEqual(20);
        expect(new Set(wordings.map((w) => splitOf(lang, el, w))), `${lang}/${el}`).toEqual(new Set(['dev', 'heldout']));
      }
    }
    for (const forbidden of [ZH_FORBIDDEN, EN_FORBIDDEN]) {
      for (const [cat, { said, polite }] of Object.entries(forbidden)) {
        expect(said.length, cat).toBeGreaterThanOrEqual(20);
        expect(polite.length, cat).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('holds every labelled violation and hard negative, in both languages and splits', () => {
    const kinds = (pick: (c: (typeof committed.calls)[number]) => string) => new Set(committed.calls.map(pick));
    expect(kinds((c) => c.scenario.greeting)).toEqual(new Set(['ok', 'ok_reordered', 'no_brand', 'wrong_surname', 'no_self_intro', 'salutation_only', 'late_after_silence']));
    expect(kinds((c) => c.scenario.closing)).toEqual(
      new Set(['offer', 'thanks_goodbye', 'all', 'thanks_only', 'goodbye_only', 'none', 'hold_thanks_goodbye', 'greeting_only_short']),
    );
    expect(kinds((c) => c.scenario.hold)).toEqual(new Set(['none', 'ok', 'no_request', 'no_thanks', 'thanks_at_end_only']));
    expect(kinds((c) => c.scenario.forbidden)).toEqual(new Set(['none', 'said', 'polite']));
    expect(kinds((c) => `${c.split}.${c.language}`)).toEqual(new Set(['dev.zh', 'dev.en', 'heldout.zh', 'heldout.en']));
  });
});

describe('the shipped scorecards on the paraphrase set', () => {
  let ev: ParaphraseEvaluation;
  const figures = (key: string) => {
    ev ??= evaluateParaphraseSet(committed, scorecards());
    const f = ev.figures[key];
    if (!f) throw new Error(`no figures for ${key}`);
    return f;
  };
  // Measured with `npx tsx scripts/eval/paraphrase/eval-paraphrase.ts`, with the utterance-act model
  // (models/acts) as the checks' second signal. Both splits are tuning data now. dev: the phrase
  // lists and the act thresholds were tuned on it, and the act model was trained on its wordings.
  // heldout: evaluated five times over earlier rounds with its failures never looked at, then on
  // 2026-12-02 (F2) declared tuning data: its misses were read and the phrase lists, exceptions and
  // one act-model rule (no credit in a clause an exception took) were changed with dev and heldout
  // both in view. So neither split says how the checks do on wordings nobody tuned on — the
  // later splits (heldout2, 3, 4) are below, each with its history. Each bound is what was
  // reached, rounded down; every check and language is ≥ 0.90 on both splits.
  // v7 act model (I60, every spent split trained on): dev.forbidden.zh P 0.97 -> 0.96
  const BOUNDS: Record<string, [precision: number, recall: number]> = {
    'dev.greeting.zh': [1, 0.91], 'dev.greeting.en': [1, 0.95], // en 0.965 -> 0.953 with act model v3 (G2): one garbled offer lost
    'dev.closing.zh': [1, 0.97], 'dev.closing.en': [1, 0.95],
    'dev.hold.zh': [1, 0.95], 'dev.hold.en': [1, 0.97], // H9 retrain (forbidden-b): one call moved with the act model, no cause found (R was 1; 「我看一分下」 read as a hold request at 0.8)
    'dev.forbidden.zh': [0.96, 0.94], 'dev.forbidden.en': [1, 1],
    'dev.apology.zh': [1, 0.97], 'dev.apology.en': [1, 1],
    'heldout.greeting.zh': [1, 0.91], 'heldout.greeting.en': [1, 0.91],
    'heldout.closing.zh': [1, 0.98], 'heldout.closing.en': [1, 0.96],
    'heldout.hold.zh': [0.95, 0.97], 'heldout.hold.en': [0.97, 1],
    'heldout.forbidden.zh': [1, 0.97], 'heldout.forbidden.en': [1, 0.97],
    'heldout.apology.zh': [1, 0.94], 'heldout.apology.en': [1, 0.95],
  };
  for (const [key, [p, r]] of Object.entries(BOUNDS)) {
    it(`${key}: precision ≥ ${p}, recall ≥ ${r}`, () => {
      expect(figures(key).precision).toBeGreaterThanOrEqual(p);
      expect(figures(key).recall).toBeGreaterThanOrEqual(r);
    });
  }
});

/**
 * The later splits, each a bank of its own. Every bound is what was measured, rounded down: it guards
 * against regressions. Only a split's FIRST evaluation (`first`) says anything about new wordings;
 * after that it is tuning data.
 * I1 retrain (heldout9's wordings and helper B's forbidden grammars added to the act model's data):
 * eight bounds lowered by the one call each that moved (heldout hold.zh R, heldout2 greeting.en R and
 * forbidden.en P, heldout6 hold.en P, forbidden.en P and apology.zh R, heldout7 forbidden.en P,
 * heldout8 apology.zh R); no cause found beyond the retrain.
 * I2 retrain (heldout10's wordings and the I2 grammars added): four more lowered by one or two calls —
 * dev hold.zh R (「我看一分下」 now read as a hold request), heldout5 closing.en R, heldout8 forbidden.zh R,
 * heldout9 hold.en P.
 * I3 (heldout11's wordings trained on, the zh forbidden act threshold 0.7 -> 0.6): nine more lowered — the zh
 * forbidden precision of heldout3, 7, 9 and 10 (the lower threshold's price: one to three polite sentences
 * each), heldout9/10 forbidden.en, heldout5 hold.en P, heldout8 closing.zh, heldout10 closing.en.
 * I4 (heldout12's wordings and the I4 grammars trained on): seven more by one to three calls — dev closing.zh R,
 * heldout2 forbidden.en R, heldout3 closing.en R and forbidden.zh P, heldout8 forbidden.en R, heldout10 and 11
 * forbidden.en; the noisy set's forbidden.en R .957 -> .936 (two calls).
 * I5 (heldout13's wordings and the I5 grammars trained on): three more by one or two calls — heldout2 forbidden.en R,
 * heldout3 forbidden.en P (polite sentences with a negation, 「That's not a dumb question at all」, read as rude by the
 * retrained model), heldout9 forbidden.zh P.
 * I6 (heldout14's wordings and the I6 grammars trained on): six more by one or two calls — heldout5 hold.zh P and
 * forbidden.en P, heldout10 forbidden.zh P, heldout11 forbidden.en, heldout13 closing.en R and forbidden.en.
 * I7 (heldout15's wordings and the I7 grammars trained on): heldout14 forbidden.en by one call; then the Mandarin
 * card's pooled act threshold: dev forbidden.zh P by one call (the spent splits' zh forbidden false alarms 21 -> 14).
 * I8 (heldout16's wordings and the I8 grammars trained on): seven more by one call each — heldout9 greeting.en R,
 * closing.zh R and forbidden.en, heldout11 forbidden.en, heldout14 hold.en P, forbidden.en and apology.zh R.
 * I9 (heldout17's wordings and the I9 grammars trained on): three more by one call each — heldout7 forbidden.en R,
 * heldout9 forbidden.zh R, heldout16 forbidden.en P.
 * I11 (heldout18's and heldout19's wordings trained on, 8 noisy copies of each spent wording instead of 4, the hard
 * negatives weighted as one act's row, the I10 and I11 grammars): fifteen lowered, most by one or two calls; the
 * largest is heldout3 forbidden.en R .98 -> .88 (six short reproaches, "The mistake was yours", "I'm done with you",
 * missed once the hard negatives weigh more). In exchange the Mandarin unannounced holds the I10 retrain lost are back.
 * I12 (heldout20's wordings and the I12 grammars trained on; heldout21's 147 touching template and grammar rows dropped):
 * six lowered by one to four calls — forbidden.en P of heldout9, 14, 17 and 19 (English false alarms), heldout11 closing.zh
 * P and forbidden.zh R.
 * I13 (heldout21's wordings and the I13 grammars trained on, and the surname after a trade or counter): the bounds
 * that fell, by one or two calls each, are lowered where they stand (a comment at each would repeat this one).
 * I14 (heldout22's wordings and I14 hard negatives trained on; "deal with it" said by the agent of themselves excused):
 * the same, by one to three calls. I15 (heldout23's wordings and I15 grammars trained on, more surname frames, English
 * invitations to speak as offers): the same, by one to three calls. I16 (heldout24's wordings and I16 grammars trained on,
 * plain thanks on return from a hold): the same, by one or two calls (heldout17 hold.zh R: a call whose missing request
 * had been hidden by a missing thank-you). I17 (heldout25's wordings and I17 grammars trained on): the same, by one call.
 * I18 (heldout26's wordings and hard negatives trained on): the same, by one to five calls — heldout20 forbidden.en P
 * .97 -> .92 (plain statements read 0.80–0.83 as brush-off or blame by the retrained model).
 * I20 (heldout27's and heldout28's wordings trained on): four lowered by one to four calls — heldout10 forbidden.en P
 * .97 -> .94, heldout3 greeting.zh R, heldout14 apology.en R, heldout17 closing.en R. I21 (heldout29's wordings trained
 * on): heldout20 forbidden.zh P 1 -> .98, one call. I24 (act model v6: word pairs with words between, heldout30's to
 * heldout32's wordings trained on): four lowered by one or two calls — English closing P of heldout9, heldout31 and
 * heldout32 (a well-wish after a thank-you, "enjoy the papers", now read as a goodbye), heldout31 greeting.zh R.
 * I76 (a naming frame heard with its surname slot empty counts at confidence 0.5: surname-unheard.ts): greeting.zh P of
 * heldout60, heldout71, heldout78 and heldout83 lowered by one call each — a WRONG surname the transcript dropped
 * (「敝姓，专修风箱的」 for an agent 高 who said 「鄙姓李」) passes as a right one dropped would; 65 right ones dropped pass.
 * I77 (the same for English: "my name is how can I help"): greeting.en P of heldout8, heldout63 and heldout71 lowered by
 * one call each, a wrong surname dropped; 32 right ones dropped pass.
 */
const LATER_SPLITS: {
  split: BankSplit;
  history: string;
  bounds: Record<string, [precision: number, recall: number]>;
}[] = [
  {
    split: 'heldout2',
    // Evaluated once by the lead on 2026-12-02 (apology R en .917 / zh .774, closing R .735 / .683,
    // forbidden P .795 / .853 R .756 / .763, greeting R .833 / .731, hold P .750 / .706), then tuned on
    // (G2 round: act-model slot grammars, job-title variants, the English offer-of-more-help act, act thresholds).
    history: 'TUNED ON (G2 to H7 rounds), TRAINED ON since H8',
    // v7 act model (I60, every spent split trained on): apology.zh R 1 -> 0.96
    bounds: {
      'greeting.zh': [0.99, 0.91], 'greeting.en': [1, 0.91],
      'closing.zh': [0.98, 0.98], 'closing.en': [1, 0.94],
      'hold.zh': [0.92, 1], 'hold.en': [0.9, 1],
      'forbidden.zh': [0.97, 0.92], 'forbidden.en': [0.9, 0.92], // en P .889 -> .930 (H9)
      'apology.zh': [1, 0.96], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout3',
    // Evaluated once, untouched, at the end of stop 18 (greeting R zh .853 / en .874, closing R .753 /
    // .914, hold P .839 / .894, forbidden R .711 / .585, apology R .782 / .956), then tuned on by cause
    // (H3 round: variant families, act model v4, clause joining, act thresholds).
    history: 'TUNED ON (H3 to H7 rounds), TRAINED ON since H8',
    // H4: hold.en precision 0.977 -> 0.955 (one garbled thank-you for holding the act model v5 is less sure of).
    // v7 act model (I60, every spent split trained on): closing.zh P 0.98 -> 0.96
    bounds: {
      'greeting.zh': [1, 0.96], 'greeting.en': [1, 0.91],
      'closing.zh': [0.96, 0.97], 'closing.en': [0.97, 0.96],
      'hold.zh': [0.94, 1], 'hold.en': [1, 1],
      'forbidden.zh': [0.95, 0.97], 'forbidden.en': [0.92, 0.88], // en R .962 -> .981 (H9)
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.97], // H9 retrain (forbidden-b): one call moved with the act model, no cause found (R was 1)
    },
  },
  {
    split: 'heldout4',
    // Written blind (by an engineer who read no check, list or model) while heldout3 was tuned on, and
    // evaluated ONCE, untouched, by the lead at 5d7ded9 after the H3 round (greeting R zh .796 / en
    // .906, closing R .790 / .829, hold P .875 / .875, forbidden P .902 / .912 R .841 / .738, apology R
    // .909 / .935); then tuned on by cause (H4 round: withdrawnBy and the act model on the Mandarin
    // offer of more help, act model v5, naming-verb and title surname slots, words of other elements
    // kept out of the surname slot, the polarity rule).
    history: 'TUNED ON (H4 to H7 rounds), TRAINED ON since H8',
    // v7 act model (I60, every spent split trained on): forbidden.en R 1 -> 0.97
    bounds: {
      'greeting.zh': [1, 0.89], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.98], 'closing.en': [1, 0.93],
      'hold.zh': [1, 0.97], 'hold.en': [1, 1],
      'forbidden.zh': [0.97, 1], 'forbidden.en': [0.95, 0.97],
      'apology.zh': [1, 1], 'apology.en': [1, 0.93],
    },
  },
  {
    split: 'heldout5',
    // Written blind (600 calls, 36+ wordings per element) while heldout4 was tuned on, and evaluated ONCE,
    // untouched, by the lead at f57a842 after the H4 round (greeting R zh .839 / en .898, closing R .885 /
    // .966, hold P .866 / .842, forbidden P .947 / .912 R .800 / .619, apology R .894 / .945); then tuned
    // on by cause (H5 round: act model grammars for insults, sarcasm, blame and brush-offs naming the other
    // party, offers said as an invitation, apologies as an act; the possessive brand; act probabilities
    // summed over an element's acts). Since the H8 round its wordings are act-model training data.
    history: 'TUNED ON (H5 to H7 rounds), TRAINED ON since H8',
    // v7 act model (I60, every spent split trained on): apology.zh R 1 -> 0.98
    bounds: {
      'greeting.zh': [1, 0.89], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.97], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.91, 0.97], 'hold.en': [0.92, 1],
      'forbidden.zh': [0.95, 1], 'forbidden.en': [0.97, 0.98], // zh P .947 -> .957 (H9)
      'apology.zh': [1, 0.98], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout6',
    // Written blind (600 calls) while heldout5 was tuned on, and evaluated ONCE, untouched, by the lead at
    // 214f86f after the H5 round (greeting R zh .773 / en .931, closing R .903 / .882, hold P .882 / .933,
    // forbidden P .984 / .983 R .663 / .621, apology R .965 / .955); then tuned on by cause (H6 round: act
    // model grammars for contempt, exasperation, blame said flatly, put-offs and promises staked on the
    // agent; a clause opening with "but" / 但 judged with the one before it). Its wordings stay out of the
    // act model's training data.
    history: 'TUNED ON (H6 and H7 rounds), TRAINED ON since H8',
    bounds: {
      'greeting.zh': [0.98, 0.9], 'greeting.en': [1, 0.94],
      'closing.zh': [0.96, 0.98], 'closing.en': [1, 0.94], // H9 retrain (forbidden-b): one call moved with the act model, no cause found (R .954 -> .948)
      'hold.zh': [0.97, 1], 'hold.en': [0.93, 1],
      'forbidden.zh': [0.97, 1], 'forbidden.en': [0.96, 0.96], // en R .905 -> .989 (H9)
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout7',
    // Written blind (600 calls) while heldout6 was tuned on, and evaluated ONCE, untouched, by the lead at
    // 2c39372 after the H6 round (greeting R zh .738 / en .916, closing R .847 / .930, hold P .808 / 1,
    // forbidden P .968 / .927 R .652 / .487, apology R .956 / .913); then tuned on by cause (H7 round: surname
    // frames of other trades — 经理, 师傅, 护士, 调度, 由…来 —, particles never a surname, forbidden-category
    // grammars). Since the H8 round its wordings are act-model training data.
    history: 'TUNED ON (H7 round), TRAINED ON since H8',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 0.96 -> 0.94
    bounds: {
      'greeting.zh': [1, 0.86], 'greeting.en': [1, 0.93],
      'closing.zh': [0.98, 0.94], 'closing.en': [0.96, 0.97],
      'hold.zh': [0.85, 1], 'hold.en': [1, 0.96],
      'forbidden.zh': [0.94, 0.95], 'forbidden.en': [0.91, 0.97], // en P .905 -> .939, R .859 -> .987 (H9)
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.92],
    },
  },
  {
    split: 'heldout8',
    // Written blind (600 calls) while heldout7 was tuned on, and evaluated ONCE, untouched, by the lead at
    // 578ac45 after the H7 round (greeting R zh .769 / en .934, closing R .861 / .798, hold P .889 / .862,
    // forbidden P 1 / .915 R .618 / .453, apology R .932 / .977). Its misses were never read; since the H8
    // round its wordings are act-model training data, so these are training figures.
    history: 'TRAINED ON since H8',
    bounds: {
      'greeting.zh': [0.98, 0.81], 'greeting.en': [0.99, 0.94],
      'closing.zh': [0.95, 0.94], 'closing.en': [0.97, 0.89], // H9 retrain (forbidden-b): one call moved with the act model, no cause found (R .902 -> .896)
      'hold.zh': [0.94, 1], 'hold.en': [0.91, 1],
      'forbidden.zh': [0.99, 0.96], 'forbidden.en': [0.97, 0.91], // R zh .951 -> .971, en .863 -> .926 (H9)
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout9',
    // Written blind (600 calls) while heldout8 was tuned on, and evaluated ONCE, untouched, by the lead at
    // ab55fe6 after the H8 round (greeting R zh .794 / en .915, closing R .971 / .905, hold P .953 / .958,
    // forbidden P .976 / .952 R .842 / .602 — zh .811 after the demo-driven promise threshold —, apology R
    // .941 / .911). Then tuned on by cause (I1 round: the surname said alone, offers that invite the customer
    // to speak, closing and apology wordings; helper B's H9 forbidden round: clause pairs, takenBackBy,
    // forbidden grammars) and, since the I1 retrain, act-model training data: these are training figures.
    history: 'TUNED ON (I1 round), TRAINED ON since I1',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.92],
      'closing.zh': [0.99, 0.97], 'closing.en': [0.99, 0.97],
      'hold.zh': [0.95, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.97, 0.97], 'forbidden.en': [0.96, 0.98],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.94],
    },
  },
  {
    split: 'heldout10',
    // Written blind (600 calls) while heldout9 was tuned on, and evaluated ONCE, untouched, by the lead at
    // 8f99cba after the I1 round and helper B's H9 forbidden round (greeting R zh .929 / en .929, closing R
    // .946 / .958, hold P .889 / .975, forbidden P .968 / .958 R .919 / .793, apology R .944 / 1). Then tuned
    // on by cause (I2 round: hold wordings, act-model grammars for the forbidden categories it missed) and,
    // since the I2 retrain, act-model training data: these bounds are training figures.
    history: 'TUNED ON (I2 round), TRAINED ON since I2',
    bounds: {
      'greeting.zh': [0.98, 0.92], 'greeting.en': [1, 0.92],
      'closing.zh': [1, 0.98], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.97, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.97, 1], 'forbidden.en': [0.94, 0.97],
      'apology.zh': [1, 0.97], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout11',
    // Written blind (600 calls) while heldout10 was tuned on, and evaluated ONCE, untouched, by the lead at
    // ebbb856 after the I2 round (greeting R zh .895 / en .930, closing R .932 / .960, hold P .912 / .988,
    // forbidden P .963 / .960 R .848 / .791, apology R .962 / 1). Then tuned on by cause (I3 round: surname
    // frames with 这边 and titles, the zh forbidden act threshold 0.7 -> 0.6 chosen on it, hard negatives) and,
    // since the I3 retrain, act-model training data: these bounds are training figures.
    history: 'TUNED ON (I3 round), TRAINED ON since I3',
    bounds: {
      'greeting.zh': [1, 0.96], 'greeting.en': [1, 0.93],
      'closing.zh': [0.97, 0.93], 'closing.en': [0.97, 0.96],
      'hold.zh': [0.93, 0.96], 'hold.en': [0.96, 0.96],
      'forbidden.zh': [0.94, 0.98], 'forbidden.en': [0.92, 0.9],
      'apology.zh': [1, 0.97], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout12',
    // Written blind (600 calls) while heldout11 was tuned on, and evaluated ONCE, untouched, by the lead at
    // f7863e1 after the I3 round (greeting R zh .912 / en .946, closing R .940 / .961, hold P .875 / .938,
    // forbidden P .965 / .952 R .891 / .889, apology R .910 / .977). Then tuned on by cause (I4 round: zh hold
    // wordings, '{surname}站长', forbidden grammars) and, since the I4 retrain, act-model training data: these
    // bounds are training figures.
    history: 'TUNED ON (I4 round), TRAINED ON since I4',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 0.95 -> 0.92
    bounds: {
      'greeting.zh': [0.97, 0.92], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.95], 'closing.en': [0.98, 0.97],
      'hold.zh': [0.96, 0.96], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.92, 1], 'forbidden.en': [0.98, 0.98],
      'apology.zh': [1, 0.93], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout13',
    // Written blind (600 calls) while heldout12 was tuned on, and evaluated ONCE, untouched, by the lead at
    // 4c360f9 after the I4 round (greeting R zh .881 / en .920, closing R .964 / .956, hold P .922 / .901,
    // forbidden P .899 / .889 R .927 / .889, apology R .865 / .941): the figures that were evidence. Its misses
    // were then read by cause (I5 round: the surname after a job title or before a particle, the person rule,
    // the act model's veto of sound-alike forbidden matches, I5 act grammars) and its wordings trained on, so the
    // figures below (I5) are tuning figures: greeting R .924 / .935, forbidden P .990 / .989 R .990 / .978,
    // apology R .919 / .953, closing R .988 / .962.
    history: 'TUNED ON (I5 round), TRAINED ON since I5',
    // v7 act model (I60, every spent split trained on): greeting.zh P 0.99 -> 0.98, forbidden.zh P 0.99 -> 0.96
    bounds: {
      'greeting.zh': [0.98, 0.92], 'greeting.en': [1, 0.93],
      'closing.zh': [0.99, 0.98], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.92, 0.97], 'hold.en': [0.91, 0.97],
      'forbidden.zh': [0.96, 0.99], 'forbidden.en': [0.92, 0.97],
      'apology.zh': [1, 0.91], 'apology.en': [1, 0.94],
    },
  },
  {
    split: 'heldout14',
    // Written blind (600 calls) while heldout13 was tuned on, and evaluated ONCE, untouched, by the lead at
    // b20716f after the I5 round (greeting R zh .919 / en .912, closing P .963 / 1 R .916 / .979, hold P .943 /
    // .951, forbidden P .908 / .958 R .859 / .793, apology R .928 / .947): the figures that were evidence. Its
    // misses were then read (I6 round: classical-only readings dropped, I6 act grammars) and its wordings trained
    // on; the bounds below are the I6 tuning figures (forbidden P .989 / .988 R .989 / .966, closing zh P .979 R .958), zh
    // forbidden recall .97 since I29 (a promise whose only words the noise left were 「给您留着」, now no promise).
    history: 'TUNED ON (I6 round), TRAINED ON since I6',
    // v7 act model (I60, every spent split trained on): forbidden.zh R 0.97 -> 0.96
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.91],
      'closing.zh': [0.97, 0.95], 'closing.en': [1, 0.97],
      'hold.zh': [0.95, 0.97], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.98, 0.96], 'forbidden.en': [0.89, 0.96],
      'apology.zh': [1, 0.94], 'apology.en': [1, 0.93],
    },
  },
  {
    split: 'heldout15',
    // Written blind (600 calls) while heldout13 was tuned on and heldout14 untouched, and evaluated ONCE, untouched,
    // by the lead at cbddfb8 after the I6 round (greeting P .984 / 1 R .920 / .930, closing P .961 / .993 R .955 / .929,
    // hold P .965 / .987 R 1 / 1, forbidden P .976 / .824 R .854 / .866, apology R .936 / .973): the figures that were
    // evidence. Its misses were then read (I7 round: 14 of English's 18 false alarms were three opening wordings with
    // "shout", "quiet" and "listen" in them) and its wordings trained on; the bounds are the I7 tuning figures.
    history: 'TUNED ON (I7 round), TRAINED ON since I7',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 0.99 -> 0.97 R 0.99 -> 0.98
    bounds: {
      'greeting.zh': [0.98, 0.92], 'greeting.en': [1, 0.93],
      'closing.zh': [0.96, 0.97], 'closing.en': [0.98, 0.95],
      'hold.zh': [0.96, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.97, 0.98], 'forbidden.en': [0.93, 0.96],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.95],
    },
  },
  {
    split: 'heldout16',
    // Written blind (600 calls) while heldout14 was tuned on and heldout15 untouched, and evaluated ONCE, untouched,
    // by the lead at 8ae9cd3 after the I7 round (greeting P .989 / 1 R .894 / .918, closing P .993 / .993 R .935 /
    // .921, hold P .920 / .947 R 1 / 1, forbidden P .976 / .892 R .870 / .786, apology R .988 / .987): the figures
    // that were evidence. Then tuned on: the Mandarin card's pooled act threshold was chosen on it, its misses read
    // (I8 round) and its wordings trained on; the bounds are the I8 tuning figures.
    history: 'TUNED ON (I7 threshold, I8 round), TRAINED ON since I8',
    // v7 act model (I60, every spent split trained on): closing.zh P 0.99 -> 0.98
    bounds: {
      'greeting.zh': [0.98, 0.9], 'greeting.en': [1, 0.92],
      'closing.zh': [0.98, 0.95], 'closing.en': [0.99, 0.96],
      'hold.zh': [0.94, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.95, 0.97], 'forbidden.en': [0.96, 0.96],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout17',
    // Written blind (600 calls) while heldout15 was tuned on and heldout16 untouched, and evaluated ONCE, untouched,
    // by the lead at 8204a7b after the I8 round (greeting P .981 / 1 R .829 / .925, closing P 1 / .977 R .948 / .935,
    // hold P .839 / .863 R .975 / .989, forbidden P .946 / .947 R .889 / .742, apology R .905 / .958): the figures that
    // were evidence. Its misses were then read (I9 round: the surname after a shift or a desk, a plain thanks on the
    // return from hold, act grammars) and its wordings trained on; the bounds are the I9 tuning figures. Hold precision
    // stays under 0.9 even so: its writer thanked for the wait with a plain 「谢谢您，查到了」 / "Thanks for that, I'm back".
    history: 'TUNED ON (I9 round), TRAINED ON since I9',
    // v7 act model (I60, every spent split trained on): closing.zh P 1 -> 0.99
    bounds: {
      'greeting.zh': [0.98, 0.9], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.95], 'closing.en': [0.97, 0.94],
      'hold.zh': [0.87, 0.95], 'hold.en': [0.88, 0.97],
      'forbidden.zh': [0.96, 0.98], 'forbidden.en': [0.93, 0.95],
      'apology.zh': [1, 0.9], 'apology.en': [1, 0.96],
    },
  },
  {
    split: 'heldout18',
    // Written blind (600 calls) while heldout17 was tuned on, and evaluated ONCE, untouched, by the lead at 6a829ea
    // after the I9 round (greeting P .983 / 1 R .866 / .919, closing P 1 / 1 R .948 / .965, hold P .963 / .942 R .975 /
    // .976, forbidden P .967 / .848 R .756 / .798, apology R .939 / 1): the figures to believe for wordings nobody here
    // wrote. Its misses are read from then on.
    history: 'evaluated once at 6a829ea',
    bounds: {
      'greeting.zh': [0.98, 0.86], 'greeting.en': [1, 0.91],
      'closing.zh': [1, 0.94], 'closing.en': [1, 0.96],
      'hold.zh': [0.96, 0.97], 'hold.en': [0.94, 0.97],
      'forbidden.zh': [0.95, 0.75], 'forbidden.en': [0.84, 0.79],
      'apology.zh': [1, 0.93], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout19',
    // Written blind (600 calls) while heldout18 was evaluated and tuned on, and evaluated ONCE, untouched, by the lead
    // at b0a583c (the I9 act model, the I10 surname lead 这边): greeting P .988 / 1 R .869 / .887, closing P 1 / .985
    // R .949 / .911, hold P .955 / .952 R .977 / 1, forbidden P .899 / .881 R .879 / .663, apology R .829 / .942 — the
    // figures to believe for wordings nobody here wrote. Its writer rewrote 183 colliding first drafts longer, with
    // industry detail. One caveat: the I9 model was trained before heldout19 existed, so the trainer's guard did not
    // drop the 12 template and 167 grammar rows (written rounds earlier) that contain one of its wordings. Not read yet.
    history: 'evaluated once at b0a583c',
    bounds: {
      'greeting.zh': [0.98, 0.86], 'greeting.en': [1, 0.88],
      'closing.zh': [0.99, 0.94], 'closing.en': [0.98, 0.91],
      'hold.zh': [0.95, 0.97], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.89, 0.87], 'forbidden.en': [0.84, 0.66],
      'apology.zh': [1, 0.82], 'apology.en': [1, 0.92],
    },
  },
  {
    split: 'heldout20',
    // Written blind (600 calls) after heldout19's one evaluation, and evaluated ONCE, untouched, by the lead at becb2c4
    // (after the I11 round: the A-not-A rule, 对唔住 / 是我们的问题, the act model retrained with heldout18 and 19): greeting
    // P .994 / 1 R .896 / .968, closing P 1 / .992 R .906 / .810, hold P .920 / .829 R 1 / 1, forbidden P 1 / .978 R .872 /
    // .835, apology R .920 / 1 — the figures to believe for wordings nobody here wrote. Its misses are read from then on.
    history: 'evaluated once at becb2c4',
    bounds: {
      'greeting.zh': [0.99, 0.89], 'greeting.en': [1, 0.96],
      'closing.zh': [1, 0.9], 'closing.en': [0.99, 0.81],
      'hold.zh': [0.92, 1], 'hold.en': [0.82, 1],
      'forbidden.zh': [0.98, 0.87], 'forbidden.en': [0.92, 0.83],
      'apology.zh': [1, 0.92], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout21',
    // Written blind (600 calls) while heldout19 was tuned on, and evaluated ONCE, untouched, by the lead at b91094e (after
    // the I12 act-model retrain with heldout20's wordings): greeting P .994 / 1 R .761 / .895, closing P .978 / .992 R .950 /
    // .801, hold P .897 / .933 R 1 / 1, forbidden P .963 / .893 R .888 / .684, apology R .888 / .976 — the figures to
    // believe for wordings nobody here wrote. Its misses are read from then on.
    history: 'evaluated once at b91094e',
    bounds: {
      'greeting.zh': [0.99, 0.76], 'greeting.en': [1, 0.89],
      'closing.zh': [0.97, 0.95], 'closing.en': [0.99, 0.8],
      'hold.zh': [0.89, 1], 'hold.en': [0.93, 0.97],
      'forbidden.zh': [0.96, 0.88], 'forbidden.en': [0.89, 0.68],
      'apology.zh': [1, 0.88], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout22',
    // Written blind (600 calls) while heldout20 was tuned on, and evaluated ONCE, untouched, by the lead at d372ed2 (after
    // the I13 round): greeting P .994 / 1 R .867 / .893, closing P .969 / .985 R .981 / .854, hold P .951 / .838 R 1 / 1,
    // forbidden P .926 / .793 R .870 / .784, apology R .986 / .963 — the figures to believe for wordings nobody here wrote
    // (its writer had seen a few recent commit subjects; splits.ts records it). Its misses are read from then on.
    history: 'evaluated once at d372ed2',
    bounds: {
      'greeting.zh': [0.99, 0.86], 'greeting.en': [1, 0.89],
      'closing.zh': [0.96, 0.98], 'closing.en': [0.98, 0.85],
      'hold.zh': [0.95, 1], 'hold.en': [0.83, 0.98],
      'forbidden.zh': [0.92, 0.87], 'forbidden.en': [0.79, 0.78],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.96],
    },
  },
  {
    split: 'heldout23',
    // Written blind (600 calls) while heldout21 was tuned on, and evaluated ONCE, untouched, by the lead at a3d8090 (after
    // the I14 round): greeting P .994 / 1 R .834 / .862, closing P 1 / 1 R .915 / .866, hold P .976 / .938 R 1 / .989,
    // forbidden P .950 / .860 R .916 / .667, apology R .955 / .941 — the figures to believe for wordings nobody here wrote.
    history: 'evaluated once at a3d8090',
    bounds: {
      'greeting.zh': [0.99, 0.83], 'greeting.en': [1, 0.86],
      'closing.zh': [1, 0.91], 'closing.en': [0.99, 0.86],
      'hold.zh': [0.97, 1], 'hold.en': [0.93, 0.97],
      'forbidden.zh': [0.95, 0.91], 'forbidden.en': [0.86, 0.66],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.94],
    },
  },
  {
    split: 'heldout24',
    // Written blind (600 calls) while heldout22 was tuned on, and evaluated ONCE, untouched, by the lead at c6838a6 (after
    // the I15 round): greeting P 1 / 1 R .834 / .945, closing P .968 / .993 R .888 / .881, hold P .924 / .899 R .986 / 1,
    // forbidden P .910 / .864 R .976 / .795, apology R .970 / 1 — the figures to believe for wordings nobody here wrote.
    history: 'evaluated once at c6838a6',
    bounds: {
      'greeting.zh': [1, 0.83], 'greeting.en': [1, 0.94],
      'closing.zh': [0.96, 0.88], 'closing.en': [0.99, 0.88],
      'hold.zh': [0.92, 0.98], 'hold.en': [0.89, 1],
      'forbidden.zh': [0.91, 0.97], 'forbidden.en': [0.86, 0.79],
      'apology.zh': [1, 0.97], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout25',
    // Written blind (600 calls) while heldout23 was tuned on, and evaluated ONCE, untouched, by the lead at 42c3146 (after
    // the I16 round): greeting P .989 / 1 R .905 / .908, closing P .975 / 1 R .945 / .848, hold P .905 / .924 R .987 / 1,
    // forbidden P .955 / .857 R .867 / .780, apology R .989 / .962 — the figures to believe for wordings nobody here wrote.
    history: 'evaluated once at 42c3146',
    // v7 act model (I60, every spent split trained on): apology.en R 0.96 -> 0.94
    bounds: {
      'greeting.zh': [0.98, 0.9], 'greeting.en': [1, 0.9],
      'closing.zh': [0.97, 0.94], 'closing.en': [1, 0.84],
      'hold.zh': [0.9, 0.98], 'hold.en': [0.92, 1],
      'forbidden.zh': [0.95, 0.86], 'forbidden.en': [0.85, 0.78],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.94],
    },
  },
  {
    split: 'heldout26',
    // Written blind (600 calls) while heldout24 was tuned on, and evaluated ONCE, untouched, by the lead at 1bbbd7a (after
    // the I17 round): greeting P .994 / 1 R .850 / .918, closing P .962 / .978 R .912 / .859, hold P .945 / .884 R 1 / 1,
    // forbidden P .970 / .869 R .821 / .688, apology R .944 / .961 — the figures to believe for wordings nobody here wrote
    // (103 grammar rows of the I16 and I17 models happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at 1bbbd7a',
    bounds: {
      'greeting.zh': [0.99, 0.85], 'greeting.en': [1, 0.91],
      'closing.zh': [0.96, 0.91], 'closing.en': [0.97, 0.85],
      'hold.zh': [0.94, 1], 'hold.en': [0.88, 1],
      'forbidden.zh': [0.97, 0.82], 'forbidden.en': [0.86, 0.68],
      'apology.zh': [1, 0.94], 'apology.en': [1, 0.96],
    },
  },
  {
    split: 'heldout27',
    // Written blind (600 calls) while heldout24 was tuned on, and evaluated ONCE, untouched, by the lead at ee237d3 (after
    // the I18 round): greeting P .977 / 1 R .885 / .948, closing P .993 / .992 R .876 / .849, hold P .901 / .913 R 1 / 1,
    // forbidden P .874 / .835 R .922 / .724, apology R .973 / .977 — the figures to believe for wordings nobody here wrote
    // (73 grammar rows of the I17 and I18 models happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at ee237d3',
    bounds: {
      'greeting.zh': [0.97, 0.88], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.87], 'closing.en': [0.99, 0.84],
      'hold.zh': [0.9, 1], 'hold.en': [0.91, 1],
      'forbidden.zh': [0.87, 0.92], 'forbidden.en': [0.83, 0.72],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout28',
    // Written blind (600 calls) while heldout26 was tuned on, and evaluated ONCE, untouched, by the lead at 138d328 (after
    // the I19 round): greeting P .994 / 1 R .889 / .948, closing P .993 / 1 R .872 / .859, hold P .979 / .885 R 1 / 1,
    // forbidden P .952 / .857 R .842 / .821, apology R .978 / .950 — the figures to believe for wordings nobody here wrote
    // (148 grammar rows and 13 template rows of the I18 model happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at 138d328',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 0.95 -> 0.9
    bounds: {
      'greeting.zh': [0.99, 0.88], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.87], 'closing.en': [1, 0.85],
      'hold.zh': [0.97, 1], 'hold.en': [0.88, 1],
      'forbidden.zh': [0.9, 0.84], 'forbidden.en': [0.85, 0.82],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.95],
    },
  },
  {
    split: 'heldout29',
    // Written blind (600 calls) while heldout28 was evaluated, and evaluated ONCE, untouched, by the lead at 24c3279 (after
    // the I20 round): greeting P 1 / .995 R .898 / .938, closing P .993 / 1 R .939 / .928, hold P .907 / .976 R .986 / .988,
    // forbidden P .962 / .942 R .885 / .802, apology R .947 / .973 — the figures to believe for wordings nobody here wrote
    // (44 grammar rows of the I18 model happen to contain one of its wordings: splits.ts says why). forbidden.zh R lowered
    // by one call in I21: 「设计师没…」 no longer reads as 急什么, and one call's only flag was that false one.
    history: 'evaluated once at 24c3279',
    bounds: {
      'greeting.zh': [1, 0.89], 'greeting.en': [0.99, 0.93],
      'closing.zh': [0.99, 0.93], 'closing.en': [1, 0.92],
      'hold.zh': [0.9, 0.98], 'hold.en': [0.97, 0.98],
      'forbidden.zh': [0.96, 0.87], 'forbidden.en': [0.94, 0.8],
      'apology.zh': [1, 0.94], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout30',
    // Written blind (600 calls) while heldout28 was tuned on, and evaluated ONCE, untouched, by the lead at 72780a6 (after
    // the I21 round): greeting P .995 / 1 R .934 / .937, closing P .986 / .984 R .947 / .894, hold P .944 / .988 R 1 / .988,
    // forbidden P .923 / .896 R .947 / .734, apology R .958 / .962 — the figures to believe for wordings nobody here wrote
    // (32 grammar rows of the I20 and I21 models happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at 72780a6',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.93],
      'closing.zh': [0.98, 0.94], 'closing.en': [0.98, 0.89],
      'hold.zh': [0.94, 1], 'hold.en': [0.98, 0.98],
      'forbidden.zh': [0.92, 0.94], 'forbidden.en': [0.89, 0.73],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.96],
    },
  },
  {
    split: 'heldout31',
    // Written blind (600 calls) while heldout29 was tuned on, and evaluated ONCE, untouched, by the lead at d22f1d8 (after
    // the I22 round): greeting P 1 / 1 R .933 / .938, closing P 1 / .994 R .928 / .939, hold P .907 / .967 R 1 / 1,
    // forbidden P 1 / .882 R .885 / .781, apology R .985 / .963 — the figures to believe for wordings nobody here wrote
    // (3 grammar rows of the I21 model happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at d22f1d8',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 1 -> 0.98
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.93],
      'closing.zh': [1, 0.92], 'closing.en': [0.98, 0.93],
      'hold.zh': [0.9, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.98, 0.88], 'forbidden.en': [0.88, 0.78],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.96],
    },
  },
  {
    split: 'heldout32',
    // Written blind (600 calls) while heldout31 was evaluated, and evaluated ONCE, untouched, by the lead at 1bfe156 (after
    // the I23 round): greeting P .994 / 1 R .877 / .958, closing P .961 / 1 R .948 / .922, hold P .959 / .957 R 1 / 1,
    // forbidden P 1 / .909 R .887 / .795, apology R .976 / .972 — the figures to believe for wordings nobody here wrote
    // (48 grammar rows of the I21 model happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at 1bfe156',
    bounds: {
      'greeting.zh': [0.99, 0.87], 'greeting.en': [1, 0.95],
      'closing.zh': [0.96, 0.94], 'closing.en': [0.98, 0.92],
      'hold.zh': [0.95, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [1, 0.88], 'forbidden.en': [0.9, 0.79],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout33',
    // Written blind (600 calls) while heldout32 was evaluated, and evaluated ONCE, untouched, by the lead at da7e52e (after
    // the I24 round): greeting P 1 / 1 R .914 / .965, closing P .986 / .994 R .939 / .939, hold P .924 / .972 R 1 / 1,
    // forbidden P .959 / .988 R .940 / .857, apology R .925 / .986 — the figures to believe for wordings nobody here wrote
    // (the v6 act model was trained with every row touching its wordings dropped: splits.ts says why).
    history: 'evaluated once at da7e52e',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.93], 'closing.en': [0.99, 0.93],
      'hold.zh': [0.92, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.95, 0.94], 'forbidden.en': [0.98, 0.85],
      'apology.zh': [1, 0.92], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout34',
    // Written blind (600 calls) while heldout32 was tuned on, and evaluated ONCE, untouched, by the lead at a28f25e (after
    // the I25 round, act model v6): greeting P .995 / 1 R .906 / .939, closing P 1 / 1 R .953 / .966, hold P .944 / .957 R 1 / 1,
    // forbidden P .976 / .905 R .889 / .792, apology R .973 / .959 — the figures to believe for wordings nobody here wrote
    // (112 grammar rows of the v6 model happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at a28f25e',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.93],
      'closing.zh': [1, 0.95], 'closing.en': [1, 0.96],
      'hold.zh': [0.94, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.97, 0.88], 'forbidden.en': [0.9, 0.79],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.95],
    },
  },
  {
    split: 'heldout35',
    // Written blind (600 calls) while heldout33 was tuned on, and evaluated ONCE, untouched, by the lead at 7e67f7d (after
    // the I27 round, act model v6): greeting P .989 / 1 R .872 / .916, closing P .992 / .972 R .896 / .852, hold P .959 / .947
    // R 1 / .986, forbidden P .882 / .962 R .938 / .815, apology R .944 / .976 — the figures to believe for wordings nobody here
    // wrote (200 grammar rows of the v6 model happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at 7e67f7d',
    bounds: {
      'greeting.zh': [0.98, 0.87], 'greeting.en': [1, 0.91],
      'closing.zh': [0.99, 0.89], 'closing.en': [0.97, 0.85],
      'hold.zh': [0.95, 1], 'hold.en': [0.94, 0.98],
      'forbidden.zh': [0.88, 0.93], 'forbidden.en': [0.95, 0.81], // I33: .953, the two-word verdict 'many do' (rude 0.85) flagged at a turn's end
      'apology.zh': [1, 0.94], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout36',
    // Written blind (600 calls) while heldout33 was tuned on, and evaluated ONCE, untouched, by the lead at 006c733 (after
    // the I28 round, act model v6): greeting P .995 / 1 R .902 / .919, closing P .994 / .985 R .928 / .895, hold P .926 / .920
    // R 1 / 1, forbidden P .977 / .874 R .955 / .915, apology R .929 / .973 — the figures to believe for wordings nobody here
    // wrote (23 grammar rows of the v6 model happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at 006c733',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.91],
      'closing.zh': [0.99, 0.92], 'closing.en': [0.98, 0.89],
      'hold.zh': [0.92, 1], 'hold.en': [0.92, 1],
      'forbidden.zh': [0.97, 0.95], 'forbidden.en': [0.87, 0.91],
      'apology.zh': [1, 0.92], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout37',
    // Written blind (600 calls) while heldout35 was tuned on, and evaluated ONCE, untouched, by the lead at f0b1a93 (after
    // the I28 round, act model v6): greeting P .988 / 1 R .883 / .960, closing P .993 / .993 R .916 / .910, hold P .928 / .962
    // R .987 / 1, forbidden P .925 / .957 R .915 / .900, apology R .976 / .947 — the figures to believe for wordings nobody
    // here wrote (98 grammar rows of the v6 model happen to contain one of its wordings: splits.ts says why).
    history: 'evaluated once at f0b1a93',
    // v7 act model (I60, every spent split trained on): greeting.en R 0.96 -> 0.95, closing.zh P 0.99 -> 0.98
    bounds: {
      'greeting.zh': [0.98, 0.88], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.91], 'closing.en': [0.99, 0.91],
      'hold.zh': [0.92, 0.98], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.92, 0.91], 'forbidden.en': [0.95, 0.9],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.94],
    },
  },
  {
    split: 'heldout38',
    // Written blind (600 calls) while heldout37 was held out, and evaluated ONCE, untouched, by the lead at 7316fe4 (after
    // the I29 round, act model v6): greeting P 1 / 1 R .900 / .960, closing P 1 / 1 R .881 / .952, hold P .883 / .923 R 1 / 1,
    // forbidden P .944 / .929 R .866 / .722, apology R .943 / .910 — the figures to believe for wordings nobody here wrote
    // (no grammar or template row of the v6 model contains one of its wordings).
    history: 'evaluated once at 7316fe4',
    // v7 act model (I60, every spent split trained on): closing.zh P 1 -> 0.99
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.96],
      'closing.zh': [0.99, 0.88], 'closing.en': [1, 0.95],
      'hold.zh': [0.88, 1], 'hold.en': [0.92, 1],
      'forbidden.zh': [0.94, 0.86], 'forbidden.en': [0.92, 0.72],
      'apology.zh': [1, 0.94], 'apology.en': [1, 0.91],
    },
  },
  {
    split: 'heldout39',
    // Written blind (600 calls) while heldout37 was tuned on, and evaluated ONCE, untouched, by the lead at e598bc9 (after
    // the I30 round, act model v6): greeting P 1 / 1 R .875 / .937, closing P .984 / 1 R .904 / .938, hold P 1 / 1 R 1 / 1,
    // forbidden P .988 / .922 R .922 / .732, apology R .971 / .986 — the figures to believe for wordings nobody here wrote
    // (no grammar or template row of the v6 model contains one of its wordings).
    // I31 tuned on it: one no-brand call now passes its greeting (the brand search takes 「这里嘛，航」 for 这里是招行, and the
    // surname after 店 is now heard), so zh greeting precision is .995 there.
    history: 'evaluated once at e598bc9',
    // v7 act model (I60, every spent split trained on): closing.zh P 0.98 -> 0.97, hold.zh P 1 -> 0.98
    bounds: {
      'greeting.zh': [0.99, 0.87], 'greeting.en': [1, 0.93],
      'closing.zh': [0.97, 0.9], 'closing.en': [1, 0.93],
      'hold.zh': [0.98, 1], 'hold.en': [1, 1],
      'forbidden.zh': [0.98, 0.92], 'forbidden.en': [0.92, 0.73],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout40',
    // Written blind (600 calls) while heldout38 was tuned on, and evaluated ONCE, untouched, by the lead at 98b197f (after
    // the I31 round, act model v6): greeting P 1 / .995 R .869 / .984, closing P 1 / 1 R .951 / .963, hold P .944 / .967
    // R .957 / 1, forbidden P .979 / .986 R .912 / .775, apology R .956 / .988 — the figures to believe for wordings nobody
    // here wrote (no grammar or template row of the v6 model contains one of its wordings).
    history: 'evaluated once at 98b197f',
    // v7 act model (I60, every spent split trained on): forbidden.en P 0.98 -> 0.97
    bounds: {
      'greeting.zh': [1, 0.86], 'greeting.en': [0.99, 0.98],
      'closing.zh': [1, 0.95], 'closing.en': [1, 0.96],
      'hold.zh': [0.94, 0.95], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.97, 0.91], 'forbidden.en': [0.97, 0.77],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout41',
    // Written blind (600 calls) while heldout39 was tuned on, and evaluated ONCE, untouched, by the lead at 9c3b270 (after
    // the I32 round, act model v6): greeting P 1 / 1 R .875 / .959, closing P .993 / .985 R .886 / .944, hold P .962 / .952
    // R 1 / 1, forbidden P .988 / .926 R .890 / .677, apology R .938 / .913 — the figures to believe for wordings nobody
    // here wrote (no grammar or template row of the v6 model contains one of its wordings).
    history: 'evaluated once at 9c3b270',
    bounds: {
      'greeting.zh': [1, 0.87], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.88], 'closing.en': [0.98, 0.94],
      'hold.zh': [0.96, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.98, 0.89], 'forbidden.en': [0.92, 0.67],
      'apology.zh': [1, 0.93], 'apology.en': [1, 0.91],
    },
  },
  {
    split: 'heldout42',
    // Written blind (600 calls) while heldout40 was tuned on, and evaluated ONCE, untouched, by the lead at 2072dfb (after
    // the I33 round, act model v6): greeting P .984 / 1 R .939 / .949, closing P .993 / .993 R .959 / .938, hold P .899 /
    // .960 R .988 / 1, forbidden P .979 / .938 R .903 / .918, apology P .963 / 1 R .963 / .966 — the figures to believe for
    // wordings nobody here wrote (no template row of the v6 model contains one of its wordings; 49 grammar rows hold one
    // of seven everyday ones, splits.ts).
    history: 'evaluated once at 2072dfb',
    // v7 act model (I60, every spent split trained on): closing.zh P 0.99 -> 0.98
    bounds: {
      'greeting.zh': [0.98, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.95], 'closing.en': [0.99, 0.93],
      'hold.zh': [0.89, 0.98], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.97, 0.9], 'forbidden.en': [0.93, 0.91],
      'apology.zh': [0.96, 0.96], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout43',
    // Written blind (600 calls) while heldout41 was tuned on, and evaluated ONCE, untouched, by the lead at 2014a9c (after
    // the I34 round, act model v6): greeting P 1 / 1 R .929 / .922, closing P 1 / .993 R .966 / .960, hold P .953 / .974
    // R .988 / .987, forbidden P .922 / 1 R .965 / .827, apology P 1 / 1 R .973 / .967 — the figures to believe for wordings
    // nobody here wrote (102 grammar rows and 6 template rows of the v6 model hold one of eleven everyday ones, splits.ts).
    history: 'evaluated once at 2014a9c',
    // v7 act model (I60, every spent split trained on): closing.zh P 1 -> 0.99, closing.en P 0.99 -> 0.98, forbidden.en P 1 -> 0.98
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.92],
      'closing.zh': [0.99, 0.96], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.95, 0.98], 'hold.en': [0.97, 0.98],
      'forbidden.zh': [0.92, 0.96], 'forbidden.en': [0.98, 0.82],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout44',
    // Written blind (600 calls) while heldout42 was tuned on, and evaluated ONCE, untouched, by the lead at 5bff145 (after
    // the I35 round, act model v6): greeting P .995 / 1 R .933 / .941, closing P .993 / .993 R .966 / .936, hold P .903 /
    // .965 R 1 / .988, forbidden P .969 / .946 R .863 / .889, apology R .953 / .973 — the figures to believe for wordings
    // nobody here wrote (63 grammar rows and 6 template rows of the v6 model hold one of ten everyday ones, splits.ts).
    history: 'evaluated once at 5bff145',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.96], 'closing.en': [0.99, 0.93],
      'hold.zh': [0.9, 1], 'hold.en': [0.96, 0.98],
      'forbidden.zh': [0.96, 0.86], 'forbidden.en': [0.94, 0.88],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout45',
    // Written blind (600 calls) while heldout43 was tuned on, and evaluated ONCE, untouched, by the lead at 5428503 (after
    // the I36 round, act model v6): greeting P .995 / 1 R .946 / .960, closing P .993 / .994 R .974 / .981, hold P .987 /
    // .946 R 1 / 1, forbidden P .917 / 1 R .951 / .808, apology R .959 / .988 — the figures to believe for wordings nobody
    // here wrote (121 grammar rows of the v6 model hold one of seven everyday ones, splits.ts).
    history: 'evaluated once at 5428503',
    // v7 act model (I60, every spent split trained on): greeting.en R 0.96 -> 0.95
    bounds: {
      'greeting.zh': [0.99, 0.94], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.97], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.98, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.91, 0.95], 'forbidden.en': [1, 0.8],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout46',
    // Written blind (600 calls) while heldout44 was tuned on, and evaluated ONCE, untouched, by the lead at 682bdda (after
    // the I37 round, act model v6): greeting P 1 / 1 R .894 / .944, closing P .980 / 1 R .967 / .952, hold P .958 / .964
    // R 1 / 1, forbidden P .920 / 1 R .910 / .809, apology R .941 / .977 — the figures to believe for wordings nobody here
    // wrote (37 grammar rows and 6 template rows of the v6 model hold one of five everyday ones, splits.ts).
    history: 'evaluated once at 682bdda',
    // v7 act model (I60, every spent split trained on): forbidden.en P 1 -> 0.98
    bounds: {
      'greeting.zh': [1, 0.89], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.96], 'closing.en': [1, 0.95],
      'hold.zh': [0.95, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.92, 0.91], 'forbidden.en': [0.98, 0.8],
      'apology.zh': [1, 0.94], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout47',
    // Written blind (600 calls) while heldout45 was tuned on, and evaluated ONCE, untouched, by the lead at 135980c (after
    // the I38 round, act model v6): greeting P 1 / 1 R .893 / .962, closing P .993 / .994 R .948 / .939, hold P .911 / .988
    // R 1 / 1, forbidden P .881 / .952 R .914 / .859, apology R .949 / 1 — the figures to believe for wordings nobody here
    // wrote (258 grammar rows and 6 template rows of the v6 model hold one of thirteen everyday ones, splits.ts).
    history: 'evaluated once at 135980c',
    bounds: {
      'greeting.zh': [1, 0.89], 'greeting.en': [1, 0.96],
      'closing.zh': [0.99, 0.94], 'closing.en': [0.99, 0.93],
      'hold.zh': [0.91, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.88, 0.91], 'forbidden.en': [0.95, 0.85],
      'apology.zh': [1, 0.94], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout48',
    // Written blind (600 calls) while heldout46 was tuned on, and evaluated ONCE, untouched, by the lead at 162db7a (after
    // the I39 round, act model v6): greeting P 1 / 1 R .931 / .941, closing P .979 / .979 R .945 / .916, hold P .989 / .974
    // R .989 / 1, forbidden P .988 / 1 R .901 / .884, apology R .955 / .962 — every figure at 0.90 or above but English
    // forbidden recall (40 grammar rows and 1 template row of the v6 model hold one of nine everyday wordings, splits.ts).
    history: 'evaluated once at 162db7a',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 0.98 -> 0.97
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.94], 'closing.en': [0.97, 0.91],
      'hold.zh': [0.98, 0.98], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.97, 0.9], 'forbidden.en': [1, 0.88],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout49',
    // Written blind (600 calls) while heldout47 was tuned on, and evaluated ONCE, untouched, by the lead at 7918b40 (after
    // the I40 round, act model v6): greeting P 1 / 1 R .929 / .949, closing P .982 / 1 R .976 / .888, hold P .929 / .913
    // R .989 / 1, forbidden P .967 / 1 R .830 / .830, apology R .905 / .967 — English closing recall and forbidden recall in
    // both languages below 0.90 (26 grammar rows of the v6 model hold one of eight everyday wordings, splits.ts).
    history: 'evaluated once at 7918b40',
    // v7 act model (I60, every spent split trained on): closing.zh P 0.98 -> 0.97
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.97], 'closing.en': [1, 0.88],
      'hold.zh': [0.92, 0.98], 'hold.en': [0.91, 1],
      'forbidden.zh': [0.96, 0.83], 'forbidden.en': [1, 0.83],
      'apology.zh': [1, 0.9], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout50',
    // Written blind (600 calls) while heldout47 and heldout48 were tuned on, and evaluated ONCE, untouched, by the lead at
    // 005f124 (after the I41 round, act model v6): greeting P 1 / 1 R .902 / .944, closing P .993 / 1 R .937 / .951, hold
    // P .908 / 1 R .988 / 1, forbidden P 1 / .923 R .917 / .857, apology R .900 / .988 — every figure at 0.90 or above but
    // English forbidden recall (77 grammar rows and 1 template row of the v6 model hold one of five everyday wordings).
    history: 'evaluated once at 005f124',
    // v7 act model (I60, every spent split trained on): hold.en R 1 -> 0.98, forbidden.zh P 1 -> 0.98
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.93], 'closing.en': [1, 0.95],
      'hold.zh': [0.9, 0.98], 'hold.en': [1, 0.98],
      'forbidden.zh': [0.98, 0.91], 'forbidden.en': [0.92, 0.85],
      'apology.zh': [1, 0.9], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout51',
    // Written blind (600 calls) while heldout49 was tuned on, and evaluated ONCE, untouched, by the lead at d8ec871 (after
    // the I42 round, act model v6): greeting P 1 / 1 R .918 / .956, closing P .978 / .993 R .918 / .921, hold P .966 / .951
    // R .988 / .987, forbidden P .958 / .974 R .812 / .738, apology R .986 / .957 — forbidden recall below 0.90 in both
    // languages (no training row of the v6 model holds one of its wordings).
    history: 'evaluated once at d8ec871',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [1, 0.95],
      'closing.zh': [0.97, 0.91], 'closing.en': [0.99, 0.92],
      'hold.zh': [0.96, 0.98], 'hold.en': [0.95, 0.98],
      'forbidden.zh': [0.95, 0.81], 'forbidden.en': [0.97, 0.73],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout52',
    // Written blind (600 calls) while heldout50 was tuned on, and evaluated ONCE, untouched, by the lead at 9f44ff0 (after
    // the I43 round, act model v6): greeting P .995 / 1 R .914 / .960, closing P .986 / .986 R .966 / .941, hold P .988 /
    // .934 R .988 / 1, forbidden P .951 / .956 R .867 / .714, apology R .960 / 1 — forbidden recall below 0.90 in both
    // languages (no training row of the v6 model holds one of its wordings).
    history: 'evaluated once at 9f44ff0',
    // v7 act model (I60, every spent split trained on): greeting.en R 0.96 -> 0.95, forbidden.en P 0.95 -> 0.89
    bounds: {
      'greeting.zh': [0.99, 0.91], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.98, 0.94],
      'hold.zh': [0.98, 0.98], 'hold.en': [0.93, 1],
      'forbidden.zh': [0.95, 0.86], 'forbidden.en': [0.89, 0.71],
      'apology.zh': [1, 0.96], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout53',
    // Written blind (600 calls) while heldout51 was tuned on, and evaluated ONCE, untouched, by the lead at acce862 (after
    // the I44 round, act model v6): greeting P .995 / 1 R .910 / .964, closing P 1 / 1 R .970 / .987, hold P .949 / .974
    // R .987 / 1, forbidden P .925 / .986 R .851 / .756, apology R .976 / .973 — forbidden recall below 0.90 in both
    // languages (no training row of the v6 model holds one of its wordings).
    history: 'evaluated once at acce862',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.96],
      'closing.zh': [1, 0.97], 'closing.en': [1, 0.98],
      'hold.zh': [0.94, 0.98], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.92, 0.85], 'forbidden.en': [0.98, 0.75],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout54',
    // Written blind (600 calls) while heldout51 was tuned on, and evaluated ONCE, untouched, by the lead at f50822c (after
    // the I45 round, act model v6): greeting P 1 / 1 R .810 / .971, closing P .994 / 1 R .952 / .934, hold P .963 / .976
    // R 1 / 1, forbidden P .967 / .885 R .916 / .750, apology R .976 / .974 — Mandarin greeting recall, English forbidden
    // precision and recall below 0.90 (no training row of the v6 model holds one of its wordings).
    history: 'evaluated once at f50822c',
    // v7 act model (I60, every spent split trained on): greeting.zh P 1 -> 0.99, closing.en P 1 -> 0.99, forbidden.zh P 0.96 -> 0.93
    bounds: {
      'greeting.zh': [0.99, 0.81], 'greeting.en': [1, 0.97],
      'closing.zh': [0.99, 0.95], 'closing.en': [0.99, 0.93],
      'hold.zh': [0.96, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.93, 0.91], 'forbidden.en': [0.88, 0.75],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout55',
    // Written blind (600 calls) while heldout53 was tuned on, and evaluated ONCE, untouched, by the lead at 2a2e459 (after
    // the I46 round, act model v6): greeting P 1 / 1 R .943 / .949, closing P 1 / 1 R .986 / .956, hold P .926 / .963 R 1 / 1,
    // forbidden P .966 / .986 R .885 / .828, apology R .989 / .955 — forbidden recall below 0.90 in both languages (no
    // training row of the v6 model holds one of its wordings).
    history: 'evaluated once at 2a2e459',
    // v7 act model (I60, every spent split trained on): closing.zh P 1 -> 0.98, apology.zh R 0.98 -> 0.97
    bounds: {
      'greeting.zh': [1, 0.94], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.98], 'closing.en': [1, 0.95],
      'hold.zh': [0.92, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.96, 0.88], 'forbidden.en': [0.98, 0.82],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout56',
    // Written blind (600 calls) while heldout55 was tuned on, and evaluated ONCE, untouched, by the lead at a9e3415 (after
    // the I47 round, act model v6): greeting P .995 / 1 R .915 / .961, closing P .994 / .988 R .951 / .982, hold P .945 /
    // .949 R 1 / 1, forbidden P .952 / .854 R .909 / .826, apology R .989 / .973 — English forbidden precision and recall
    // below 0.90 (16 grammar rows of the v6 model hold one everyday wording, splits.ts).
    history: 'evaluated once at a9e3415',
    // v7 act model (I60, every spent split trained on): closing.en R 0.98 -> 0.97, forbidden.zh P 0.95 -> 0.93
    bounds: {
      'greeting.zh': [0.99, 0.91], 'greeting.en': [1, 0.96],
      'closing.zh': [0.99, 0.95], 'closing.en': [0.98, 0.97],
      'hold.zh': [0.94, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.93, 0.9], 'forbidden.en': [0.85, 0.82],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout57',
    // Written blind (600 calls) while heldout56 was tuned on, and evaluated ONCE, untouched, by the lead at eb55934 (after
    // the I48 round, act model v6): greeting P .995 / 1 R .902 / .941, closing P .979 / .993 R .965 / .980, hold P .962 /
    // .957 R 1 / 1, forbidden P .950 / .975 R .938 / .830, apology R .963 / .933 — English forbidden recall below 0.90,
    // every other figure at 0.90 or above (no grammar row of the v6 model holds one of its wordings, splits.ts).
    history: 'evaluated once at eb55934',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 0.95 -> 0.94, forbidden.en P 0.97 -> 0.94
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.96], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.96, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.94, 0.93], 'forbidden.en': [0.94, 0.82],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.93],
    },
  },  {
    split: 'heldout58',
    // Written blind (600 calls) while heldout57 was evaluated, and evaluated ONCE, untouched, by the lead at 762fc6f (after
    // the I49 round, act model v6): greeting P 1 / 1 R .895 / .940, closing P .981 / .988 R .933 / .959, hold P .973 / .968
    // R 1 / 1, forbidden P 1 / .988 R .845 / .842, apology R .957 / .975 — Mandarin greeting recall and forbidden recall in
    // both languages below 0.90 (50 grammar rows of the v6 model hold one of three everyday wordings, splits.ts).
    history: 'evaluated once at 762fc6f',
    // v7 act model (I60, every spent split trained on): closing.zh P 0.98 -> 0.97, forbidden.zh P 1 -> 0.97, apology.en R 0.97 -> 0.96
    bounds: {
      'greeting.zh': [1, 0.89], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.93], 'closing.en': [0.98, 0.95],
      'hold.zh': [0.97, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.97, 0.84], 'forbidden.en': [0.98, 0.84],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout59',
    // Written blind (600 calls) while heldout57 was evaluated, and evaluated ONCE, untouched, by the lead at c90d060 (after
    // the I50 round, act model v6): greeting P 1 / 1 R .943 / .948, closing P .993 / .974 R .950 / .955, hold P .983 / .975
    // R 1 / 1, forbidden P .989 / .973 R .839 / .793, apology R .989 / .876 — forbidden recall in both languages and English
    // apology recall below 0.90 (94 grammar and 13 template rows of the v6 model hold one of twelve everyday wordings, splits.ts).
    history: 'evaluated once at c90d060',
    // v7 act model (I60, every spent split trained on): closing.zh P 0.99 -> 0.98
    bounds: {
      'greeting.zh': [1, 0.94], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.95], 'closing.en': [0.97, 0.95],
      'hold.zh': [0.98, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.98, 0.83], 'forbidden.en': [0.97, 0.79],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.87],
    },
  },  {
    split: 'heldout60',
    // Written blind (600 calls) while heldout58 was tuned on, and evaluated ONCE, untouched, by the lead at e56c597 (after
    // the I51 round, act model v6): greeting P .994 / 1 R .917 / .952, closing P 1 / .993 R .948 / .925, hold P .965 / .958
    // R .988 / 1, forbidden P .988 / .949 R .914 / .813, apology R 1 / .957 — English forbidden recall below 0.90, every
    // other figure at 0.90 or above (14 grammar rows of the v6 model hold one of two everyday English wordings, splits.ts).
    history: 'evaluated once at e56c597',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 0.98 -> 0.96
    bounds: {
      'greeting.zh': [0.98, 0.91], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.94], 'closing.en': [0.99, 0.92],
      'hold.zh': [0.96, 0.98], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.96, 0.91], 'forbidden.en': [0.94, 0.81],
      'apology.zh': [1, 1], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout61',
    // Written blind (600 calls) while heldout58 was tuned on, and evaluated ONCE, untouched, by the lead at 99f18b9 (after
    // the I52 round, act model v6): greeting P 1 / 1 R .919 / .955, closing P .974 / .981 R .942 / .994, hold P .976 / .963
    // R 1 / 1, forbidden P .955 / .904 R .944 / .862, apology R .987 / 1 — English forbidden recall below 0.90, every other
    // figure at 0.90 or above (17 grammar and 7 template rows of the v6 model hold one of five everyday wordings, splits.ts).
    history: 'evaluated once at 99f18b9',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [1, 0.95],
      'closing.zh': [0.97, 0.94], 'closing.en': [0.98, 0.99],
      'hold.zh': [0.97, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.95, 0.94], 'forbidden.en': [0.9, 0.86],
      'apology.zh': [1, 0.98], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout62',
    // Written blind (600 calls) while heldout59 was tuned on, and evaluated ONCE, untouched, by the lead at 8210a5f (after
    // the I53 round, act model v6): greeting P .994 / .995 R .898 / .959, closing P .969 / .986 R .951 / .967, hold P .979 /
    // .976 R 1 / 1, forbidden P .986 / .931 R .829 / .818, apology R .933 / .972 — Mandarin greeting recall and forbidden
    // recall in both languages below 0.90 (27 grammar rows of the v6 model hold one of three everyday wordings, splits.ts).
    history: 'evaluated once at 8210a5f',
    bounds: {
      'greeting.zh': [0.99, 0.89], 'greeting.en': [0.99, 0.95],
      'closing.zh': [0.96, 0.95], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.97, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.98, 0.82], 'forbidden.en': [0.93, 0.81],
      'apology.zh': [1, 0.93], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout63',
    // Written blind (600 calls) while heldout59 was tuned on, and evaluated ONCE, untouched, by the lead at 89b0f22 (after
    // the I54 round, act model v6): greeting P .995 / 1 R .910 / .942, closing P .986 / .986 R .895 / .986, hold P .973 /
    // .954 R 1 / 1, forbidden P .962 / .974 R .894 / .844, apology R .972 / 1 — Mandarin closing recall and forbidden recall
    // in both languages below 0.90 (4 grammar rows of the v6 model hold one everyday Mandarin wording, splits.ts).
    history: 'evaluated once at 89b0f22',
    // v7 act model (I60, every spent split trained on): closing.zh P 0.98 -> 0.97, forbidden.en P 0.97 -> 0.95
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [0.99, 0.94],
      'closing.zh': [0.97, 0.89], 'closing.en': [0.98, 0.98],
      'hold.zh': [0.97, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.96, 0.89], 'forbidden.en': [0.95, 0.84],
      'apology.zh': [1, 0.97], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout64',
    // Written blind (600 calls) while heldout61 was tuned on, and evaluated ONCE, untouched, by the lead at d945ec2 (after
    // the I55 round, act model v6): greeting P 1 / 1 R .902 / .950, closing P .979 / 1 R .966 / .977, hold P .985 / .989
    // R .985 / 1, forbidden P .955 / .949 R .966 / .833, apology R 1 / .944 — English forbidden recall below 0.90, every
    // other figure at 0.90 or above (19 grammar rows of the v6 model hold one of five everyday wordings, splits.ts).
    history: 'evaluated once at d945ec2',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.95],
      'closing.zh': [0.97, 0.96], 'closing.en': [1, 0.97],
      'hold.zh': [0.98, 0.98], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.95, 0.96], 'forbidden.en': [0.94, 0.83],
      'apology.zh': [1, 1], 'apology.en': [1, 0.94],
    },
  },  {
    split: 'heldout65',
    // Written blind (600 calls) while heldout61 was tuned on, and evaluated ONCE, untouched, by the lead at ba56094 (after
    // the I56 round, act model v6): greeting P 1 / 1 R .931 / .941, closing P .993 / .993 R .960 / .947, hold P .966 / .863
    // R 1 / 1, forbidden P .988 / .985 R .851 / .776, apology R .987 / .949 — English hold precision and forbidden recall in
    // both languages below 0.90 (no grammar or template row of the v6 model holds one of its wordings, splits.ts).
    history: 'evaluated once at ba56094',
    // v7 act model (I60, every spent split trained on): forbidden.zh P 0.98 -> 0.91, forbidden.en P 0.98 -> 0.96
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.96], 'closing.en': [0.99, 0.94],
      'hold.zh': [0.96, 1], 'hold.en': [0.86, 1],
      'forbidden.zh': [0.91, 0.85], 'forbidden.en': [0.96, 0.77],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.94],
    },
  },  {
    split: 'heldout66',
    // Written blind (600 calls) while heldout63 was tuned on, and evaluated ONCE, untouched, by the lead at a872029 (after
    // the I57 round, act model v6): greeting P 1 / 1 R .875 / .936, closing P .993 / .987 R .993 / .974, hold P .963 / .939
    // R 1 / 1, forbidden P .989 / .931 R .930 / .794, apology R .976 / .925 — Mandarin greeting recall and English forbidden
    // recall below 0.90 (6 grammar rows and 1 template row of the v6 model hold one of four everyday wordings, splits.ts).
    history: 'evaluated once at a872029',
    // v7 act model (I60, every spent split trained on): closing.zh P 0.99 -> 0.97
    bounds: {
      'greeting.zh': [1, 0.87], 'greeting.en': [1, 0.93],
      'closing.zh': [0.97, 0.99], 'closing.en': [0.98, 0.97],
      'hold.zh': [0.96, 1], 'hold.en': [0.93, 1],
      'forbidden.zh': [0.98, 0.93], 'forbidden.en': [0.93, 0.79],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.92],
    },
  },  {
    split: 'heldout67',
    // Written blind (600 calls) after the I57 round, and evaluated ONCE, untouched, by the lead at 769eb99 (after the I58
    // round, act model v6): greeting P .989 / 1 R .898 / .955, closing P .986 / .987 R .966 / .981, hold P .977 / .971
    // R .988 / 1, forbidden P .920 / .963 R .920 / .782, apology R .988 / .979 — Mandarin greeting recall and English
    // forbidden recall below 0.90 (6 grammar rows and 6 template rows of the v6 model hold one of three everyday wordings).
    history: 'evaluated once at 769eb99',
    bounds: {
      'greeting.zh': [0.98, 0.89], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.98, 0.98],
      'hold.zh': [0.97, 0.98], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.92, 0.92], 'forbidden.en': [0.96, 0.78],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout68',
    // Written blind (600 calls) after the I57 round, and evaluated ONCE, untouched, by the lead at 0064b87 (after the I59
    // round and act model v7, I60): greeting P 1 / 1 R .942 / .947, closing P .994 / .994 R .964 / .957, hold P .950 / .988
    // R 1 / .988, forbidden P .959 / .978 R .959 / .916, apology R .986 / .988 — every figure at 0.90 or above, the first
    // blind split to meet the bar on every check and language (99 grammar rows of v7's sources hold one of eight everyday
    // wordings, dropped from its training; splits.ts).
    history: 'evaluated once at 0064b87',
    bounds: {
      'greeting.zh': [1, 0.94], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.96], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 0.98],
      'forbidden.zh': [0.95, 0.95], 'forbidden.en': [0.97, 0.91],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout69',
    // Written blind (600 calls) after the I58 round, and evaluated ONCE, untouched, by the lead at 8e703d0 (the code and act
    // model v7 heldout68 was evaluated with): greeting P 1 / 1 R .841 / .933, closing P .993 / .993 R .972 / .979, hold
    // P .988 / .974 R 1 / 1, forbidden P .936 / .886 R .913 / .804, apology R .949 / .971 — Mandarin greeting recall and
    // English forbidden precision and recall below 0.90 (v7 trained on the 24 grammar rows that hold four of its wordings).
    history: 'evaluated once at 8e703d0',
    bounds: {
      'greeting.zh': [1, 0.84], 'greeting.en': [1, 0.93],
      'closing.zh': [0.99, 0.97], 'closing.en': [0.99, 0.97],
      'hold.zh': [0.98, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.93, 0.91], 'forbidden.en': [0.88, 0.8],
      'apology.zh': [1, 0.94], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout70',
    // Written blind (600 calls) after the I59 round and act model v7, and evaluated ONCE, untouched, by the lead at 066a63e
    // (after the I62 round): greeting P .995 / 1 R .957 / .937, closing P 1 / .987 R .967 / .987, hold P .961 / .952 R 1 / 1,
    // forbidden P .978 / .975 R .956 / .898, apology R .957 / 1 — English forbidden recall (79 of 88) just below 0.90
    // (v7 trained on the 24 grammar rows that hold three of its wordings).
    history: 'evaluated once at 066a63e',
    bounds: {
      'greeting.zh': [0.99, 0.95], 'greeting.en': [1, 0.93],
      'closing.zh': [1, 0.96], 'closing.en': [0.98, 0.98],
      'hold.zh': [0.96, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.97, 0.95], 'forbidden.en': [0.97, 0.89],
      'apology.zh': [1, 0.95], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout71',
    // Written blind (600 calls) after the I61 round, and evaluated ONCE, untouched, by the lead at 12d54b5 (after the I62 and
    // I63 rounds, act model v7): greeting P 1 / 1 R .881 / .908, closing P .987 / 1 R .987 / .949, hold P .969 / .975
    // R .969 / 1, forbidden P .951 / .988 R .960 / .943, apology R .987 / .976 — Mandarin greeting recall below 0.90
    // (v7 trained on the 57 grammar rows that hold nine of its wordings).
    history: 'evaluated once at 12d54b5',
    bounds: {
      'greeting.zh': [0.99, 0.88], 'greeting.en': [0.99, 0.9],
      'closing.zh': [0.98, 0.98], 'closing.en': [1, 0.94],
      'hold.zh': [0.96, 0.96], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.95, 0.96], 'forbidden.en': [0.98, 0.94],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout72',
    // Written blind (600 calls) after the I61 round, at the same time as heldout71, and evaluated ONCE, untouched, by the
    // lead at 0086591 (after the I64 round, act model v7): greeting P 1 / 1 R .948 / .942, closing P .986 / .987 R .959 / .974,
    // hold P .966 / .972 R 1 / 1, forbidden P .912 / .849 R .933 / .913, apology R 1 / .959 — English forbidden precision
    // below 0.90 (13 polite lines flagged; v7 trained on the one grammar row that holds one of its wordings).
    history: 'evaluated once at 0086591',
    bounds: {
      'greeting.zh': [1, 0.94], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.95], 'closing.en': [0.98, 0.97],
      'hold.zh': [0.96, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.91, 0.93], 'forbidden.en': [0.84, 0.91],
      'apology.zh': [1, 1], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout73',
    // Written blind (600 calls) after the I63 round, and evaluated ONCE, untouched, by the lead at 1a9ec9a (after the I64 and
    // I65 rounds, act model v7): greeting P .987 / 1 R .822 / .921, closing P .981 / .978 R .993 / .917, hold P .936 / .986
    // R .973 / 1, forbidden P .887 / .890 R .915 / .920, apology R .987 / .986 — Mandarin greeting recall and forbidden
    // precision in both languages below 0.90 (v7 trained on the 25 rows that hold five of its wordings).
    history: 'evaluated once at 1a9ec9a',
    bounds: {
      'greeting.zh': [0.98, 0.82], 'greeting.en': [1, 0.92],
      'closing.zh': [0.98, 0.99], 'closing.en': [0.97, 0.91],
      'hold.zh': [0.93, 0.97], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.88, 0.91], 'forbidden.en': [0.89, 0.92],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout74',
    // Written blind (600 calls) after the I63 round, at the same time as heldout73, and evaluated ONCE, untouched, by the lead
    // at c022b61 (after the I64 to I66 rounds, act model v7): greeting P .995 / 1 R .906 / .967, closing P 1 / 1 R .986 / .988,
    // hold P .973 / .963 R 1 / 1, forbidden P .966 / .931 R .923 / .913, apology R 1 / 1 — every figure at 0.90 or above, the
    // second blind split after heldout68 (v7 trained on the 3 rows that hold three of its wordings).
    history: 'evaluated once at c022b61',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.96],
      'closing.zh': [1, 0.98], 'closing.en': [1, 0.98],
      'hold.zh': [0.97, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.96, 0.92], 'forbidden.en': [0.93, 0.91],
      'apology.zh': [1, 1], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout75',
    // Written blind (600 calls) after the I65 round, and evaluated ONCE, untouched, by the lead at c63a210 (after the I66 and
    // I67 rounds, act model v7): greeting P 1 / 1 R .879 / .949, closing P .986 / 1 R .953 / .987, hold P .955 / .939
    // R .988 / 1, forbidden P 1 / .948 R .932 / .830, apology R .967 / .970 — Mandarin greeting recall and English forbidden
    // recall below 0.90 (v7 trained on the 37 rows that hold six of its wordings).
    history: 'evaluated once at c63a210',
    bounds: {
      'greeting.zh': [1, 0.87], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.95], 'closing.en': [1, 0.98],
      'hold.zh': [0.95, 0.98], 'hold.en': [0.93, 1],
      'forbidden.zh': [1, 0.93], 'forbidden.en': [0.94, 0.82],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout76',
    // Written blind (600 calls) after the I65 round, at the same time as heldout75, and evaluated ONCE, untouched, by the lead
    // at 3becda0 (after the I68 round, act model v7): greeting P .995 / 1 R .871 / .950, closing P .979 / .974 R .972 / .981,
    // hold P .944 / .975 R .977 / 1, forbidden P .915 / .948 R .949 / .901, apology R .958 / .976 — Mandarin greeting recall
    // below 0.90 (v7 trained on the 31 grammar rows that hold six of its wordings).
    history: 'evaluated once at 3becda0',
    bounds: {
      'greeting.zh': [0.99, 0.87], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.97], 'closing.en': [0.97, 0.98],
      'hold.zh': [0.94, 0.97], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.91, 0.94], 'forbidden.en': [0.94, 0.9],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout77',
    // Written blind (600 calls) after the I67 round, at the same time as heldout78, and evaluated ONCE, untouched, by the lead
    // at 96b4671 (after the I69 round, act model v7): greeting P 1 / 1 R .934 / .968, closing P .951 / .993 R .971 / .956,
    // hold P 1 / .988 R 1 / 1, forbidden P .988 / .988 R .988 / .860, apology R 1 / .975 — English forbidden recall below
    // 0.90, every other figure at or above it.
    history: 'evaluated once at 96b4671',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.96],
      'closing.zh': [0.95, 0.97], 'closing.en': [0.99, 0.95],
      'hold.zh': [1, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.98, 0.98], 'forbidden.en': [0.98, 0.86],
      'apology.zh': [1, 1], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout78',
    // Written blind (600 calls) after the I67 round, at the same time as heldout77, and evaluated ONCE, untouched, by the lead
    // at 21549da (after the I70 round, act model v7): greeting P 1 / 1 R .941 / .941, closing P .981 / .993 R .975 / .950,
    // hold P .953 / .977 R 1 / 1, forbidden P .950 / .976 R .950 / .863, apology R 1 / 1 — English forbidden recall below
    // 0.90, every other figure at or above it.
    history: 'evaluated once at 21549da',
    bounds: {
      'greeting.zh': [0.99, 0.94], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.97], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.95, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.95, 0.95], 'forbidden.en': [0.97, 0.86],
      'apology.zh': [1, 1], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout79',
    // Written blind (600 calls) after the I69 round, at the same time as heldout80, and evaluated ONCE, untouched, by the lead
    // at c53dfbf (after the I71 round, act model v7): greeting P 1 / 1 R .962 / .965, closing P .987 / 1 R .981 / .974,
    // hold P .976 / .961 R .976 / 1, forbidden P .989 / .935 R .966 / .906, apology R .956 / 1 — every figure at or above
    // 0.90 in both languages.
    history: 'evaluated once at c53dfbf',
    bounds: {
      'greeting.zh': [1, 0.96], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.98], 'closing.en': [1, 0.97],
      'hold.zh': [0.97, 0.97], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.98, 0.96], 'forbidden.en': [0.93, 0.9],
      'apology.zh': [1, 0.95], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout80',
    // Written blind (600 calls) after the I69 round, at the same time as heldout79, and evaluated ONCE, untouched, by the lead
    // at 796df0e (after the I72 round, act model v7): greeting P 1 / 1 R .911 / .938, closing P .986 / 1 R .959 / .987,
    // hold P .973 / .909 R .986 / 1, forbidden P .979 / .943 R .979 / .935, apology R 1 / .971 — every figure at or above
    // 0.90 in both languages.
    history: 'evaluated once at 796df0e',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [1, 0.93],
      'closing.zh': [0.98, 0.95], 'closing.en': [1, 0.98],
      'hold.zh': [0.97, 0.98], 'hold.en': [0.9, 1],
      'forbidden.zh': [0.97, 0.97], 'forbidden.en': [0.94, 0.93],
      'apology.zh': [1, 1], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout81',
    // Written blind (600 calls) after the I70 round, at the same time as heldout82, and evaluated ONCE, untouched, by the lead
    // at ff8264a (after the I73 round, act model v7): greeting P 1 / 1 R .925 / .975, closing P .987 / .988 R .981 / .981,
    // hold P .962 / .974 R 1 / 1, forbidden P .957 / .978 R .900 / .900, apology R .974 / .952 — every figure at or above
    // 0.90 in both languages (forbidden recall exactly 90 of 100 in each).
    history: 'evaluated once at ff8264a',
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.97],
      'closing.zh': [0.98, 0.98], 'closing.en': [0.98, 0.98],
      'hold.zh': [0.96, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.95, 0.9], 'forbidden.en': [0.97, 0.9],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout82',
    // Written blind (600 calls) after the I70 round, at the same time as heldout81, and evaluated ONCE, untouched, by the lead
    // at 226545a (after the I74 round, act model v7): greeting P 1 / 1 R .886 / .974, closing P 1 / 1 R .977 / .964,
    // hold P .950 / .986 R 1 / 1, forbidden P 1 / .950 R .944 / .864, apology R 1 / .988 — Mandarin greeting recall and
    // English forbidden recall below 0.90.
    history: 'evaluated once at 226545a',
    bounds: {
      'greeting.zh': [1, 0.88], 'greeting.en': [1, 0.97],
      'closing.zh': [1, 0.97], 'closing.en': [1, 0.96],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [1, 0.94], 'forbidden.en': [0.95, 0.86],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout83',
    // Written blind (600 calls) after the I71 round, at the same time as heldout84, and evaluated ONCE, untouched, by the lead
    // at a87a71e (after the I75 round, act model v7): greeting P 1 / 1 R .888 / .961, closing P 1 / 1 R .987 / .956,
    // hold P .958 / .976 R 1 / 1, forbidden P .981 / .927 R .962 / .987, apology R .968 / 1 — Mandarin greeting recall
    // below 0.90, every other figure at or above it.
    history: 'evaluated once at a87a71e',
    bounds: {
      'greeting.zh': [0.99, 0.88], 'greeting.en': [1, 0.96],
      'closing.zh': [1, 0.98], 'closing.en': [1, 0.95],
      'hold.zh': [0.95, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.98, 0.96], 'forbidden.en': [0.92, 0.98],
      'apology.zh': [1, 0.96], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout84',
    // Written blind (600 calls) after the I71 round, at the same time as heldout83, and evaluated ONCE, untouched, by the lead
    // at a66345b (the same code as heldout83: after the I75 round, heldout82 tuned on; act model v7): greeting P .994 / 1 R .921 / .954, closing P 1 / .994 R .962 / .981, hold P 1 / .987 R 1 / 1, forbidden P .977 / .975 R .955 / .918, apology R .961 / .972 — every figure at or above 0.90, in both languages.
    history: 'evaluated once at a66345b',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.96], 'closing.en': [0.99, 0.98],
      'hold.zh': [1, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.97, 0.95], 'forbidden.en': [0.97, 0.91],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout85',
    // Written blind (600 calls) after the I75 round, at the same time as heldout86, and evaluated ONCE, untouched, by the lead
    // at 80c6190 (after the I76 round, heldout83 and heldout84 tuned on; act model v7): greeting P 1 / 1 R .957 / .966, closing P .993 / 1 R .973 / .968, hold P .945 / .978 R 1 / 1, forbidden P .935 / .978 R .978 / .880, apology R .961 / 1 — English forbidden recall below 0.90, every other figure at or above it.
    history: 'evaluated once at 80c6190',
    bounds: {
      'greeting.zh': [1, 0.95], 'greeting.en': [1, 0.96],
      'closing.zh': [0.99, 0.97], 'closing.en': [1, 0.96],
      'hold.zh': [0.94, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.93, 0.97], 'forbidden.en': [0.97, 0.88],
      'apology.zh': [1, 0.96], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout86',
    // Written blind (600 calls) after the I75 round, at the same time as heldout85, and evaluated ONCE, untouched, by the lead
    // at b75a6be (after the I77 round, heldout85 tuned on; act model v7): greeting P .989 / 1 R .921 / .964, closing P .987 / .978 R .981 / .993, hold P .879 / 1 R 1 / 1, forbidden P .979 / 1 R .929 / .814, apology R .986 / .987 — English forbidden recall and Mandarin hold precision below 0.90, every other figure at or above it.
    history: 'evaluated once at b75a6be',
    bounds: {
      'greeting.zh': [0.98, 0.92], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.98], 'closing.en': [0.97, 0.99],
      'hold.zh': [0.87, 1], 'hold.en': [1, 1],
      'forbidden.zh': [0.97, 0.92], 'forbidden.en': [1, 0.81],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout87',
    // Written blind (600 calls) after the I75 round, at heldout84's evaluation, at the same time as heldout88, and evaluated ONCE, untouched, by the lead
    // at f08c7d4 (after the I78 round, heldout86 tuned on; act model v7): greeting P 1 / 1 R .921 / .966, closing P .980 / .993 R .966 / .972, hold P .989 / .974 R 1 / 1, forbidden P .989 / .988 R .925 / .932, apology R 1 / .963 — every figure at or above 0.90, in both languages.
    history: 'evaluated once at f08c7d4',
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.99, 0.97],
      'hold.zh': [0.98, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.98, 0.92], 'forbidden.en': [0.98, 0.93],
      'apology.zh': [1, 1], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout88',
    // Written blind (600 calls) after the I75 round, at heldout84's evaluation, at the same time as heldout87, and evaluated ONCE, untouched, by the lead
    // at c099741 (after the I79 round, heldout87 tuned on; act model v7): greeting P .995 / 1 R .939 / .952, closing P 1 / .987 R .979 / .967, hold P .955 / .987 R 1 / 1, forbidden P .943 / .962 R .953 / .950, apology R .965 / .952 — every figure at or above 0.90, in both languages.
    history: 'evaluated once at c099741',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.97], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.94, 0.95], 'forbidden.en': [0.96, 0.95],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout89',
    // Written blind (600 calls) after the I76 round, at the same time as heldout90, and evaluated ONCE, untouched, by the lead
    // at 8875e4d (after the I80 round, heldout88 tuned on; act model v7): greeting P .989 / 1 R .906 / .929, closing P .987 / .993 R .981 / .980, hold P .975 / 1 R 1 / 1, forbidden P .989 / .988 R .939 / .862, apology R .960 / .977 — English forbidden recall below 0.90, every other figure at or above it.
    history: 'evaluated once at 8875e4d',
    bounds: {
      'greeting.zh': [0.98, 0.9], 'greeting.en': [1, 0.92],
      'closing.zh': [0.98, 0.98], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.97, 1], 'hold.en': [1, 1],
      'forbidden.zh': [0.98, 0.93], 'forbidden.en': [0.98, 0.86],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout90',
    // Written blind (600 calls) after the I76 round, at the same time as heldout89, and evaluated ONCE, untouched, by the lead
    // at 8a8cb8d (after the I81 round, heldout89 tuned on; act model v7): greeting P 1 / 1 R .927 / .939, closing P .960 / .987 R .953 / .955, hold P .950 / .978 R .974 / 1, forbidden P .949 / .978 R .860 / .891, apology R 1 / 1 — forbidden-phrase recall below 0.90 in both languages, every other figure at or above it.
    history: 'evaluated once at 8a8cb8d',
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.93],
      'closing.zh': [0.96, 0.95], 'closing.en': [0.98, 0.95],
      'hold.zh': [0.95, 0.97], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.94, 0.86], 'forbidden.en': [0.97, 0.89],
      'apology.zh': [1, 1], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout91',
    // Written blind (600 calls) after the I80 round, at the same time as heldout92, and evaluated ONCE, untouched, by the lead
    // at b04515b (after the I82 round, heldout90 tuned on; act model v7): greeting P 1 / 1 R .880 / .966, closing P 1 / .994 R .974 / .994, hold P .963 / .933 R .988 / 1, forbidden P .989 / .991 R .936 / .929, apology R 1 / .946 — Mandarin greeting recall below 0.90 (23 of 191 compliant greetings failed), every other figure at or above it.
    history: 'evaluated once at b04515b',
    bounds: {
      'greeting.zh': [1, 0.88], 'greeting.en': [1, 0.96],
      'closing.zh': [1, 0.97], 'closing.en': [0.99, 0.99],
      'hold.zh': [0.96, 0.98], 'hold.en': [0.93, 1],
      'forbidden.zh': [0.98, 0.93], 'forbidden.en': [0.99, 0.92],
      'apology.zh': [1, 1], 'apology.en': [1, 0.94],
    },
  },  {
    split: 'heldout92',
    // Written blind (600 calls) after the I80 round, at the same time as heldout91, and evaluated ONCE, untouched, by the lead
    // at e2c11b4 (after the I83 round, heldout91 tuned on; act model v7): greeting P .995 / 1 R .923 / .964, closing P .981 / 1 R .987 / .964, hold P .988 / .978 R 1 / 1, forbidden P .969 / 1 R .979 / .883, apology R .978 / .962 — English forbidden-phrase recall below 0.90 (11 of 94 violations unflagged), every other figure at or above it.
    history: 'evaluated once at e2c11b4',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.98], 'closing.en': [1, 0.96],
      'hold.zh': [0.98, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.96, 0.97], 'forbidden.en': [1, 0.88],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout93',
    // Written blind (600 calls) after the I82 round, at the same time as heldout94, and evaluated ONCE, untouched, by the lead
    // at 90cd0db (after the I84 round, heldout92 tuned on; act model v7): greeting P 1 / .994 R .903 / .957, closing P .980 / .962 R .974 / .933, hold P .967 / .979 R 1 / 1, forbidden P .908 / .891 R .957 / .891, apology R .987 / .986 — English forbidden-phrase precision and recall below 0.90 (ten false alarms; 10 of 92 violations unflagged), every other figure at or above it.
    history: 'evaluated once at 90cd0db',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [0.99, 0.95],
      'closing.zh': [0.98, 0.97], 'closing.en': [0.96, 0.93],
      'hold.zh': [0.96, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.9, 0.95], 'forbidden.en': [0.89, 0.89],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout94',
    // Written blind (600 calls) after the I82 round, at the same time as heldout93, and evaluated ONCE, untouched, by the lead
    // at 698651b (after the I85 round, heldout93 tuned on; act model v7): greeting P 1 / 1 R .926 / .949, closing P .952 / .981 R .952 / .969, hold P .962 / .972 R 1 / 1, forbidden P .932 / .978 R .921 / .897, apology R .989 / 1 — English forbidden-phrase recall below 0.90 (10 of 97 violations unflagged), every other figure at or above it.
    history: 'evaluated once at 698651b',
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.94],
      'closing.zh': [0.95, 0.95], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.96, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.93, 0.92], 'forbidden.en': [0.97, 0.89],
      'apology.zh': [1, 0.98], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout95',
    // Written blind (600 calls) after the I82 round, at the same time as heldout96, and evaluated ONCE, untouched, by the lead
    // at 01c4ed6 (after the I86 round, heldout94 tuned on; act model v7): greeting P 1 / 1 R .919 / .945, closing P .988 / .987 R .970 / .936, hold P .947 / .974 R .978 / 1, forbidden P .979 / 1 R .958 / .934, apology R 1 / .972 — every figure at or above 0.90.
    history: 'evaluated once at 01c4ed6',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.97], 'closing.en': [0.98, 0.93],
      'hold.zh': [0.94, 0.97], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.97, 0.95], 'forbidden.en': [1, 0.93],
      'apology.zh': [1, 1], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout96',
    // Written blind (600 calls) after the I82 round, at the same time as heldout95, and evaluated ONCE, untouched, by the lead
    // at 9550f4b (after the I87 round, heldout95 tuned on; act model v7): greeting P .989 / 1 R .923 / .935, closing P .993 / .993 R .965 / .962, hold P .986 / .975 R 1 / 1, forbidden P 1 / .918 R .953 / .897, apology R .990 / .988 — English forbidden-phrase recall below 0.90 (9 of 87 violations unflagged), every other figure at or above it.
    history: 'evaluated once at 9550f4b',
    bounds: {
      'greeting.zh': [0.98, 0.92], 'greeting.en': [1, 0.93],
      'closing.zh': [0.99, 0.96], 'closing.en': [0.99, 0.96],
      'hold.zh': [0.98, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [1, 0.95], 'forbidden.en': [0.91, 0.89],
      'apology.zh': [1, 0.99], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout97',
    // Written blind (600 calls) after the I85 round, at the same time as heldout98, and evaluated ONCE, untouched, by the lead
    // at 2e1ccc8 (after the I88 round, heldout96 tuned on; act model v7): greeting P .988 / 1 R .911 / .913, closing P .993 / .987 R .972 / .993, hold P .942 / .986 R 1 / 1, forbidden P .990 / .988 R .990 / .940, apology R .962 / .951 — every figure at or above 0.90.
    history: 'evaluated once at 2e1ccc8',
    bounds: {
      'greeting.zh': [0.98, 0.91], 'greeting.en': [1, 0.91],
      'closing.zh': [0.99, 0.97], 'closing.en': [0.98, 0.99],
      'hold.zh': [0.94, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.99, 0.99], 'forbidden.en': [0.98, 0.94],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout98',
    // Written blind (600 calls) after the I85 round, at the same time as heldout97, and evaluated ONCE, untouched, by the lead
    // at 7a6b3de (after the I89 round, heldout97 tuned on; act model v7): greeting P 1 / 1 R .906 / .920, closing P 1 / .993 R .971 / .974, hold P .938 / .974 R 1 / 1, forbidden P .940 / .976 R .908 / .892, apology R .965 / .987 — English forbidden-phrase recall below 0.90 (10 of 93 violations unflagged), every other figure at or above it.
    history: 'evaluated once at 7a6b3de',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.92],
      'closing.zh': [1, 0.97], 'closing.en': [0.99, 0.97],
      'hold.zh': [0.93, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.94, 0.9], 'forbidden.en': [0.97, 0.89],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout99',
    // Written blind (600 calls) after the I88 round, at the same time as heldout100, and evaluated ONCE, untouched, by the lead
    // at 66d17ee (after the I90 round, heldout98 tuned on; act model v7): greeting P .995 / 1 R .915 / .954, closing P .987 / .993 R .974 / .981, hold P .962 / 1 R 1 / 1, forbidden P .989 / .933 R .947 / .886, apology R 1 / .990 — English forbidden-phrase recall below 0.90 (9 of 79 violations unflagged), every other figure at or above it.
    history: 'evaluated once at 66d17ee',
    bounds: {
      'greeting.zh': [0.99, 0.91], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.97], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.96, 1], 'hold.en': [1, 1],
      'forbidden.zh': [0.98, 0.94], 'forbidden.en': [0.93, 0.88],
      'apology.zh': [1, 1], 'apology.en': [1, 0.99],
    },
  },  {
    split: 'heldout100',
    // Written blind (600 calls) after the I88 round, at the same time as heldout99, and evaluated ONCE, untouched, by the lead
    // at 67674fa (after the I91 round, heldout99 tuned on; act model v7): greeting P .995 / 1 R .923 / .950, closing P .993 / 1 R .993 / .949, hold P .978 / .953 R .989 / 1, forbidden P .903 / .956 R .884 / .916, apology R .989 / 1 — Mandarin forbidden-phrase recall below 0.90 (11 of 95 violations unflagged), every other figure at or above it.
    history: 'evaluated once at 67674fa',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.99], 'closing.en': [1, 0.94],
      'hold.zh': [0.97, 0.98], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.9, 0.88], 'forbidden.en': [0.95, 0.91],
      'apology.zh': [1, 0.98], 'apology.en': [0.98, 1],
    },
  },  {
    split: 'heldout101',
    // Written blind (600 calls) during the I89 round, at the same time as heldout102, and evaluated ONCE, untouched, by the lead
    // at 8993f35 (after the I92 round, heldout100 tuned on; act model v7): greeting P .989 / 1 R .887 / .939, closing P .993 / .980 R .986 / .967, hold P .963 / 1 R .987 / 1, forbidden P .943 / .989 R .912 / .935, apology R .971 / .986 — Mandarin greeting recall below 0.90 (22 of 195 compliant greetings failed), every other figure at or above it.
    history: 'evaluated once at 8993f35',
    bounds: {
      'greeting.zh': [0.98, 0.88], 'greeting.en': [1, 0.93],
      'closing.zh': [0.99, 0.98], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.96, 0.98], 'hold.en': [1, 1],
      'forbidden.zh': [0.94, 0.91], 'forbidden.en': [0.98, 0.93],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout102',
    // Written blind (600 calls) during the I89 round, at the same time as heldout101, and evaluated ONCE, untouched, by the lead
    // at 4b63253 (after the I93 round, heldout101 tuned on; act model v7): greeting P .995 / 1 R .933 / .917, closing P .993 / .980 R .962 / .973, hold P .975 / .963 R 1 / 1, forbidden P .966 / .967 R 1 / .890, apology R .979 / .984 — English forbidden-phrase recall below 0.90 (11 of 100 violations unflagged), every other figure at or above it.
    history: 'evaluated once at 4b63253',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.91],
      'closing.zh': [0.99, 0.96], 'closing.en': [0.98, 0.97],
      'hold.zh': [0.97, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.96, 1], 'forbidden.en': [0.96, 0.89],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout103',
    // Written blind (600 calls) after the I92 round, at the same time as heldout104, and evaluated ONCE, untouched, by the lead
    // at a8f259e (after the I94 round, heldout102 tuned on; act model v7): greeting P 1 / 1 R .899 / .967, closing P 1 / .986 R .986 / .973, hold P .964 / 1 R 1 / .986, forbidden P .952 / .944 R .899 / .866, apology R .988 / .944 — forbidden-phrase recall below 0.90 in both languages (9 of 89 Mandarin and 13 of 97 English violations unflagged) and Mandarin greeting recall below it (19 of 189 greetings not credited), every other figure at or above it.
    history: 'evaluated once at a8f259e',
    bounds: {
      'greeting.zh': [1, 0.89], 'greeting.en': [1, 0.96],
      'closing.zh': [1, 0.98], 'closing.en': [0.98, 0.97],
      'hold.zh': [0.96, 1], 'hold.en': [1, 0.98],
      'forbidden.zh': [0.95, 0.89], 'forbidden.en': [0.94, 0.86],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.94],
    },
  },  {
    split: 'heldout104',
    // Written blind (600 calls) after the I92 round, at the same time as heldout103, and evaluated ONCE, untouched, by the lead
    // at a77eb1f (after the I95 round, heldout103 tuned on; act model v7): greeting P .995 / 1 R .924 / .975, closing P .993 / .994 R .993 / .981, hold P .955 / .988 R 1 / 1, forbidden P .986 / .989 R .947 / .930, apology R .983 / .989 — every figure at or above 0.90.
    history: 'evaluated once at a77eb1f',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.97],
      'closing.zh': [0.99, 0.99], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.98, 0.94], 'forbidden.en': [0.98, 0.93],
      'apology.zh': [1, 0.98], 'apology.en': [0.98, 0.98],
    },
  },  {
    split: 'heldout105',
    // Written blind (600 calls) at the start of the I95 round, at the same time as heldout106, and evaluated ONCE, untouched, by the
    // lead at 309567b (after the I96 round, heldout104 tuned on; act model v7): greeting P .995 / 1 R .910 / .965, closing P .981 / 1 R .994 / 1, hold P .957 / .987 R 1 / 1, forbidden P .924 / 1 R .915 / .785, apology R .975 / .963 — English forbidden-phrase recall below 0.90 (23 of 107 violations unflagged), every other figure at or above it.
    history: 'evaluated once at 309567b',
    bounds: {
      'greeting.zh': [0.99, 0.91], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.99], 'closing.en': [1, 1],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.92, 0.91], 'forbidden.en': [1, 0.78],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout106',
    // Written blind (600 calls) at the start of the I95 round, at the same time as heldout105, and evaluated ONCE, untouched, by the
    // lead at a013b88 (after the I97 round, heldout105 tuned on; act model v7): greeting P .995 / 1 R .910 / .958, closing P .987 / .993 R .968 / .986, hold P .923 / .988 R .984 / 1, forbidden P .976 / .973 R .976 / .901, apology R .986 / .987 — every figure at or above 0.90.
    history: 'evaluated once at a013b88',
    bounds: {
      'greeting.zh': [0.99, 0.91], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.92, 0.98], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.97, 0.97], 'forbidden.en': [0.97, 0.9],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout107',
    // Written blind (600 calls) after the I95 round, at the same time as heldout108, and evaluated ONCE, untouched, by the lead at
    // b09382f (after the I98 round, heldout106 tuned on; act model v7): greeting P 1 / 1 R .862 / .960, closing P .980 / 1 R .942 / .987, hold P .989 / .963 R 1 / 1, forbidden P .981 / .954 R .962 / .976, apology P .988 / 1 R .976 / .988 — Mandarin greeting recall below 0.90 (27 of 196 compliant greetings failed), every other figure at or above it.
    history: 'evaluated once at b09382f',
    bounds: {
      'greeting.zh': [1, 0.86], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.94], 'closing.en': [1, 0.98],
      'hold.zh': [0.98, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.98, 0.96], 'forbidden.en': [0.95, 0.97],
      'apology.zh': [0.98, 0.97], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout108',
    // Written blind (600 calls) after the I95 round, at the same time as heldout107, and evaluated ONCE, untouched, by the lead at
    // 4c58e67 (after the I99 round, heldout107 tuned on; act model v7): greeting P 1 / .979 R .935 / .954, closing P .982 / .943 R .988 / 1, hold P 1 / .971 R .988 / 1, forbidden P .981 / .979 R .972 / .921, apology R .972 / .949 — every figure at or above 0.90.
    history: 'evaluated once at 4c58e67',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [0.97, 0.95],
      'closing.zh': [0.98, 0.98], 'closing.en': [0.94, 1],
      'hold.zh': [1, 0.98], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.98, 0.97], 'forbidden.en': [0.97, 0.92],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.94],
    },
  },  {
    split: 'heldout109',
    // Written blind (600 calls) after the I97 round, at the same time as heldout110, and evaluated ONCE, untouched, by the lead at
    // a148045 (after the I100 round, heldout108 tuned on; act model v7): greeting P .984 / 1 R .904 / .933, closing P .987 / .939 R .987 / .956, hold P .940 / .967 R .969 / 1, forbidden P .934 / .917 R .947 / .957, apology P 1 / 1 R 1 / 1 — every figure at or above 0.90.
    history: 'evaluated once at a148045',
    bounds: {
      'greeting.zh': [0.98, 0.9], 'greeting.en': [1, 0.93],
      'closing.zh': [0.98, 0.98], 'closing.en': [0.93, 0.95],
      'hold.zh': [0.94, 0.96], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.93, 0.94], 'forbidden.en': [0.91, 0.95],
      'apology.zh': [1, 1], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout110',
    // Written blind (600 calls) after the I97 round, at the same time as heldout109, and evaluated ONCE, untouched, by the lead at
    // 3145888 (after the I101 round, heldout109 tuned on; act model v7): greeting P .994 / 1 R .899 / .924, closing P .981 / .993 R .975 / .944, hold P .975 / .986 R 1 / 1, forbidden P .937 / .958 R .908 / .908, apology P 1 / 1 R .976 / .987 — every figure at or above 0.90 but Mandarin greeting recall (20 of 199 compliant greetings failed).
    history: 'evaluated once at 3145888',
    bounds: {
      'greeting.zh': [0.99, 0.89], 'greeting.en': [1, 0.92],
      'closing.zh': [0.98, 0.97], 'closing.en': [0.99, 0.94],
      'hold.zh': [0.97, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.93, 0.9], 'forbidden.en': [0.95, 0.9],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout111',
    // Written blind (600 calls) after the I100 round, at the same time as heldout112, and evaluated ONCE, untouched, by the lead at
    // e329332 (after the I102 round, heldout110 tuned on; act model v7): greeting P .994 / 1 R .908 / .949, closing P .980 / 1 R .973 / .979, hold P 1 / .944 R 1 / 1, forbidden P .939 / .969 R .939 / .931, apology P 1 / 1 R 1 / .962 — every figure at or above 0.90.
    history: 'evaluated once at e329332',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.97], 'closing.en': [1, 0.97],
      'hold.zh': [1, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.93, 0.93], 'forbidden.en': [0.96, 0.93],
      'apology.zh': [1, 1], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout112',
    // Written blind (600 calls) after the I100 round, at the same time as heldout111, and evaluated ONCE, untouched, by the lead at
    // 1409ade (after the I103 round, heldout111 tuned on; act model v7): greeting P 1 / 1 R .905 / .946, closing P .975 / .994 R .946 / .975, hold P .975 / 1 R .987 / 1, forbidden P .923 / .973 R .923 / .809, apology P 1 / 1 R 1 / 1 — every figure at or above 0.90 but English forbidden-phrase recall (17 of 89 violations unflagged).
    history: 'evaluated once at 1409ade',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.94], 'closing.en': [0.99, 0.97],
      'hold.zh': [0.97, 0.98], 'hold.en': [1, 1],
      'forbidden.zh': [0.92, 0.92], 'forbidden.en': [0.97, 0.8],
      'apology.zh': [1, 1], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout113',
    // Written blind (600 calls) after the I100 round, at the same time as heldout114, and evaluated ONCE, untouched, by the lead at
    // da01932 (after the I104 round, heldout112 tuned on; act model v7): greeting P 1 / 1 R .937 / .969, closing P 1 / .993 R .980 / .964, hold P .944 / .986 R .988 / 1, forbidden P .978 / .922 R .938 / .922, apology P 1 / 1 R 1 / .967 — every figure at or above 0.90.
    history: 'evaluated once at da01932',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.96],
      'closing.zh': [1, 0.98], 'closing.en': [0.99, 0.96],
      'hold.zh': [0.94, 0.98], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.97, 0.93], 'forbidden.en': [0.92, 0.92],
      'apology.zh': [1, 1], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout114',
    // Written blind (600 calls) after the I100 round, at the same time as heldout113, and evaluated ONCE, untouched, by the lead at
    // 5321e65 (after the I104 round, heldout112 tuned on; act model v7): greeting P .979 / 1 R .940 / .960, closing P .992 / 1 R .985 / .961, hold P .976 / .908 R 1 / 1, forbidden P .976 / 1 R .952 / .944, apology P 1 / 1 R 1 / .967 — every figure at or above 0.90 (no round between heldout113\'s evaluation and this one).
    history: 'evaluated once at 5321e65',
    bounds: {
      'greeting.zh': [0.97, 0.94], 'greeting.en': [1, 0.96],
      'closing.zh': [0.99, 0.98], 'closing.en': [1, 0.96],
      'hold.zh': [0.97, 1], 'hold.en': [0.9, 1],
      'forbidden.zh': [0.97, 0.95], 'forbidden.en': [1, 0.94],
      'apology.zh': [1, 1], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout115',
    // Written blind (600 calls) after the I102 round, at the same time as heldout116, and evaluated ONCE, untouched, by the lead at
    // b7ae4d1 (after the I105 round, heldout113 and heldout114 tuned on; act model v7): greeting P .995 / 1 R .923 / .952, closing P .969 / .988 R .975 / .963, hold P .975 / .978 R .987 / 1, forbidden P .940 / .883 R .931 / .933, apology P 1 / 1 R .942 / .988 — every figure at or above 0.90 but English forbidden-phrase precision (11 false alarms).
    history: 'evaluated once at b7ae4d1',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.95],
      'closing.zh': [0.96, 0.97], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.97, 0.98], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.94, 0.93], 'forbidden.en': [0.88, 0.93],
      'apology.zh': [1, 0.94], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout116',
    // Written blind (600 calls) after the I102 round, at the same time as heldout115, and evaluated ONCE, untouched, by the lead at
    // f10aa12 (after the I106 round, heldout115 tuned on; act model v7): greeting P .990 / 1 R .890 / .941, closing P .973 / 1 R .960 / .974, hold P .951 / 1 R 1 / .988, forbidden P .980 / 1 R .952 / .852, apology P 1 / 1 R .973 / .984 — every figure at or above 0.90 but Mandarin greeting recall (24 of 219 greetings failed) and English forbidden-phrase recall (13 of 88 violations unflagged).
    history: 'evaluated once at f10aa12',
    bounds: {
      'greeting.zh': [0.99, 0.89], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.96], 'closing.en': [1, 0.97],
      'hold.zh': [0.95, 1], 'hold.en': [1, 0.98],
      'forbidden.zh': [0.98, 0.95], 'forbidden.en': [1, 0.85],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout117',
    // Written blind (600 calls) after the I104 round, at the same time as heldout118, and evaluated ONCE, untouched, by the lead at
    // aaea346 (after the I107 round, heldout116 tuned on; act model v7): greeting P .990 / 1 R .922 / .962, closing P .986 / .986 R .966 / .952, hold P .986 / 1 R 1 / 1, forbidden P .964 / .929 R .931 / .886, apology P 1 / 1 R .987 / .974 — every figure at or above 0.90 but English forbidden-phrase recall (10 of 88 violations unflagged).
    history: 'evaluated once at aaea346',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.98, 0.95],
      'hold.zh': [0.98, 1], 'hold.en': [1, 1],
      'forbidden.zh': [0.96, 0.93], 'forbidden.en': [0.92, 0.88],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout118',
    // Written blind (600 calls) after the I104 round, at the same time as heldout117, and evaluated ONCE, untouched, by the lead at
    // 98ad9cb (after the I108 round, heldout117 tuned on; act model v7): greeting P .995 / 1 R .926 / .933, closing P .987 / 1 R .994 / .983, hold P .957 / .970 R .989 / 1, forbidden P .975 / .976 R .898 / .953, apology P 1 / 1 R .988 / .952 — every figure at or above 0.90 but Mandarin forbidden-phrase recall (9 of 88 violations unflagged).
    history: 'evaluated once at 98ad9cb',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.93],
      'closing.zh': [0.98, 0.99], 'closing.en': [1, 0.98],
      'hold.zh': [0.95, 0.98], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.97, 0.89], 'forbidden.en': [0.97, 0.95],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout119',
    // Written blind (600 calls) after the I105 round, at the same time as heldout120, and evaluated ONCE, untouched, by the lead at
    // 3e5ba6c (after the I109 round, heldout118 tuned on; act model v7): greeting P 1 / 1 R .888 / .954, closing P .993 / .993 R .959 / .972, hold P .924 / .939 R .986 / 1, forbidden P .983 / .931 R .950 / .941, apology P 1 / 1 R .979 / .986 — every figure at or above 0.90 but Mandarin greeting recall (24 of 215 greetings failed).
    history: 'evaluated once at 3e5ba6c',
    bounds: {
      'greeting.zh': [1, 0.88], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.95], 'closing.en': [0.99, 0.97],
      'hold.zh': [0.92, 0.98], 'hold.en': [0.93, 1],
      'forbidden.zh': [0.98, 0.95], 'forbidden.en': [0.93, 0.94],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout120',
    // Written blind (600 calls) after the I105 round, at the same time as heldout119, and evaluated ONCE, untouched, by the lead at
    // 84f3c1a (after the I110 round, heldout119 tuned on; act model v7): greeting P .989 / 1 R .942 / .979, closing P .987 / .993 R .975 / .953, hold P .987 / 1 R .975 / 1, forbidden P .989 / .961 R .978 / .860, apology P 1 / 1 R .986 / .958 — every figure at or above 0.90 but English forbidden-phrase recall (12 of 86 violations unflagged).
    history: 'evaluated once at 84f3c1a',
    bounds: {
      'greeting.zh': [0.98, 0.94], 'greeting.en': [1, 0.97],
      'closing.zh': [0.98, 0.97], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.98, 0.97], 'hold.en': [1, 1],
      'forbidden.zh': [0.98, 0.97], 'forbidden.en': [0.96, 0.86],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout121',
    // Written blind (600 calls) after the I109 round, at the same time as heldout122, and evaluated ONCE, untouched, by the lead at
    // bf5b380 (after the I111 round, heldout120 tuned on; act model v7): greeting P .989 / 1 R .912 / .931, closing P .994 / .994 R .969 / .982, hold P .988 / .939 R .988 / 1, forbidden P .989 / .974 R .967 / .894, apology P 1 / 1 R .976 / .972 — every figure at or above 0.90 but English forbidden-phrase recall (9 of 85 violations unflagged).
    history: 'evaluated once at bf5b380',
    bounds: {
      'greeting.zh': [0.98, 0.91], 'greeting.en': [1, 0.93],
      'closing.zh': [0.99, 0.96], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.98, 0.98], 'hold.en': [0.93, 1],
      'forbidden.zh': [0.98, 0.96], 'forbidden.en': [0.97, 0.89],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout122',
    // Written blind (600 calls) after the I109 round, at the same time as heldout121, and evaluated ONCE, untouched, by the lead at
    // 0271e33 (after the I112 round, heldout121 tuned on; act model v7): greeting P 1 / 1 R .926 / .959, closing P .981 / .993 R .969 / .955, hold P .917 / .986 R 1 / 1, forbidden P .987 / .890 R .917 / .880, apology P 1 / .986 R .985 / .986 — every figure at or above 0.90 but English forbidden-phrase precision and recall (9 false alarms on 82 flagged calls, 10 of 83 violations unflagged).
    history: 'evaluated once at 0271e33',
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.91, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.98, 0.91], 'forbidden.en': [0.89, 0.88],
      'apology.zh': [1, 0.98], 'apology.en': [0.98, 0.98],
    },
  },  {
    split: 'heldout123',
    // Written blind (600 calls) after the I111 round, at the same time as heldout124, and evaluated ONCE, untouched, by the lead at
    // ce7a838 (after the I113 round, heldout122 tuned on; act model v7): greeting P .989 / 1 R .885 / .960, closing P .993 / .965 R .936 / .972, hold P .963 / .975 R .987 / 1, forbidden P .935 / .968 R .867 / .919, apology P 1 / 1 R .962 / .986 — every figure at or above 0.90 but Mandarin greeting recall (23 of 200 greetings failed) and Mandarin forbidden-phrase recall (11 of 83 violations unflagged).
    history: 'evaluated once at ce7a838',
    bounds: {
      'greeting.zh': [0.98, 0.88], 'greeting.en': [1, 0.96],
      'closing.zh': [0.99, 0.93], 'closing.en': [0.96, 0.97],
      'hold.zh': [0.96, 0.98], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.93, 0.86], 'forbidden.en': [0.96, 0.91],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout124',
    // Written blind (600 calls) after the I111 round, at the same time as heldout123, and evaluated ONCE, untouched, by the lead at
    // ec5017f (after the I114 round, heldout123 tuned on; act model v7): greeting P 1 / 1 R .884 / .940, closing P .981 / .980 R .968 / .961, hold P .974 / .948 R 1 / 1, forbidden P .950 / 1 R .905 / .890, apology P 1 / 1 R .963 / .957 — every figure at or above 0.90 but Mandarin greeting recall (25 of 216 greetings failed) and English forbidden-phrase recall (10 of 91 violations unflagged).
    history: 'evaluated once at ec5017f',
    bounds: {
      'greeting.zh': [1, 0.88], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.97, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.95, 0.9], 'forbidden.en': [1, 0.89],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout125',
    // Written blind (600 calls) after the I113 round, at the same time as heldout126, and evaluated ONCE, untouched, by the lead at
    // a649a8a (after the I115 round, heldout124 tuned on; act model v7): greeting P 1 / 1 R .906 / .914, closing P .994 / 1 R .994 / .981, hold P .938 / .928 R 1 / 1, forbidden P .966 / .952 R .966 / .825, apology P 1 / 1 R .987 / .988 — every figure at or above 0.90 but English forbidden-phrase recall (17 of 97 violations unflagged).
    history: 'evaluated once at a649a8a',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.91],
      'closing.zh': [0.99, 0.99], 'closing.en': [1, 0.98],
      'hold.zh': [0.93, 1], 'hold.en': [0.92, 1],
      'forbidden.zh': [0.96, 0.96], 'forbidden.en': [0.95, 0.82],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout126',
    // Written blind (600 calls) after the I113 round, at the same time as heldout125, and evaluated ONCE, untouched, by the lead at
    // 8a68318 (after the I116 round, heldout125 tuned on; act model v7): greeting P 1 / 1 R .915 / .942, closing P .973 / 1 R .953 / .975, hold P .988 / 1 R 1 / .989, forbidden P .888 / .916 R .975 / .942, apology P 1 / 1 R .949 / 1 — every figure at or above 0.90 but Mandarin forbidden-phrase precision (10 false alarms on 89 flagged calls).
    history: 'evaluated once at 8a68318',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.95], 'closing.en': [1, 0.97],
      'hold.zh': [0.98, 1], 'hold.en': [1, 0.98],
      'forbidden.zh': [0.88, 0.97], 'forbidden.en': [0.91, 0.94],
      'apology.zh': [1, 0.94], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout127',
    // Written blind (600 calls) after the I114 round, at the same time as heldout128, and evaluated ONCE, untouched, by the lead at
    // c18d783 (after the I117 round, heldout126 tuned on; act model v7): greeting P .995 / 1 R .925 / .953, closing P .987 / .993 R .963 / .959, hold P .936 / .990 R 1 / 1, forbidden P .943 / .926 R .857 / .879, apology P 1 / 1 R .977 / .967 — every figure at or above 0.90 but forbidden-phrase recall in both languages (11 of 77 Mandarin and 12 of 99 English violations unflagged).
    history: 'evaluated once at c18d783',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.93, 1], 'hold.en': [0.99, 1],
      'forbidden.zh': [0.94, 0.85], 'forbidden.en': [0.92, 0.87],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout128',
    // Written blind (600 calls) after the I114 round, at the same time as heldout127, and evaluated ONCE, untouched, by the lead at
    // cdca053 (after the I118 round, heldout127 tuned on; act model v7): greeting P 1 / 1 R .936 / .932, closing P .980 / .987 R .967 / .913, hold P .952 / .988 R 1 / 1, forbidden P .963 / .986 R 1 / .857, apology P 1 / 1 R 1 / .956 — every figure at or above 0.90 but English forbidden-phrase recall (12 of 84 violations unflagged).
    history: 'evaluated once at cdca053',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.93],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.98, 0.91],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.96, 1], 'forbidden.en': [0.98, 0.85],
      'apology.zh': [1, 1], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout129',
    // Written blind (600 calls) after the I115 round, at the same time as heldout130, and evaluated ONCE, untouched, by the lead at
    // 1e347ff (after the I119 round, heldout128 tuned on; act model v7): greeting P 1 / 1 R .940 / .934, closing P .994 / .987 R .970 / .968, hold P .978 / .974 R 1 / .987, forbidden P .989 / .975 R .918 / .951, apology P 1 / 1 R .987 / .953 — every figure at or above 0.90, in both languages.
    history: 'evaluated once at 1e347ff',
    bounds: {
      'greeting.zh': [1, 0.94], 'greeting.en': [1, 0.93],
      'closing.zh': [0.99, 0.97], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.97, 1], 'hold.en': [0.97, 0.98],
      'forbidden.zh': [0.98, 0.91], 'forbidden.en': [0.97, 0.95],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout130',
    // Written blind (600 calls) after the I115 round, at the same time as heldout129, and evaluated ONCE, untouched, by the lead at
    // 85c33f0 (after the I119 round, as heldout129 was; act model v7): greeting P .995 / 1 R .906 / .954, closing P .965 / .980 R .965 / .987, hold P .943 / .978 R 1 / 1, forbidden P .967 / .957 R .936 / .891, apology P 1 / 1 R 1 / .989 — every figure at or above 0.90 but English forbidden-phrase recall (11 of 101 violations unflagged).
    history: 'evaluated once at 85c33f0',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.95],
      'closing.zh': [0.96, 0.96], 'closing.en': [0.98, 0.98],
      'hold.zh': [0.94, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.96, 0.93], 'forbidden.en': [0.95, 0.89],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout132',
    // Written blind (600 calls) after the I119 round, and evaluated ONCE, untouched, by the lead at a795799 (after the I120 round,
    // heldout130 tuned on; act model v7): greeting P 1 / 1 R .912 / .944, closing P 1 / 1 R .972 / .966, hold P .963 / .989 R 1 / 1, forbidden P .963 / .958 R .885 / .910, apology P 1 / 1 R .938 / .975 — every figure at or above 0.90 but Mandarin forbidden-phrase recall (10 of 87 violations unflagged).
    history: 'evaluated once at a795799',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.97], 'closing.en': [1, 0.96],
      'hold.zh': [0.96, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.96, 0.88], 'forbidden.en': [0.95, 0.91],
      'apology.zh': [1, 0.93], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout133',
    // Written blind (600 calls) after the I119 round, and evaluated ONCE, untouched, by the lead at c631c9a (after the I121 round,
    // heldout132 tuned on; act model v7): greeting P 1 / 1 R .873 / .935, closing P .993 / 1 R .966 / .976, hold P .968 / .962 R 1 / 1, forbidden P .933 / .940 R .923 / .857, apology P 1 / .986 R .965 / .947 — every figure at or above 0.90 but Mandarin greeting recall (25 of 197 compliant greetings failed) and English forbidden-phrase recall (13 of 91 violations unflagged).
    history: 'evaluated once at c631c9a',
    bounds: {
      'greeting.zh': [1, 0.87], 'greeting.en': [1, 0.93],
      'closing.zh': [0.99, 0.96], 'closing.en': [1, 0.97],
      'hold.zh': [0.96, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.93, 0.92], 'forbidden.en': [0.94, 0.85],
      'apology.zh': [1, 0.96], 'apology.en': [0.98, 0.94],
    },
  },  {
    split: 'heldout134',
    // Written blind (600 calls) after the I120 round, and evaluated ONCE, untouched, by the lead at e6de9e9 (after the I122 round,
    // heldout133 tuned on; act model v7): greeting P .989 / 1 R .907 / .941, closing P .987 / .987 R .962 / .957, hold P .927 / .954 R .987 / 1, forbidden P .944 / .940 R .977 / .887, apology P 1 / 1 R .951 / .961 — every figure at or above 0.90 but English forbidden-phrase recall (12 of 106 violations unflagged).
    history: 'evaluated once at e6de9e9',
    bounds: {
      'greeting.zh': [0.98, 0.9], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.96], 'closing.en': [0.98, 0.95],
      'hold.zh': [0.92, 0.98], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.94, 0.97], 'forbidden.en': [0.94, 0.88],
      'apology.zh': [1, 0.95], 'apology.en': [1, 0.96],
    },
  },  {
    split: 'heldout135',
    // Written blind (600 calls) after the I122 round, and evaluated ONCE, untouched, by the lead at 6600904 (after the I123 round,
    // heldout134 tuned on; act model v7): greeting P .995 / 1 R .911 / .942, closing P .993 / 1 R .993 / .951, hold P .925 / .944 R 1 / 1, forbidden P .918 / .952 R .962 / .929, apology P 1 / .986 R 1 / 1 — every figure at or above 0.90, in both languages.
    history: 'evaluated once at 6600904',
    bounds: {
      'greeting.zh': [0.99, 0.91], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.99], 'closing.en': [1, 0.95],
      'hold.zh': [0.92, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.91, 0.96], 'forbidden.en': [0.95, 0.92],
      'apology.zh': [1, 1], 'apology.en': [0.98, 1],
    },
  },  {
    split: 'heldout136',
    // Written blind (600 calls) after the I123 round, and evaluated ONCE, untouched, by the lead at 98adc13 (after the I124 round,
    // heldout135 tuned on; act model v7): greeting P 1 / 1 R .861 / .952, closing P .993 / 1 R .936 / .935, hold P .988 / .929 R .964 / 1, forbidden P .945 / .909 R .935 / .920, apology P 1 / 1 R .958 / 1 — every figure at or above 0.90 but Mandarin greeting recall (27 of 194 compliant greetings failed).
    history: 'evaluated once at 98adc13',
    bounds: {
      'greeting.zh': [1, 0.86], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.93], 'closing.en': [1, 0.93],
      'hold.zh': [0.98, 0.96], 'hold.en': [0.92, 1],
      'forbidden.zh': [0.94, 0.93], 'forbidden.en': [0.9, 0.92],
      'apology.zh': [1, 0.95], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout137',
    // Written blind (600 calls) after the I124 round, and evaluated ONCE, untouched, by the lead at 03b09d7 (after the I125 round,
    // heldout136 tuned on; act model v7): greeting P 1 / 1 R .904 / .948, closing P .979 / 1 R .959 / .935, hold P .976 / .986 R .988 / .986, forbidden P .902 / .857 R .902 / .909, apology P 1 / 1 R 1 / .988 — every figure at or above 0.90 but English forbidden-phrase precision (15 of 105 flagged calls held no violation).
    history: 'evaluated once at 03b09d7',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.94],
      'closing.zh': [0.97, 0.95], 'closing.en': [1, 0.93],
      'hold.zh': [0.97, 0.98], 'hold.en': [0.98, 0.98],
      'forbidden.zh': [0.9, 0.9], 'forbidden.en': [0.85, 0.9],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout138',
    // Written blind (600 calls) after the I124 round, and evaluated ONCE, untouched, by the lead at 773a1d8 (after the I126 round,
    // heldout137 tuned on; act model v7): greeting P .995 / 1 R .931 / .941, closing P .993 / .987 R .916 / .950, hold P .988 / .957 R 1 / 1, forbidden P .902 / .921 R .912 / .875, apology P 1 / 1 R .964 / .988 — every figure at or above 0.90 but English forbidden-phrase recall (10 of 80 violations unflagged).
    history: 'evaluated once at 773a1d8',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.91], 'closing.en': [0.98, 0.95],
      'hold.zh': [0.98, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.9, 0.91], 'forbidden.en': [0.92, 0.87],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout139',
    // Written blind (600 calls) while the I126 round was checked, and evaluated ONCE, untouched, by the lead at 2931252 (after the I127
    // round, heldout138 tuned on; act model v7): greeting P 1 / 1 R .839 / .941, closing P 1 / 1 R .957 / .976, hold P .961 / .968 R 1 / 1, forbidden P .880 / .927 R .917 / .899, apology P 1 / 1 R 1 / .978 — every figure at or above 0.90 but Mandarin greeting recall (31 of 193 compliant greetings failed), Mandarin forbidden-phrase precision (12 of 100 flagged calls held no violation) and English forbidden-phrase recall (10 of 99 violations unflagged).
    history: 'evaluated once at 2931252',
    bounds: {
      'greeting.zh': [1, 0.83], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.95], 'closing.en': [1, 0.97],
      'hold.zh': [0.96, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.88, 0.91], 'forbidden.en': [0.92, 0.89],
      'apology.zh': [1, 1], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout140',
    // Written blind (600 calls) right after heldout139's evaluation, and evaluated ONCE, untouched, by the lead at a15b54e (after the
    // I128 round, heldout139 tuned on; act model v7): greeting P 1 / 1 R .934 / .971, closing P .964 / .980 R .958 / .906, hold P .975 / .967 R .987 / .989, forbidden P .965 / .929 R .921 / .897, apology P 1 / 1 R 1 / 1 — every figure at or above 0.90 but English forbidden-phrase recall (9 of 87 violations unflagged).
    history: 'evaluated once at a15b54e',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.97],
      'closing.zh': [0.96, 0.95], 'closing.en': [0.98, 0.9],
      'hold.zh': [0.97, 0.98], 'hold.en': [0.96, 0.98],
      'forbidden.zh': [0.96, 0.92], 'forbidden.en': [0.92, 0.89],
      'apology.zh': [1, 1], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout141',
    // Written blind (600 calls) while the I128 round was checked, and evaluated ONCE, untouched, by the lead at 3a801a7 (after the
    // I129 round, heldout140 tuned on; act model v7): greeting P 1 / 1 R .914 / .941, closing P .993 / 1 R .932 / .926, hold P .944 / .964 R 1 / 1, forbidden P .941 / .930 R .964 / .899, apology P 1 / 1 R .978 / .987 — every figure at or above 0.90 but English forbidden-phrase recall (9 of 89 violations unflagged).
    history: 'evaluated once at 3a801a7',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.93], 'closing.en': [1, 0.92],
      'hold.zh': [0.94, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.94, 0.96], 'forbidden.en': [0.93, 0.89],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },  {
    split: 'heldout142',
    // Written blind (600 calls) right after heldout141's evaluation, and evaluated ONCE, untouched, by the lead at 7ff8a9d (after the
    // I130 round, heldout141 tuned on; act model v7): greeting P .994 / 1 R .889 / .916, closing P .993 / 1 R .979 / .967, hold P .971 / .989 R .985 / 1, forbidden P .956 / .847 R .956 / .837, apology P 1 / 1 R .928 / .958 — under 0.90 on Mandarin greeting recall (22 of 199 compliant greetings failed) and English forbidden phrases both ways (13 of 85 flagged calls clean, 14 of 86 violations unflagged).
    history: 'evaluated once at 7ff8a9d',
    bounds: {
      'greeting.zh': [0.99, 0.88], 'greeting.en': [1, 0.91],
      'closing.zh': [0.99, 0.97], 'closing.en': [1, 0.96],
      'hold.zh': [0.97, 0.98], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.95, 0.95], 'forbidden.en': [0.84, 0.83],
      'apology.zh': [1, 0.92], 'apology.en': [1, 0.95],
    },
  },  {
    split: 'heldout143',
    // Written blind (600 calls) right after heldout142's evaluation, and evaluated ONCE, untouched, by the lead at 35444bf (after the
    // I131 round, heldout142 tuned on; act model v7): greeting P 1 / 1 R .884 / .896, closing P 1 / .993 R .912 / .926, hold P .887 / .880 R 1 / .988, forbidden P .930 / .914 R .909 / .914, apology P 1 / 1 R .987 / .907 — under 0.90 on greeting recall in both languages (22 of 190 and 20 of 192 compliant greetings failed) and hold precision in both (11 flagged holds clean in each).
    history: 'evaluated once at 35444bf',
    bounds: {
      'greeting.zh': [1, 0.88], 'greeting.en': [1, 0.89],
      'closing.zh': [1, 0.91], 'closing.en': [0.99, 0.92],
      'hold.zh': [0.88, 1], 'hold.en': [0.88, 0.98],
      'forbidden.zh': [0.93, 0.9], 'forbidden.en': [0.91, 0.91],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.9],
    },
  },  {
    split: 'heldout144',
    // Written blind (600 calls) right after heldout143's evaluation, and evaluated ONCE, untouched, by the lead at 7ddd33c (after the
    // I132 round, heldout142 and heldout143 tuned on; act model v7): greeting P 1 / 1 R .867 / .946, closing P 1 / .993 R .945 / .955, hold P .936 / .973 R .986 / .973, forbidden P .931 / .912 R .913 / .892, apology P 1 / 1 R .989 / 1 — under 0.90 on Mandarin greeting recall (28 of 210 compliant greetings failed) and English forbidden-phrase recall (10 of 93 violations unflagged).
    history: 'evaluated once at 7ddd33c',
    bounds: {
      'greeting.zh': [1, 0.86], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.94], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.93, 0.98], 'hold.en': [0.97, 0.97],
      'forbidden.zh': [0.93, 0.91], 'forbidden.en': [0.91, 0.89],
      'apology.zh': [1, 0.98], 'apology.en': [1, 1],
    },
  },  {
    split: 'heldout145',
    // Written blind (600 calls) before heldout144's evaluation, and evaluated ONCE, untouched, by the lead at 150f1ec (after the I133
    // round, heldout144 tuned on; act model v7): greeting P .995 / 1 R .906 / .939, closing P .979 / 1 R .952 / .866, hold P .953 / .990 R 1 / 1, forbidden P .904 / .954 R .895 / .883, apology P 1 / 1 R .987 / .949 — under 0.90 on English closing recall (21 of 157 compliant closings failed) and forbidden-phrase recall in both languages (10 of 95 and 11 of 94 violations unflagged).
    history: 'evaluated once at 150f1ec',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.93],
      'closing.zh': [0.97, 0.95], 'closing.en': [1, 0.86],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.9, 0.89], 'forbidden.en': [0.95, 0.88],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.94],
    },
  },  {
    split: 'heldout146',
    // Written blind (600 calls) before heldout145's evaluation, and evaluated ONCE, untouched, by the lead at 6dfa55c (after the I134
    // round, heldout145 tuned on; act model v7): greeting P 1 / 1 R .924 / .974, closing P .972 / .993 R .945 / .952, hold P .959 / .988 R 1 / 1, forbidden P .911 / .938 R .932 / .927, apology P 1 / .985 R .983 / .956 — every figure at or above 0.90 in both languages.
    history: 'evaluated once at 6dfa55c',
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.97],
      'closing.zh': [0.97, 0.94], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.91, 0.93], 'forbidden.en': [0.93, 0.92],
      'apology.zh': [1, 0.98], 'apology.en': [0.98, 0.95],
    },
  },  {
    split: 'heldout147',
    // Written blind (600 calls) before heldout146's evaluation, and evaluated ONCE, untouched, by the lead at ba42140 (after the I134
    // round, heldout145 tuned on; act model v7): greeting P .994 / 1 R .922 / .942, closing P 1 / .988 R .916 / .970, hold P .862 / .949 R 1 / 1, forbidden P .955 / .931 R .955 / .920, apology P 1 / 1 R .972 / .977 — under 0.90 on Mandarin hold precision alone (12 of 87 flagged holds were announced and thanked).
    history: 'evaluated once at ba42140',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.91], 'closing.en': [0.98, 0.97],
      'hold.zh': [0.86, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.95, 0.95], 'forbidden.en': [0.93, 0.92],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout148',
    // Written blind (600 calls) right after heldout147's evaluation, and evaluated ONCE, untouched, by the lead at a447bac (after the
    // I135 round, heldout147 tuned on; act model v7): greeting P .995 / 1 R .938 / .928, closing P .993 / .994 R .971 / .951, hold P .944 / .986 R 1 / 1, forbidden P .890 / .915 R .960 / .852, apology P 1 / 1 R .978 / .973 — under 0.90 on Mandarin forbidden-phrase precision (12 of 109 flagged calls were polite) and English forbidden-phrase recall (13 of 88 violations unflagged).
    history: 'evaluated once at a447bac',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.92],
      'closing.zh': [0.99, 0.97], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.94, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.88, 0.96], 'forbidden.en': [0.91, 0.85],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.97],
    },
  },  {
    split: 'heldout149',
    // Written blind (600 calls) before heldout148's evaluation, and evaluated ONCE, untouched, by the lead at 3eb6ef5 (after the I136
    // round, heldout148 tuned on; act model v7): greeting P 1 / .995 R .931 / .953, closing P .961 / .993 R .980 / .948, hold P .933 / .942 R .988 / 1, forbidden P .905 / .872 R .874 / .882, apology P 1 / .988 R 1 / .976 — under 0.90 on forbidden-phrase recall in both languages (11 of 87 and 11 of 93 violations unflagged) and English forbidden-phrase precision (12 of 94 flagged calls were polite).
    history: 'evaluated once at 3eb6ef5',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [0.99, 0.95],
      'closing.zh': [0.96, 0.98], 'closing.en': [0.99, 0.94],
      'hold.zh': [0.93, 0.98], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.9, 0.87], 'forbidden.en': [0.87, 0.88],
      'apology.zh': [1, 1], 'apology.en': [0.98, 0.97],
    },
  },  {
    split: 'heldout150',
    // Written blind (600 calls) after heldout148's evaluation, and evaluated ONCE, untouched, by the lead at 5e43818 (after the I137
    // round, heldout149 tuned on; act model v7): greeting P 1 / 1 R .873 / .950, closing P .994 / .983 R .953 / .929, hold P .955 / .975 R .977 / .987, forbidden P .950 / .933 R .941 / .913, apology P 1 / .974 R .922 / .926 — under 0.90 on Mandarin greeting recall alone (26 of 204 compliant greetings failed).
    history: 'evaluated once at 5e43818',
    bounds: {
      'greeting.zh': [1, 0.87], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.95], 'closing.en': [0.98, 0.92],
      'hold.zh': [0.95, 0.97], 'hold.en': [0.97, 0.98],
      'forbidden.zh': [0.95, 0.94], 'forbidden.en': [0.93, 0.91],
      'apology.zh': [1, 0.92], 'apology.en': [0.97, 0.92],
    },
  },  {
    split: 'heldout151',
    // Written blind (600 calls) after heldout149's evaluation, and evaluated ONCE, untouched, by the lead at d269845 (after the I138
    // round, heldout150 tuned on; act model v7): greeting P 1 / 1 R .936 / .945, closing P .987 / .951 R .926 / .945, hold P .951 / .977 R 1 / 1, forbidden P .902 / .885 R .935 / .865, apology P 1 / 1 R 1 / .986 — under 0.90 on English forbidden-phrase precision (10 of 87 flagged calls were polite) and recall (12 of 89 violations unflagged).
    history: 'evaluated once at d269845',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.92], 'closing.en': [0.95, 0.94],
      'hold.zh': [0.95, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.9, 0.93], 'forbidden.en': [0.88, 0.86],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout152',
    // Written blind (600 calls) after heldout150's evaluation, and evaluated ONCE, untouched, by the lead at fe7b188 (the scoring of
    // d269845, after the I138 round, heldout150 tuned on; act model v7): greeting P .994 / 1 R .801 / .960, closing P .992 / .980 R .909 / .954, hold P .976 / .966 R 1 / 1, forbidden P .889 / .913 R .964 / .913, apology P 1 / 1 R .978 / 1 — under 0.90 on Mandarin greeting recall (40 of 201 compliant greetings failed, most of them a surname said as 「{surname}在值更」 or after 「您找的…」) and Mandarin forbidden-phrase precision (10 of 90 flagged calls were polite).
    history: 'evaluated once at fe7b188',
    bounds: {
      'greeting.zh': [0.99, 0.8], 'greeting.en': [1, 0.96],
      'closing.zh': [0.99, 0.9], 'closing.en': [0.98, 0.95],
      'hold.zh': [0.97, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [0.88, 0.96], 'forbidden.en': [0.91, 0.91],
      'apology.zh': [1, 0.97], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout153',
    // Written blind (600 calls) after heldout152's evaluation, and evaluated ONCE, untouched, by the lead at 4d018e0 (after the I139
    // round, heldout151 and heldout152 tuned on; act model v7): greeting P .989 / .995 R .940 / .945, closing P .977 / .982 R .907 / .982, hold P .977 / .945 R 1 / 1, forbidden P .918 / .956 R .957 / .905, apology P 1 / 1 R .973 / .954 — every figure at or above 0.90.
    history: 'evaluated once at 4d018e0',
    bounds: {
      'greeting.zh': [0.98, 0.94], 'greeting.en': [0.99, 0.94],
      'closing.zh': [0.97, 0.9], 'closing.en': [0.98, 0.98],
      'hold.zh': [0.97, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.91, 0.95], 'forbidden.en': [0.95, 0.9],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.95],
    },
  },
  {
    split: 'heldout154',
    // Written blind (600 calls) after heldout152's evaluation, and evaluated ONCE, untouched, by the lead at c1a09ed (after the I140
    // round, heldout153 tuned on; act model v7): greeting P 1 / 1 R .891 / .948, closing P 1 / 1 R .960 / .944, hold P .987 / .978 R .974 / 1, forbidden P .871 / .961 R .989 / .881, apology P 1 / 1 R 1 / .973 — under 0.90 on Mandarin greeting recall (21 of 192 compliant greetings failed), Mandarin forbidden-phrase precision (13 of 101 flagged calls were polite) and English forbidden-phrase recall (10 of 84 violations unflagged).
    history: 'evaluated once at c1a09ed',
    bounds: {
      'greeting.zh': [1, 0.89], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.96], 'closing.en': [1, 0.94],
      'hold.zh': [0.98, 0.97], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.87, 0.98], 'forbidden.en': [0.96, 0.88],
      'apology.zh': [1, 1], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout155',
    // Written blind (600 calls) after heldout153's evaluation, and evaluated ONCE, untouched, by the lead at 32f9eb5 (after the I141
    // round, heldout154 tuned on; act model v7): greeting P 1 / 1 R .951 / .951, closing P 1 / .993 R .961 / .928, hold P .964 / .986 R 1 / 1, forbidden P .930 / .921 R .909 / .938, apology P 1 / 1 R .976 / .987 — every figure at or above 0.90.
    history: 'evaluated once at 32f9eb5',
    bounds: {
      'greeting.zh': [1, 0.95], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.96], 'closing.en': [0.99, 0.92],
      'hold.zh': [0.96, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.93, 0.9], 'forbidden.en': [0.92, 0.93],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout156',
    // Written blind (600 calls) after heldout154's evaluation, and evaluated ONCE, untouched, by the lead at 3dc6192 (after the I142
    // round, heldout155 tuned on; act model v7): greeting P .983 / 1 R .869 / .957, closing P .994 / .986 R .939 / .960, hold P .947 / .977 R .986 / 1, forbidden P .918 / .960 R .978 / .932, apology P 1 / 1 R 1 / 1 — under 0.90 on Mandarin greeting recall alone (26 of 199 compliant greetings failed).
    history: 'evaluated once at 3dc6192',
    bounds: {
      'greeting.zh': [0.98, 0.86], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.93], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.94, 0.98], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.91, 0.97], 'forbidden.en': [0.96, 0.93],
      'apology.zh': [1, 1], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout157',
    // Written blind (600 calls) after heldout155's evaluation, and evaluated ONCE, untouched, by the lead at b1fd932 (after the I143
    // round, heldout156 tuned on; act model v7): greeting P .983 / 1 R .915 / .960, closing P .986 / .986 R .901 / .929, hold P .943 / .975 R 1 / 1, forbidden P .926 / .963 R .957 / .897, apology P 1 / 1 R 1 / .973 — under 0.90 on English forbidden-phrase recall alone (12 of 116 violations unflagged).
    history: 'evaluated once at b1fd932',
    bounds: {
      'greeting.zh': [0.98, 0.91], 'greeting.en': [1, 0.96],
      'closing.zh': [0.98, 0.9], 'closing.en': [0.98, 0.92],
      'hold.zh': [0.94, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.92, 0.95], 'forbidden.en': [0.96, 0.89],
      'apology.zh': [1, 1], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout158',
    // Written blind (600 calls) while heldout157 was evaluated, and evaluated ONCE, untouched, by the lead at 7b67a29 (after the I144
    // round, heldout157 tuned on; act model v7): greeting P 1 / 1 R .906 / .951, closing P 1 / .994 R .959 / .935, hold P .978 / .941 R 1 / 1, forbidden P .855 / .946 R .903 / .861, apology P 1 / 1 R .988 / .924 — under 0.90 on Mandarin forbidden-phrase precision (11 of 76 flagged calls polite) and English forbidden-phrase recall (14 of 101 violations unflagged).
    history: 'evaluated once at 7b67a29',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.95], 'closing.en': [0.99, 0.93],
      'hold.zh': [0.97, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.85, 0.9], 'forbidden.en': [0.94, 0.86],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.92],
    },
  },
  {
    split: 'heldout159',
    // Written blind (600 calls) after the I144 round, and evaluated ONCE, untouched, by the lead at bbc244b (after the I145 round,
    // heldout158 tuned on; act model v7): greeting P 1 / 1 R .909 / .953, closing P 1 / 1 R .922 / .952, hold P .897 / .923 R 1 / 1, forbidden P .968 / .935 R .929 / .925, apology P 1 / 1 R .986 / .988 — under 0.90 on Mandarin hold precision alone (8 of 78 flagged holds were announced and thanked).
    history: 'evaluated once at bbc244b',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.92], 'closing.en': [1, 0.95],
      'hold.zh': [0.89, 1], 'hold.en': [0.92, 1],
      'forbidden.zh': [0.96, 0.92], 'forbidden.en': [0.93, 0.92],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout160',
    // Written blind (600 calls) while heldout158's misses were read, and evaluated ONCE, untouched, by the lead at 74689f0 (after the
    // I146 round, heldout159 tuned on; act model v7): greeting P .983 / 1 R .929 / .946, closing P .993 / .986 R .943 / .921, hold P .955 / .986 R .977 / .986, forbidden P .968 / .957 R .939 / .927, apology P 1 / 1 R .979 / .986 — every figure at or above 0.90.
    history: 'evaluated once at 74689f0',
    bounds: {
      'greeting.zh': [0.98, 0.92], 'greeting.en': [1, 0.94],
      'closing.zh': [0.99, 0.94], 'closing.en': [0.98, 0.92],
      'hold.zh': [0.95, 0.97], 'hold.en': [0.98, 0.98],
      'forbidden.zh': [0.96, 0.93], 'forbidden.en': [0.95, 0.92],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout161',
    // Written blind (600 calls) while heldout160's misses were read, and evaluated ONCE, untouched, by the lead at fb810fc (after the
    // I147 round, heldout160 tuned on; act model v7): greeting P .994 / 1 R .906 / .952, closing P .993 / 1 R .944 / .944, hold P .940 / .898 R 1 / 1, forbidden P .941 / .926 R .920 / .862, apology P 1 / 1 R .988 / .973 — under 0.90 on English forbidden-phrase recall (12 of 87 violations unflagged) and English hold precision (10 of 98 flagged holds were announced and thanked).
    history: 'evaluated once at fb810fc',
    bounds: {
      'greeting.zh': [0.99, 0.9], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.94], 'closing.en': [1, 0.94],
      'hold.zh': [0.94, 1], 'hold.en': [0.89, 1],
      'forbidden.zh': [0.94, 0.92], 'forbidden.en': [0.92, 0.86],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout162',
    // Written blind (600 calls) after heldout161's evaluation, and evaluated ONCE, untouched, by the lead at b89a333 (after the
    // I148 round, heldout161 tuned on; act model v7): greeting P .995 / 1 R .922 / .918, closing P .979 / .993 R .908 / .940, hold P .853 / .919 R .988 / 1, forbidden P .944 / .938 R .859 / .950, apology P 1 / 1 R 1 / .972 — under 0.90 on Mandarin hold precision (14 of 95 flagged holds were announced and thanked) and Mandarin forbidden-phrase recall (14 of 99 violations unflagged).
    history: 'evaluated once at b89a333',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.91],
      'closing.zh': [0.97, 0.9], 'closing.en': [0.99, 0.94],
      'hold.zh': [0.85, 0.98], 'hold.en': [0.91, 1],
      'forbidden.zh': [0.94, 0.85], 'forbidden.en': [0.93, 0.95],
      'apology.zh': [1, 1], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout163',
    // Written blind (600 calls) after heldout162's evaluation, and evaluated ONCE, untouched, by the lead at 5bddc4b (after the
    // I149 round, heldout162 tuned on; act model v7): greeting P .989 / 1 R .911 / .939, closing P .993 / .971 R .932 / .882, hold P .835 / .934 R 1 / .988, forbidden P .916 / .939 R .888 / .811, apology P 1 / 1 R .962 / .989 — under 0.90 on English closing recall (18 of 153 complete closings missed), Mandarin hold precision (16 of 97 flagged holds were announced and thanked) and forbidden-phrase recall in both languages (11 of 98 Mandarin and 18 of 95 English violations unflagged).
    history: 'evaluated once at 5bddc4b',
    bounds: {
      'greeting.zh': [0.98, 0.91], 'greeting.en': [1, 0.93],
      'closing.zh': [0.99, 0.93], 'closing.en': [0.97, 0.88],
      'hold.zh': [0.83, 1], 'hold.en': [0.93, 0.98],
      'forbidden.zh': [0.91, 0.88], 'forbidden.en': [0.93, 0.81],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout164',
    // Written blind (600 calls) after heldout163's evaluation, and evaluated ONCE, untouched, by the lead at 0adcac3 (after the
    // I150 round, heldout163 tuned on; act model v7): greeting P .994 / 1 R .921 / .957, closing P .988 / .993 R .943 / .899, hold P .920 / .922 R 1 / 1, forbidden P .899 / .915 R .891 / .835, apology P 1 / 1 R .965 / .973 — under 0.90 on English closing recall (15 of 148 complete closings missed) and forbidden-phrase recall in both languages and Mandarin forbidden-phrase precision (12 of 110 Mandarin and 17 of 103 English violations unflagged; 11 of 109 flagged Mandarin calls were polite).
    history: 'evaluated once at 0adcac3',
    bounds: {
      'greeting.zh': [0.99, 0.92], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.94], 'closing.en': [0.99, 0.89],
      'hold.zh': [0.92, 1], 'hold.en': [0.92, 1],
      'forbidden.zh': [0.89, 0.89], 'forbidden.en': [0.91, 0.83],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout165',
    // Written blind (600 calls) while heldout163's misses were read, and evaluated ONCE, untouched, by the lead at 295be4c (after the
    // I151 round, heldout164 tuned on; act model v7): greeting P 1 / 1 R .955 / .947, closing P .981 / 1 R .944 / .947, hold P .879 / .902 R .988 / 1, forbidden P .966 / .940 R .924 / .989, apology P 1 / 1 R .988 / .971 — under 0.90 on Mandarin hold precision alone (11 of 91 flagged holds were announced and thanked).
    history: 'evaluated once at 295be4c',
    bounds: {
      'greeting.zh': [1, 0.95], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.94], 'closing.en': [1, 0.94],
      'hold.zh': [0.87, 0.98], 'hold.en': [0.9, 1],
      'forbidden.zh': [0.96, 0.92], 'forbidden.en': [0.94, 0.98],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout166',
    // Written blind (600 calls) while heldout164's misses were read, and evaluated ONCE, untouched, by the lead at 051725b (after the
    // I152 round, heldout165 tuned on; act model v7): greeting P .995 / 1 R .936 / .943, closing P 1 / .993 R .938 / .925, hold P .956 / .987 R .970 / 1, forbidden P .925 / .961 R .914 / .892, apology P 1 / 1 R .963 / .957 — under 0.90 on English forbidden-phrase recall alone (9 of 83 violations unflagged).
    history: 'evaluated once at 051725b',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.93], 'closing.en': [0.99, 0.92],
      'hold.zh': [0.95, 0.97], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.92, 0.91], 'forbidden.en': [0.96, 0.89],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.95],
    },
  },
  {
    split: 'heldout167',
    // Written blind (600 calls) after heldout166's evaluation, and evaluated ONCE, untouched, by the lead at 7140099 (after the
    // I153 round, heldout166 tuned on; act model v7): greeting P .988 / 1 R .874 / .958, closing P 1 / 1 R .945 / .951, hold P .956 / .840 R 1 / 1, forbidden P .963 / 1 R .878 / .925, apology P 1 / 1 R .961 / .928 — under 0.90 on Mandarin greeting recall (24 of 191 compliant greetings failed), English hold precision (13 of 81 flagged holds were announced and thanked) and Mandarin forbidden-phrase recall (11 of 90 violations unflagged).
    history: 'evaluated once at 7140099',
    bounds: {
      'greeting.zh': [0.98, 0.87], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.94], 'closing.en': [1, 0.95],
      'hold.zh': [0.95, 1], 'hold.en': [0.83, 1],
      'forbidden.zh': [0.96, 0.87], 'forbidden.en': [1, 0.92],
      'apology.zh': [1, 0.96], 'apology.en': [1, 0.92],
    },
  },
  {
    split: 'heldout168',
    // Written blind (600 calls) while heldout167 was evaluated, and evaluated ONCE, untouched, by the lead at ec92c9e (after the
    // I154 round, heldout167 tuned on; act model v7): greeting P 1 / .995 R .912 / .925, closing P .966 / .993 R .959 / .924, hold P .952 / .988 R 1 / 1, forbidden P .916 / .975 R .864 / .895, apology P 1 / 1 R .977 / .958 — under 0.90 on forbidden-phrase recall in both languages (12 of 88 Mandarin and 9 of 86 English violations unflagged) alone.
    history: 'evaluated once at ec92c9e',
    bounds: {
      'greeting.zh': [1, 0.91], 'greeting.en': [0.99, 0.92],
      'closing.zh': [0.96, 0.95], 'closing.en': [0.99, 0.92],
      'hold.zh': [0.95, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.91, 0.86], 'forbidden.en': [0.97, 0.89],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.95],
    },
  },
  {
    split: 'heldout169',
    // Written blind (600 calls) while heldout168 was being wired in, and evaluated ONCE, untouched, by the lead at 6c6a92c (after the
    // I155 round, heldout168 tuned on; act model v7): greeting P 1 / 1 R .937 / .947, closing P 1 / .993 R .975 / .953, hold P .961 / .989 R 1 / 1, forbidden P .918 / .955 R .947 / .914, apology P 1 / 1 R 1 / .988 — every figure at or over 0.90, in both languages.
    history: 'evaluated once at 6c6a92c',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.97], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.96, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.91, 0.94], 'forbidden.en': [0.95, 0.91],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout170',
    // Written blind (600 calls) while heldout169 was being wired in, and evaluated ONCE, untouched, by the lead at 354f824 (after the
    // I156 round, heldout169 tuned on; act model v7): greeting P .994 / 1 R .931 / .951, closing P .993 / .979 R .986 / .940, hold P .921 / .974 R 1 / 1, forbidden P .936 / .974 R .907 / .854, apology P 1 / 1 R .969 / 1 — under 0.90 on English forbidden-phrase recall alone (13 of 89 violations unflagged).
    history: 'evaluated once at 354f824',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.98], 'closing.en': [0.97, 0.94],
      'hold.zh': [0.92, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.93, 0.9], 'forbidden.en': [0.97, 0.85],
      'apology.zh': [1, 0.96], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout171',
    // Written blind (600 calls) before heldout170 was wired in, and evaluated ONCE, untouched, by the lead at fb89cc9 (after the
    // I157 round, heldout170 tuned on; act model v7): greeting P 1 / 1 R .934 / .945, closing P 1 / .987 R .951 / .962, hold P .920 / .953 R 1 / 1, forbidden P .899 / .917 R .899 / .926, apology P 1 / 1 R .986 / .965 — under 0.90 on Mandarin forbidden-phrase precision and recall alone (80 of 89 flagged calls and of 89 violations: one call short of the bar on each).
    history: 'evaluated once at fb89cc9',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.95], 'closing.en': [0.98, 0.96],
      'hold.zh': [0.91, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.89, 0.89], 'forbidden.en': [0.91, 0.92],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.96],
    },
  },
  {
    split: 'heldout172',
    // Written blind (600 calls) before heldout171 was wired in, and evaluated ONCE, untouched, by the lead at 31a2247 (after the
    // I158 round, heldout171 tuned on; act model v7): greeting P .995 / 1 R .948 / .960, closing P .993 / .994 R .993 / .954, hold P .974 / .894 R 1 / 1, forbidden P .945 / .976 R .915 / .922, apology P 1 / 1 R .986 / .938 — under 0.90 on English hold precision alone (9 of 85 flagged holds were announced and thanked).
    history: 'evaluated once at 31a2247',
    bounds: {
      'greeting.zh': [0.99, 0.94], 'greeting.en': [1, 0.96],
      'closing.zh': [0.99, 0.99], 'closing.en': [0.99, 0.95],
      'hold.zh': [0.97, 1], 'hold.en': [0.89, 1],
      'forbidden.zh': [0.94, 0.91], 'forbidden.en': [0.97, 0.92],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.93],
    },
  },
  {
    split: 'heldout173',
    // Written blind (600 calls) after heldout171 was wired in, and evaluated ONCE, untouched, by the lead at 2e48959 (after the
    // I159 round, heldout172 tuned on; act model v7): greeting P .994 / .995 R .952 / .961, closing P .980 / .981 R .947 / .994, hold P .918 / 1 R .985 / 1, forbidden P .943 / .931 R .943 / .920, apology P 1 / 1 R .955 / 1 — every figure at or over 0.90, in both languages.
    history: 'evaluated once at 2e48959',
    bounds: {
      'greeting.zh': [0.99, 0.95], 'greeting.en': [0.99, 0.96],
      'closing.zh': [0.97, 0.94], 'closing.en': [0.98, 0.99],
      'hold.zh': [0.91, 0.98], 'hold.en': [1, 1],
      'forbidden.zh': [0.94, 0.94], 'forbidden.en': [0.93, 0.92],
      'apology.zh': [1, 0.95], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout174',
    // Written blind (600 calls) while heldout171's misses were read, and evaluated ONCE, untouched, by the lead at 5774cef (scoring as
    // after the I160 round, heldout173 tuned on; act model v7): greeting P 1 / 1 R .936 / .930, closing P .987 / .993 R .975 / .986, hold P .966 / .973 R 1 / 1, forbidden P .920 / .940 R .968 / .951, apology P 1 / 1 R 1 / .987 — every figure at or over 0.90, in both languages.
    history: 'evaluated once at 5774cef',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.92],
      'closing.zh': [0.98, 0.97], 'closing.en': [0.99, 0.98],
      'hold.zh': [0.96, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.92, 0.96], 'forbidden.en': [0.93, 0.95],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout175',
    // Written blind (600 calls) after heldout174 was wired in, and evaluated ONCE, untouched, by the lead at 274f77f (after the
    // I161 round, heldout174 tuned on; act model v7): greeting P .994 / 1 R .911 / .962, closing P 1 / .977 R .981 / .956, hold P .957 / .953 R 1 / 1, forbidden P .936 / .963 R .936 / .813, apology P 1 / 1 R .940 / 1 — under 0.90 on English forbidden-phrase recall alone (78 of 96 violations found).
    history: 'evaluated once at 274f77f',
    bounds: {
      'greeting.zh': [0.99, 0.91], 'greeting.en': [1, 0.96],
      'closing.zh': [1, 0.98], 'closing.en': [0.97, 0.95],
      'hold.zh': [0.95, 1], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.93, 0.93], 'forbidden.en': [0.96, 0.81],
      'apology.zh': [1, 0.94], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout176',
    // Written blind (600 calls) after heldout175 was wired in, and evaluated ONCE, untouched, by the lead at 45dcc07 (after the
    // I162 round, heldout175 tuned on; act model v7): greeting P 1 / 1 R .920 / .935, closing P 1 / .986 R .967 / .954, hold P .957 / .891 R 1 / 1, forbidden P .917 / .964 R .990 / .953, apology P 1 / 1 R .987 / 1 — under 0.90 on English hold precision alone (10 of 92 flagged holds were announced and thanked).
    history: 'evaluated once at 45dcc07',
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.93],
      'closing.zh': [1, 0.96], 'closing.en': [0.98, 0.95],
      'hold.zh': [0.95, 1], 'hold.en': [0.89, 1],
      'forbidden.zh': [0.91, 0.99], 'forbidden.en': [0.96, 0.95],
      'apology.zh': [1, 0.98], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout177',
    // Written blind (600 calls) while heldout176 was wired in, and evaluated ONCE, untouched, by the lead at d94d3c0 (after the
    // I163 round, heldout176 tuned on; act model v7): greeting P 1 / .995 R .902 / .919, closing P .963 / .965 R .981 / .925, hold P 1 / .953 R .978 / 1, forbidden P .897 / .945 R .935 / .920, apology P 1 / 1 R 1 / .950 — under 0.90 on Mandarin forbidden-phrase precision alone (10 of 97 flagged calls were polite).
    history: 'evaluated once at d94d3c0',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [0.99, 0.91],
      'closing.zh': [0.96, 0.98], 'closing.en': [0.96, 0.92],
      'hold.zh': [1, 0.97], 'hold.en': [0.95, 1],
      'forbidden.zh': [0.89, 0.93], 'forbidden.en': [0.94, 0.92],
      'apology.zh': [1, 1], 'apology.en': [1, 0.95],
    },
  },
  {
    split: 'heldout178',
    // Written blind (600 calls) after heldout176 was wired in, and evaluated ONCE, untouched, by the lead at 2dbc6da (after the
    // I164 round, heldout177 tuned on; act model v7): greeting P 1 / 1 R .834 / .946, closing P 1 / .994 R .977 / .939, hold P .967 / .990 R .989 / 1, forbidden P .918 / .978 R .918 / .947, apology P 1 / 1 R 1 / .987 — under 0.90 on Mandarin greeting recall alone (33 of 199 compliant greetings failed).
    history: 'evaluated once at 2dbc6da',
    bounds: {
      'greeting.zh': [1, 0.83], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.97], 'closing.en': [0.99, 0.93],
      'hold.zh': [0.96, 0.98], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.91, 0.91], 'forbidden.en': [0.97, 0.94],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout179',
    // Written blind (600 calls) after heldout177 was wired in, and evaluated ONCE, untouched, by the lead at 41b5683 (scoring as after
    // the I165 round, heldout178 tuned on; act model v7): greeting P .990 / 1 R .932 / .940, closing P 1 / .992 R .925 / .891, hold P .952 / .920 R .988 / 1, forbidden P .868 / .938 R .963 / .854, apology P 1 / 1 R .977 / 1 — under 0.90 on English closing recall, Mandarin forbidden-phrase precision and English forbidden-phrase recall.
    history: 'evaluated once at 41b5683',
    bounds: {
      'greeting.zh': [0.98, 0.93], 'greeting.en': [1, 0.94],
      'closing.zh': [1, 0.92], 'closing.en': [0.99, 0.89],
      'hold.zh': [0.95, 0.98], 'hold.en': [0.91, 1],
      'forbidden.zh': [0.86, 0.96], 'forbidden.en': [0.93, 0.85],
      'apology.zh': [1, 0.97], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout180',
    // Written blind (600 calls) after heldout179 was wired in, and evaluated ONCE, untouched, by the lead at 3a07b37 (scoring as after
    // the I166 round, 050c0be, heldout179 tuned on; act model v7): greeting P .995 / 1 R .936 / .956, closing P 1 / 1 R .980 / .903, hold P .975 / .937 R 1 / 1, forbidden P .935 / .952 R .861 / .833, apology P 1 / .986 R .987 / .959 — under 0.90 on forbidden-phrase recall in both languages.
    history: 'evaluated once at 3a07b37',
    bounds: {
      'greeting.zh': [0.99, 0.93], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.98], 'closing.en': [1, 0.9],
      'hold.zh': [0.97, 1], 'hold.en': [0.93, 1],
      'forbidden.zh': [0.93, 0.86], 'forbidden.en': [0.95, 0.83],
      'apology.zh': [1, 0.98], 'apology.en': [0.98, 0.95],
    },
  },
  {
    split: 'heldout181',
    // Written blind (600 calls) after heldout180 was wired in, and evaluated ONCE, untouched, by the lead at a0308d7 (after the I167
    // round, heldout180 tuned on; act model v7): greeting P 1 / 1 R .800 / .933, closing P .981 / 1 R .956 / .980, hold P .974 / .975 R 1 / 1, forbidden P .979 / .971 R .902 / .798, apology P 1 / 1 R .976 / .965 — under 0.90 on Mandarin greeting recall and English forbidden-phrase recall.
    history: 'evaluated once at a0308d7',
    bounds: {
      'greeting.zh': [1, 0.8], 'greeting.en': [1, 0.93],
      'closing.zh': [0.98, 0.95], 'closing.en': [1, 0.98],
      'hold.zh': [0.97, 1], 'hold.en': [0.97, 1],
      'forbidden.zh': [0.97, 0.9], 'forbidden.en': [0.97, 0.79],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.96],
    },
  },
  {
    split: 'heldout182',
    // Written blind (600 calls) while the I167 round was made, and evaluated ONCE, untouched, by the lead at a10aba9 (after the I168
    // round, heldout181 tuned on; act model v7): greeting P .995 / 1 R .964 / .943, closing P .986 / .993 R .948 / .950, hold P .962 / .949 R 1 / 1, forbidden P .940 / .964 R .940 / .880, apology P 1 / 1 R .986 / .974 — under 0.90 on English forbidden-phrase recall alone.
    history: 'evaluated once at a10aba9',
    bounds: {
      'greeting.zh': [0.99, 0.96], 'greeting.en': [1, 0.94],
      'closing.zh': [0.98, 0.94], 'closing.en': [0.99, 0.94],
      'hold.zh': [0.96, 1], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.94, 0.94], 'forbidden.en': [0.96, 0.88],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout183',
    // Written blind (600 calls) while the I168 round was made, and evaluated ONCE, untouched, by the lead at d240123 (after the I169
    // round, heldout182 tuned on; act model v7): greeting P .995 / 1 R .941 / .950, closing P 1 / .993 R .930 / .935, hold P .955 / .966 R 1 / 1, forbidden P 1 / .986 R .913 / .878, apology P 1 / 1 R .984 / 1 — under 0.90 on English forbidden-phrase recall alone.
    history: 'evaluated once at d240123',
    bounds: {
      'greeting.zh': [0.99, 0.94], 'greeting.en': [1, 0.95],
      'closing.zh': [1, 0.92], 'closing.en': [0.99, 0.93],
      'hold.zh': [0.95, 1], 'hold.en': [0.96, 1],
      'forbidden.zh': [1, 0.91], 'forbidden.en': [0.98, 0.87],
      'apology.zh': [1, 0.98], 'apology.en': [1, 1],
    },
  },
  {
    split: 'heldout184',
    // Written blind (600 calls) while the I169 round was made, and evaluated ONCE, untouched, by the lead at c16e263 (after the I170
    // round, heldout183 tuned on; act model v7): greeting P 1 / 1 R .934 / .915, closing P .957 / .994 R .950 / .975, hold P .975 / .988 R 1 / 1, forbidden P .913 / .934 R .966 / .845, apology P 1 / 1 R 1 / .974 — under 0.90 on English forbidden-phrase recall alone.
    history: 'evaluated once at c16e263',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.91],
      'closing.zh': [0.95, 0.95], 'closing.en': [0.99, 0.97],
      'hold.zh': [0.97, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.91, 0.96], 'forbidden.en': [0.93, 0.84],
      'apology.zh': [1, 1], 'apology.en': [1, 0.97],
    },
  },
  {
    split: 'heldout185',
    // Written blind (600 calls) while the I170 round was made, and evaluated ONCE, untouched, by the lead at f6e9443 (after the I171
    // round, heldout184 tuned on; act model v7): greeting P 1 / .995 R .876 / .935, closing P .979 / .993 R .922 / .942, hold P .955 / .947 R .988 / 1, forbidden P .919 / .978 R .940 / .929, apology P 1 / 1 R .975 / .955 — under 0.90 on Mandarin greeting recall alone.
    history: 'evaluated once at f6e9443',
    bounds: {
      'greeting.zh': [1, 0.87], 'greeting.en': [0.99, 0.93],
      'closing.zh': [0.97, 0.92], 'closing.en': [0.99, 0.94],
      'hold.zh': [0.95, 0.98], 'hold.en': [0.94, 1],
      'forbidden.zh': [0.91, 0.94], 'forbidden.en': [0.97, 0.92],
      'apology.zh': [1, 0.97], 'apology.en': [1, 0.95],
    },
  },
  {
    split: 'heldout186',
    // Written blind (600 calls) while the I171 round was made, and evaluated ONCE, untouched, by the lead at 8aebdfd (scoring as after the
    // I171 round, heldout184 tuned on; act model v7): greeting P 1 / 1 R .939 / .960, closing P .993 / 1 R .937 / .948, hold P .934 / .966 R .973 / .988, forbidden P .964 / 1 R .942 / .905, apology P 1 / 1 R 1 / .987 — at or over 0.90 on every figure.
    history: 'evaluated once at 8aebdfd',
    bounds: {
      'greeting.zh': [1, 0.93], 'greeting.en': [1, 0.95],
      'closing.zh': [0.99, 0.93], 'closing.en': [1, 0.94],
      'hold.zh': [0.93, 0.97], 'hold.en': [0.96, 0.98],
      'forbidden.zh': [0.96, 0.94], 'forbidden.en': [1, 0.9],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout187',
    // Written blind (600 calls) while no round was made, and evaluated ONCE, untouched, by the lead at a5bf2eb (scoring as after the I171
    // round, with four entries listed twice removed; act model v7): greeting P 1 / 1 R .909 / .958, closing P .978 / .993 R .971 / .896, hold P .953 / .941 R 1 / .988, forbidden P .970 / .952 R .990 / .908, apology P 1 / 1 R 1 / .988 — English closing recall under 0.90.
    history: 'evaluated once at a5bf2eb',
    bounds: {
      'greeting.zh': [1, 0.9], 'greeting.en': [1, 0.95],
      'closing.zh': [0.97, 0.97], 'closing.en': [0.99, 0.89],
      'hold.zh': [0.95, 1], 'hold.en': [0.94, 0.98],
      'forbidden.zh': [0.96, 0.98], 'forbidden.en': [0.95, 0.9],
      'apology.zh': [1, 1], 'apology.en': [1, 0.98],
    },
  },
  {
    split: 'heldout188',
    // Written blind (600 calls) while the I172 round was made, and evaluated ONCE, untouched, by the lead at 2df90ce (after the I172 round,
    // heldout185 to heldout187 tuned on; act model v7): greeting P 1 / 1 R .928 / .951, closing P .987 / 1 R .925 / .968, hold P .947 / .987 R 1 / 1, forbidden P .935 / .987 R .981 / .815, apology P 1 / 1 R .986 / .959 — English forbidden-phrase recall under 0.90.
    history: 'evaluated once at 2df90ce',
    bounds: {
      'greeting.zh': [1, 0.92], 'greeting.en': [1, 0.95],
      'closing.zh': [0.98, 0.92], 'closing.en': [1, 0.96],
      'hold.zh': [0.94, 1], 'hold.en': [0.98, 1],
      'forbidden.zh': [0.93, 0.98], 'forbidden.en': [0.98, 0.81],
      'apology.zh': [1, 0.98], 'apology.en': [1, 0.95],
    },
  },
];

describe('the bounds of the later splits', () => {
  it('cover every spent split: a split gets its bounds at its one untouched evaluation, before it is tuned on', () => {
    expect(SPENT_BANK_SPLITS.filter((split) => !LATER_SPLITS.some((s) => s.split === split))).toEqual([]);
  });
});

/**
 * Which spent splits `npm test` holds to their floors. Each split costs the scoring of its 600 calls
 * (about 3 s on CI's two cores), and four are spent a stop. Holding the newest twelve and every sixth
 * older one had grown to 38 splits and 130 s of CI's 16-minute run (2026-12-07), and grew by a split
 * every six. So `npm test` holds a fixed number: the newest eight, whose rounds are the ones most
 * recently tuned around, and twelve older ones spread evenly from the first to the ninth newest, which
 * still catches a change that moves many splits at once (which older ones are held shifts as splits are
 * added). `npm run test:floors` (CALLQA_FLOORS=all) holds every split, and each tuning round is compared
 * with the commit before it on every split, call by call (stricter than any floor), before it is committed.
 */
function splitsHeldByNpmTest<T>(splits: readonly T[], newest = 8, older = 12): T[] {
  const olderCount = splits.length - newest;
  if (olderCount <= older) return [...splits];
  const picked = new Set(Array.from({ length: older }, (_, k) => Math.round((k * (olderCount - 1)) / (older - 1))));
  return splits.filter((_, i) => i >= olderCount || picked.has(i));
}

const HELD_SPLITS = process.env.CALLQA_FLOORS === 'all' ? LATER_SPLITS : splitsHeldByNpmTest(LATER_SPLITS);

describe('the spent splits npm test holds (the rest under npm run test:floors)', () => {
  it('are the newest eight and twelve older ones spread evenly from the first, in order', () => {
    const numbers = Array.from({ length: 52 }, (_, i) => i);
    expect(splitsHeldByNpmTest(numbers)).toEqual([0, 4, 8, 12, 16, 20, 23, 27, 31, 35, 39, 43, ...numbers.slice(44)]);
    expect(splitsHeldByNpmTest(numbers).length).toBe(20);
    expect(splitsHeldByNpmTest(numbers.slice(0, 20))).toEqual(numbers.slice(0, 20));
    expect(splitsHeldByNpmTest(numbers.slice(0, 21))).toEqual([...numbers.slice(0, 6), ...numbers.slice(7, 21)]);
  });
});

for (const { split, history, bounds } of HELD_SPLITS) {
  describe(`the shipped scorecards on ${split} — ${history}`, () => {
    let ev: ParaphraseEvaluation;
    const figures = (key: string) => {
      ev ??= evaluateParaphraseSet(loadParaphraseSet(setFileOf(split)), scorecards(), [split]);
      const f = ev.figures[`${split}.${key}`];
      if (!f) throw new Error(`no figures for ${split}.${key}`);
      return f;
    };
    for (const [key, [p, r]] of Object.entries(bounds)) {
      it(`${split}.${key}: precision ≥ ${p}, recall ≥ ${r}`, () => {
        // The message names only the figures, never a call (a held-out split's misses stay unread until it is spent).
        const { precision, recall } = figures(key);
        expect({ precision: precision >= p, recall: recall >= r }, `${split}.${key}: P ${precision.toFixed(3)} R ${recall.toFixed(3)}`).toEqual({ precision: true, recall: true });
      });
    }
  });
}
