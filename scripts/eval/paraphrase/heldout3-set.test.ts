/**
 * The shape of the third held-out paraphrase set (fixtures/paraphrase/paraphrase-set-heldout3.json):
 * enough wordings, every scenario, nothing shared with any earlier bank (dev/heldout or heldout2,
 * both tuned on), and a file that is exactly what its generator makes. heldout3 was evaluated once,
 * untouched, at the end of stop 18, and is tuning data since.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordingsIn, type ElementBank, type ElementId } from './element-bank.ts';
import { EN_ELEMENTS, EN_FORBIDDEN } from './elements-en.ts';
import { EN_HELDOUT2_ELEMENTS, EN_HELDOUT2_FORBIDDEN } from './elements-heldout2-en.ts';
import { ZH_HELDOUT2_ELEMENTS, ZH_HELDOUT2_FORBIDDEN } from './elements-heldout2-zh.ts';
import { EN_HELDOUT3_ELEMENTS, EN_HELDOUT3_FORBIDDEN } from './elements-heldout3-en.ts';
import { ZH_HELDOUT3_ELEMENTS, ZH_HELDOUT3_FORBIDDEN } from './elements-heldout3-zh.ts';
import { ZH_ELEMENTS, ZH_FORBIDDEN } from './elements-zh.ts';
import { DEFAULT_HELDOUT3, DEFAULT_PARAPHRASE, makeParaphraseSet, PARAPHRASE_HELDOUT3_FILE, type ParaphraseSet } from './make-paraphrase-set.ts';

type Forbidden = Record<string, { said: string[]; polite: string[] }>;

const committedText = readFileSync(PARAPHRASE_HELDOUT3_FILE, 'utf8');
const committed = JSON.parse(committedText) as ParaphraseSet;
const LANGUAGES = [
  {
    lang: 'zh',
    fresh: ZH_HELDOUT3_ELEMENTS,
    freshForbidden: ZH_HELDOUT3_FORBIDDEN,
    earlier: [
      { name: 'dev/heldout', bank: ZH_ELEMENTS, forbidden: ZH_FORBIDDEN },
      { name: 'heldout2', bank: ZH_HELDOUT2_ELEMENTS, forbidden: ZH_HELDOUT2_FORBIDDEN },
    ],
  },
  {
    lang: 'en',
    fresh: EN_HELDOUT3_ELEMENTS,
    freshForbidden: EN_HELDOUT3_FORBIDDEN,
    earlier: [
      { name: 'dev/heldout', bank: EN_ELEMENTS, forbidden: EN_FORBIDDEN },
      { name: 'heldout2', bank: EN_HELDOUT2_ELEMENTS, forbidden: EN_HELDOUT2_FORBIDDEN },
    ],
  },
] as const satisfies readonly { lang: string; fresh: ElementBank; freshForbidden: Forbidden; earlier: readonly { name: string; bank: ElementBank; forbidden: Forbidden }[] }[];

/** Case, whitespace and punctuation (ASCII and full-width) removed: "Hello, hello!" and "hello hello" are one wording. */
const normalised = (text: string) => text.toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');

const allWordings = (bank: ElementBank, forbidden: Forbidden) => [
  ...Object.values(bank).flat(),
  ...Object.values(forbidden).flatMap(({ said, polite }) => [...said, ...polite]),
];

describe('the heldout3 banks (elements-heldout3-*.ts)', () => {
  it('hold at least 20 distinct wordings of every element in each language', () => {
    for (const { lang, fresh, earlier } of LANGUAGES) {
      expect(Object.keys(fresh).sort(), lang).toEqual(Object.keys(earlier[0].bank).sort());
      for (const [el, wordings] of Object.entries(fresh) as [ElementId, string[]][]) {
        expect(new Set(wordings.map(normalised)).size, `${lang}/${el}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('hold at least 15 said and 15 polite sentences of every forbidden category in each language', () => {
    for (const { lang, freshForbidden, earlier } of LANGUAGES) {
      expect(Object.keys(freshForbidden).sort(), lang).toEqual(Object.keys(earlier[0].forbidden).sort());
      for (const [cat, { said, polite }] of Object.entries(freshForbidden)) {
        expect(new Set(said.map(normalised)).size, `${lang}/${cat}/said`).toBeGreaterThanOrEqual(15);
        expect(new Set(polite.map(normalised)).size, `${lang}/${cat}/polite`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it('share no wording with the dev/heldout or heldout2 banks, once case, whitespace and punctuation are removed', () => {
    for (const { lang, fresh, freshForbidden, earlier } of LANGUAGES) {
      for (const { name, bank, forbidden } of earlier) {
        const seen = new Set(allWordings(bank, forbidden).map(normalised));
        const shared = allWordings(fresh, freshForbidden).filter((w) => seen.has(normalised(w)));
        expect(shared, `${lang} vs ${name}`).toEqual([]);
      }
    }
  });

  it('say no sentence twice across elements and categories (one wording, one meaning)', () => {
    for (const { lang, fresh, freshForbidden } of LANGUAGES) {
      const all = allWordings(fresh, freshForbidden).map(normalised);
      expect(all.filter((w, i) => all.indexOf(w) !== i), lang).toEqual([]);
    }
  });

  it('fill the placeholders the generator knows: {surname} in every self-introduction, {brand} in every brand wording, nothing else', () => {
    for (const { lang, fresh, freshForbidden } of LANGUAGES) {
      for (const w of fresh.selfIntro) expect(w, `${lang}/selfIntro`).toContain('{surname}');
      for (const w of fresh.brand) expect(w, `${lang}/brand`).toContain('{brand}');
      for (const w of allWordings(fresh, freshForbidden)) expect(w.replaceAll('{surname}', '').replaceAll('{brand}', ''), lang).not.toMatch(/[{}]/);
    }
  });

  it('are drawn whole for heldout3, while dev and heldout still split the tuned-on banks', () => {
    expect(wordingsIn('en', 'holdRequest', EN_HELDOUT3_ELEMENTS.holdRequest, 'heldout3')).toEqual(EN_HELDOUT3_ELEMENTS.holdRequest);
    const dev = wordingsIn('en', 'holdRequest', EN_ELEMENTS.holdRequest, 'dev');
    expect(dev.length).toBeGreaterThan(0);
    expect(dev.length).toBeLessThan(EN_ELEMENTS.holdRequest.length);
  });
});

describe('the heldout3 set (fixtures/paraphrase/paraphrase-set-heldout3.json)', () => {
  it('is byte for byte what make-paraphrase-set.ts --split heldout3 writes, every time', () => {
    // The CLI writes JSON.stringify(set) and a newline.
    expect(`${JSON.stringify(makeParaphraseSet(DEFAULT_HELDOUT3))}\n`).toBe(committedText);
    expect(`${JSON.stringify(makeParaphraseSet(DEFAULT_HELDOUT3))}\n`).toBe(committedText);
  });

  it('has as many calls per language as the heldout split, all of them heldout3', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(committed.calls.filter((c) => c.language === lang && c.split === 'heldout3')).toHaveLength(DEFAULT_PARAPHRASE.perSplit);
    }
    expect(committed.calls.every((c) => c.split === 'heldout3')).toBe(true);
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
      expect(kinds((c) => c.scenario.noise), lang).toEqual(new Set(['clean', 'light', 'medium']));
      expect(kinds((c) => c.labels.forbiddenCategory ?? ''), lang).toEqual(new Set(['', 'brush_off', 'blame', 'rude', 'promise']));
    }
  });

  it('speaks only heldout3 forbidden sentences: each forbidden line of a call is one of the heldout3 said or polite sentences', () => {
    for (const { lang, freshForbidden } of LANGUAGES) {
      const fresh = Object.values(freshForbidden).flatMap(({ said, polite }) => [...said, ...polite]).map(normalised);
      const forbiddenLines = committed.calls
        .filter((c) => c.language === lang && c.scenario.forbidden !== 'none')
        .map((c) => c.spoken.map(normalised).find((line) => fresh.some((f) => line.endsWith(f))));
      expect(forbiddenLines.length, lang).toBeGreaterThan(0);
      expect(forbiddenLines.filter((l) => l === undefined), lang).toEqual([]);
    }
  });

  it('opens each greeting-ok call with a heldout3 self-introduction carrying the agent surname', () => {
    // The greeting line is the first agent line before noise; its self-introduction is one of the heldout3 wordings.
    for (const { lang, fresh } of LANGUAGES) {
      const calls = committed.calls.filter((c) => c.language === lang && c.scenario.greeting === 'ok' && c.scenario.closing !== 'greeting_only_short');
      expect(calls.length, lang).toBeGreaterThan(20);
      for (const c of calls) {
        const surname = committed.agents.find((a) => a.agentId === c.agentId)!.surname;
        const line = normalised(c.spoken[0]);
        expect(fresh.selfIntro.some((w) => line.includes(normalised(w.replaceAll('{surname}', surname)))), `${c.callId}: ${c.spoken[0]}`).toBe(true);
      }
    }
  });
});
