/**
 * The shape of the second held-out paraphrase set (fixtures/paraphrase/paraphrase-set-heldout2.json):
 * enough wordings, every scenario, nothing shared with the banks that were tuned on, and a file that
 * is exactly what its generator makes. It runs no check on the set. heldout2 was evaluated once,
 * untouched, on 2026-12-02, and has been tuning data since (its figures and bounds are in
 * paraphrase-set.test.ts, marked "tuned on"); heldout3 is the untouched split now.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordingsIn, type ElementBank, type ElementId } from './element-bank.ts';
import { EN_ELEMENTS, EN_FORBIDDEN } from './elements-en.ts';
import { EN_HELDOUT2_ELEMENTS, EN_HELDOUT2_FORBIDDEN } from './elements-heldout2-en.ts';
import { ZH_HELDOUT2_ELEMENTS, ZH_HELDOUT2_FORBIDDEN } from './elements-heldout2-zh.ts';
import { ZH_ELEMENTS, ZH_FORBIDDEN } from './elements-zh.ts';
import { DEFAULT_HELDOUT2, DEFAULT_PARAPHRASE, makeParaphraseSet, PARAPHRASE_HELDOUT2_FILE, type ParaphraseSet } from './make-paraphrase-set.ts';

type Forbidden = Record<string, { said: string[]; polite: string[] }>;

const committedText = readFileSync(PARAPHRASE_HELDOUT2_FILE, 'utf8');
const committed = JSON.parse(committedText) as ParaphraseSet;
const LANGUAGES = [
  { lang: 'zh', fresh: ZH_HELDOUT2_ELEMENTS, freshForbidden: ZH_HELDOUT2_FORBIDDEN, old: ZH_ELEMENTS, oldForbidden: ZH_FORBIDDEN },
  { lang: 'en', fresh: EN_HELDOUT2_ELEMENTS, freshForbidden: EN_HELDOUT2_FORBIDDEN, old: EN_ELEMENTS, oldForbidden: EN_FORBIDDEN },
] as const satisfies readonly { lang: string; fresh: ElementBank; freshForbidden: Forbidden; old: ElementBank; oldForbidden: Forbidden }[];

/** Case, whitespace and punctuation (ASCII and full-width) removed: "Hello, hello!" and "hello hello" are one wording. */
const normalised = (text: string) => text.toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');

const allWordings = (bank: ElementBank, forbidden: Forbidden) => [
  ...Object.values(bank).flat(),
  ...Object.values(forbidden).flatMap(({ said, polite }) => [...said, ...polite]),
];

describe('the heldout2 banks (elements-heldout2-*.ts)', () => {
  it('hold at least 20 distinct wordings of every element in each language', () => {
    for (const { lang, fresh, old } of LANGUAGES) {
      expect(Object.keys(fresh).sort(), lang).toEqual(Object.keys(old).sort());
      for (const [el, wordings] of Object.entries(fresh) as [ElementId, string[]][]) {
        expect(new Set(wordings.map(normalised)).size, `${lang}/${el}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('hold at least 15 said and 15 polite sentences of every forbidden category in each language', () => {
    for (const { lang, freshForbidden, oldForbidden } of LANGUAGES) {
      expect(Object.keys(freshForbidden).sort(), lang).toEqual(Object.keys(oldForbidden).sort());
      for (const [cat, { said, polite }] of Object.entries(freshForbidden)) {
        expect(new Set(said.map(normalised)).size, `${lang}/${cat}/said`).toBeGreaterThanOrEqual(15);
        expect(new Set(polite.map(normalised)).size, `${lang}/${cat}/polite`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it('share no wording with the tuned-on banks, once case, whitespace and punctuation are removed', () => {
    for (const { lang, fresh, freshForbidden, old, oldForbidden } of LANGUAGES) {
      const seen = new Set(allWordings(old, oldForbidden).map(normalised));
      const shared = allWordings(fresh, freshForbidden).filter((w) => seen.has(normalised(w)));
      expect(shared, lang).toEqual([]);
    }
  });

  it('fill the placeholders the generator knows: {surname} in every self-introduction, {brand} in every brand wording, nothing else', () => {
    for (const { lang, fresh, freshForbidden } of LANGUAGES) {
      for (const w of fresh.selfIntro) expect(w, `${lang}/selfIntro`).toContain('{surname}');
      for (const w of fresh.brand) expect(w, `${lang}/brand`).toContain('{brand}');
      for (const w of allWordings(fresh, freshForbidden)) expect(w.replaceAll('{surname}', '').replaceAll('{brand}', ''), lang).not.toMatch(/[{}]/);
    }
  });

  it('are drawn whole for heldout2, while dev and heldout still split the tuned-on banks', () => {
    expect(wordingsIn('zh', 'goodbye', ZH_HELDOUT2_ELEMENTS.goodbye, 'heldout2')).toEqual(ZH_HELDOUT2_ELEMENTS.goodbye);
    const dev = wordingsIn('zh', 'goodbye', ZH_ELEMENTS.goodbye, 'dev');
    expect(dev.length).toBeGreaterThan(0);
    expect(dev.length).toBeLessThan(ZH_ELEMENTS.goodbye.length);
  });
});

describe('the heldout2 set (fixtures/paraphrase/paraphrase-set-heldout2.json)', () => {
  it('is byte for byte what make-paraphrase-set.ts --split heldout2 writes, every time', () => {
    // The CLI writes JSON.stringify(set) and a newline.
    expect(`${JSON.stringify(makeParaphraseSet(DEFAULT_HELDOUT2))}\n`).toBe(committedText);
    expect(`${JSON.stringify(makeParaphraseSet(DEFAULT_HELDOUT2))}\n`).toBe(committedText);
  });

  it('has as many calls per language as the heldout split, all of them heldout2', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(committed.calls.filter((c) => c.language === lang && c.split === 'heldout2')).toHaveLength(DEFAULT_PARAPHRASE.perSplit);
    }
    expect(committed.calls.every((c) => c.split === 'heldout2')).toBe(true);
    expect(new Set(committed.calls.map((c) => c.callId)).size).toBe(committed.calls.length);
  });

  it('holds every labelled violation and hard negative in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const calls = committed.calls.filter((c) => c.language === lang);
      const kinds = (pick: (c: (typeof calls)[number]) => string) => new Set(calls.map(pick));
      expect(kinds((c) => c.scenario.greeting), lang).toEqual(new Set(['ok', 'ok_reordered', 'no_brand', 'wrong_surname', 'no_self_intro', 'salutation_only', 'late_after_silence']));
      expect(kinds((c) => c.scenario.closing), lang).toEqual(
        new Set(['offer', 'thanks_goodbye', 'all', 'thanks_only', 'goodbye_only', 'none', 'hold_thanks_goodbye', 'greeting_only_short']),
      );
      expect(kinds((c) => c.scenario.hold), lang).toEqual(new Set(['none', 'ok', 'no_request', 'no_thanks', 'thanks_at_end_only']));
      expect(kinds((c) => c.scenario.forbidden), lang).toEqual(new Set(['none', 'said', 'polite']));
      expect(kinds((c) => c.scenario.apology), lang).toEqual(new Set(['calm', 'apologised', 'not_apologised']));
      expect(kinds((c) => c.labels.forbiddenCategory ?? ''), lang).toEqual(new Set(['', 'brush_off', 'blame', 'rude', 'promise']));
    }
  });

  it('speaks only heldout2 forbidden sentences: each forbidden line of a call is one of the heldout2 said or polite sentences', () => {
    for (const { lang, freshForbidden, oldForbidden } of LANGUAGES) {
      const fresh = new Set(Object.values(freshForbidden).flatMap(({ said, polite }) => [...said, ...polite]).map(normalised));
      const old = new Set(Object.values(oldForbidden).flatMap(({ said, polite }) => [...said, ...polite]).map(normalised));
      const forbiddenLines = committed.calls
        .filter((c) => c.language === lang && c.scenario.forbidden !== 'none')
        .map((c) => c.spoken.map(normalised).find((line) => [...fresh].some((f) => line.endsWith(f))));
      expect(forbiddenLines.length, lang).toBeGreaterThan(0);
      expect(forbiddenLines.filter((l) => l === undefined), lang).toEqual([]);
      expect(forbiddenLines.filter((l) => [...old].some((o) => l === o)), lang).toEqual([]);
    }
  });
});
