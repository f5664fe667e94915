import { describe, expect, it } from 'vitest';
import { shippedScorecards } from '../eval-checks.ts';
import { splitOf, type ElementId } from './element-bank.ts';
import { EN_ELEMENTS, EN_FORBIDDEN } from './elements-en.ts';
import { ZH_ELEMENTS, ZH_FORBIDDEN } from './elements-zh.ts';
import { evaluateParaphraseSet, loadParaphraseSet, type ParaphraseEvaluation } from './eval-paraphrase.ts';
import { DEFAULT_PARAPHRASE, makeParaphraseSet, PARAPHRASE_HELDOUT2_FILE } from './make-paraphrase-set.ts';

const committed = loadParaphraseSet();

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
    ev ??= evaluateParaphraseSet(committed, shippedScorecards());
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
  // untouched split is heldout2 (measured once by the lead, not here). Each bound is what was
  // reached, rounded down; every check and language is ≥ 0.90 on both splits.
  const BOUNDS: Record<string, [precision: number, recall: number]> = {
    'dev.greeting.zh': [1, 0.91], 'dev.greeting.en': [1, 0.95], // en 0.965 -> 0.953 with act model v3 (G2): one garbled offer lost
    'dev.closing.zh': [1, 0.98], 'dev.closing.en': [1, 0.95],
    'dev.hold.zh': [1, 1], 'dev.hold.en': [1, 1],
    'dev.forbidden.zh': [1, 0.94], 'dev.forbidden.en': [1, 1],
    'dev.apology.zh': [1, 0.97], 'dev.apology.en': [1, 1],
    'heldout.greeting.zh': [1, 0.91], 'heldout.greeting.en': [1, 0.91],
    'heldout.closing.zh': [1, 0.98], 'heldout.closing.en': [1, 0.96],
    'heldout.hold.zh': [0.95, 1], 'heldout.hold.en': [0.97, 1],
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

describe('the shipped scorecards on heldout2 — TUNED ON (G2 round)', () => {
  // heldout2 was evaluated once by the lead on 2026-12-02 (before: apology en 0.917 / zh 0.774 recall,
  // closing 0.735 / 0.683, forbidden P 0.795 / 0.853 R 0.756 / 0.763, greeting 0.833 / 0.731,
  // hold P 0.750 / 0.706) and then became tuning data: its misses were read in the G2 round (act
  // model slot grammars, job-title variants, the English offer-of-more-help act, act thresholds). These bounds
  // are what was reached, rounded down — they guard against regressions, they say nothing about
  // new wordings (the untouched split is heldout3, measured by the lead only).
  let ev: ParaphraseEvaluation;
  const figures = (key: string) => {
    ev ??= evaluateParaphraseSet(loadParaphraseSet(PARAPHRASE_HELDOUT2_FILE), shippedScorecards(), ['heldout2']);
    const f = ev.figures[key];
    if (!f) throw new Error(`no figures for ${key}`);
    return f;
  };
  const BOUNDS: Record<string, [precision: number, recall: number]> = {
    'heldout2.greeting.zh': [0.98, 0.76], 'heldout2.greeting.en': [1, 0.86],
    'heldout2.closing.zh': [0.98, 0.8], 'heldout2.closing.en': [1, 0.88],
    'heldout2.hold.zh': [0.83, 1], 'heldout2.hold.en': [0.8, 1],
    'heldout2.forbidden.zh': [0.96, 0.78], 'heldout2.forbidden.en': [0.83, 0.75],
    'heldout2.apology.zh': [1, 0.9], 'heldout2.apology.en': [1, 0.94],
  };
  for (const [key, [p, r]] of Object.entries(BOUNDS)) {
    it(`${key}: precision ≥ ${p}, recall ≥ ${r} (tuned on)`, () => {
      expect(figures(key).precision).toBeGreaterThanOrEqual(p);
      expect(figures(key).recall).toBeGreaterThanOrEqual(r);
    });
  }
});
