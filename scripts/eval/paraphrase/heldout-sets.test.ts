/**
 * The shape of the held-out paraphrase sets (fixtures/paraphrase/paraphrase-set-heldout{2,3,4,5,6,7,8,9}.json),
 * checked the same way for each: enough wordings, every scenario, nothing shared with any earlier
 * bank (each was written after the ones before it were tuned on), and a file that is exactly what
 * its generator makes. It runs no check on any set. heldout2 (evaluated once on 2026-12-02),
 * heldout3 (evaluated once at the end of stop 18), heldout4 (evaluated once after the H3 round),
 * heldout5, heldout6, heldout7 and heldout8 (each evaluated once on 2026-12-02) are tuning data
 * since; heldout9 is the untouched split, evaluated once by the lead, and eval-paraphrase.ts refuses
 * to list its misses (and no longer refuses heldout4's to heldout8's).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wordingsIn, type ElementBank, type ElementId, type Split } from './element-bank.ts';
import { EN_ELEMENTS, EN_FORBIDDEN } from './elements-en.ts';
import { EN_HELDOUT2_ELEMENTS, EN_HELDOUT2_FORBIDDEN } from './elements-heldout2-en.ts';
import { ZH_HELDOUT2_ELEMENTS, ZH_HELDOUT2_FORBIDDEN } from './elements-heldout2-zh.ts';
import { EN_HELDOUT3_ELEMENTS, EN_HELDOUT3_FORBIDDEN } from './elements-heldout3-en.ts';
import { ZH_HELDOUT3_ELEMENTS, ZH_HELDOUT3_FORBIDDEN } from './elements-heldout3-zh.ts';
import { EN_HELDOUT4_ELEMENTS, EN_HELDOUT4_FORBIDDEN } from './elements-heldout4-en.ts';
import { ZH_HELDOUT4_ELEMENTS, ZH_HELDOUT4_FORBIDDEN } from './elements-heldout4-zh.ts';
import { EN_HELDOUT5_ELEMENTS, EN_HELDOUT5_FORBIDDEN } from './elements-heldout5-en.ts';
import { ZH_HELDOUT5_ELEMENTS, ZH_HELDOUT5_FORBIDDEN } from './elements-heldout5-zh.ts';
import { EN_HELDOUT6_ELEMENTS, EN_HELDOUT6_FORBIDDEN } from './elements-heldout6-en.ts';
import { ZH_HELDOUT6_ELEMENTS, ZH_HELDOUT6_FORBIDDEN } from './elements-heldout6-zh.ts';
import { EN_HELDOUT7_ELEMENTS, EN_HELDOUT7_FORBIDDEN } from './elements-heldout7-en.ts';
import { ZH_HELDOUT7_ELEMENTS, ZH_HELDOUT7_FORBIDDEN } from './elements-heldout7-zh.ts';
import { EN_HELDOUT8_ELEMENTS, EN_HELDOUT8_FORBIDDEN } from './elements-heldout8-en.ts';
import { ZH_HELDOUT8_ELEMENTS, ZH_HELDOUT8_FORBIDDEN } from './elements-heldout8-zh.ts';
import { EN_HELDOUT9_ELEMENTS, EN_HELDOUT9_FORBIDDEN } from './elements-heldout9-en.ts';
import { ZH_HELDOUT9_ELEMENTS, ZH_HELDOUT9_FORBIDDEN } from './elements-heldout9-zh.ts';
import { ZH_ELEMENTS, ZH_FORBIDDEN } from './elements-zh.ts';
import {
  DEFAULT_HELDOUT2,
  DEFAULT_HELDOUT3,
  DEFAULT_HELDOUT4,
  DEFAULT_HELDOUT5,
  DEFAULT_HELDOUT6,
  DEFAULT_HELDOUT7,
  DEFAULT_HELDOUT8,
  DEFAULT_HELDOUT9,
  DEFAULT_PARAPHRASE,
  makeParaphraseSet,
  PARAPHRASE_HELDOUT2_FILE,
  PARAPHRASE_HELDOUT3_FILE,
  PARAPHRASE_HELDOUT4_FILE,
  PARAPHRASE_HELDOUT5_FILE,
  PARAPHRASE_HELDOUT6_FILE,
  PARAPHRASE_HELDOUT7_FILE,
  PARAPHRASE_HELDOUT8_FILE,
  PARAPHRASE_HELDOUT9_FILE,
  type ParaphraseSet,
} from './make-paraphrase-set.ts';

type Forbidden = Record<string, { said: string[]; polite: string[] }>;
interface Bank {
  name: string;
  elements: Record<'zh' | 'en', ElementBank>;
  forbidden: Record<'zh' | 'en', Forbidden>;
}

const DEV_HELDOUT: Bank = { name: 'dev/heldout', elements: { zh: ZH_ELEMENTS, en: EN_ELEMENTS }, forbidden: { zh: ZH_FORBIDDEN, en: EN_FORBIDDEN } };
const HELDOUT2: Bank = { name: 'heldout2', elements: { zh: ZH_HELDOUT2_ELEMENTS, en: EN_HELDOUT2_ELEMENTS }, forbidden: { zh: ZH_HELDOUT2_FORBIDDEN, en: EN_HELDOUT2_FORBIDDEN } };
const HELDOUT3: Bank = { name: 'heldout3', elements: { zh: ZH_HELDOUT3_ELEMENTS, en: EN_HELDOUT3_ELEMENTS }, forbidden: { zh: ZH_HELDOUT3_FORBIDDEN, en: EN_HELDOUT3_FORBIDDEN } };
const HELDOUT4: Bank = { name: 'heldout4', elements: { zh: ZH_HELDOUT4_ELEMENTS, en: EN_HELDOUT4_ELEMENTS }, forbidden: { zh: ZH_HELDOUT4_FORBIDDEN, en: EN_HELDOUT4_FORBIDDEN } };
const HELDOUT5: Bank = { name: 'heldout5', elements: { zh: ZH_HELDOUT5_ELEMENTS, en: EN_HELDOUT5_ELEMENTS }, forbidden: { zh: ZH_HELDOUT5_FORBIDDEN, en: EN_HELDOUT5_FORBIDDEN } };
const HELDOUT6: Bank = { name: 'heldout6', elements: { zh: ZH_HELDOUT6_ELEMENTS, en: EN_HELDOUT6_ELEMENTS }, forbidden: { zh: ZH_HELDOUT6_FORBIDDEN, en: EN_HELDOUT6_FORBIDDEN } };
const HELDOUT7: Bank = { name: 'heldout7', elements: { zh: ZH_HELDOUT7_ELEMENTS, en: EN_HELDOUT7_ELEMENTS }, forbidden: { zh: ZH_HELDOUT7_FORBIDDEN, en: EN_HELDOUT7_FORBIDDEN } };
const HELDOUT8: Bank = { name: 'heldout8', elements: { zh: ZH_HELDOUT8_ELEMENTS, en: EN_HELDOUT8_ELEMENTS }, forbidden: { zh: ZH_HELDOUT8_FORBIDDEN, en: EN_HELDOUT8_FORBIDDEN } };
const HELDOUT9: Bank = { name: 'heldout9', elements: { zh: ZH_HELDOUT9_ELEMENTS, en: EN_HELDOUT9_ELEMENTS }, forbidden: { zh: ZH_HELDOUT9_FORBIDDEN, en: EN_HELDOUT9_FORBIDDEN } };

/** Calls per language of the heldout split (dev/heldout set), the size heldout2 to heldout4 were made at. */
const HELDOUT_CALLS = DEFAULT_PARAPHRASE.perSplit;

/**
 * Each held-out split, the banks written before it, the least number of distinct wordings its
 * bank must hold (20 per element and 15 said / 15 polite per forbidden category when heldout2 and
 * heldout3 were written, 24 and 18 / 18 asked of heldout4, 36 and 24 / 24 of heldout5 to heldout9)
 * and its calls per language: as many as the heldout split, and twice as many for heldout5 to
 * heldout9, since one call of heldout4 had moved a figure by 3-5 points.
 */
const SPLITS = [
  { split: 'heldout2', bank: HELDOUT2, earlier: [DEV_HELDOUT], defaults: DEFAULT_HELDOUT2, file: PARAPHRASE_HELDOUT2_FILE, minPerElement: 20, minPerCategory: 15, callsPerLanguage: HELDOUT_CALLS },
  { split: 'heldout3', bank: HELDOUT3, earlier: [DEV_HELDOUT, HELDOUT2], defaults: DEFAULT_HELDOUT3, file: PARAPHRASE_HELDOUT3_FILE, minPerElement: 20, minPerCategory: 15, callsPerLanguage: HELDOUT_CALLS },
  {
    split: 'heldout4',
    bank: HELDOUT4,
    earlier: [DEV_HELDOUT, HELDOUT2, HELDOUT3],
    defaults: DEFAULT_HELDOUT4,
    file: PARAPHRASE_HELDOUT4_FILE,
    minPerElement: 24,
    minPerCategory: 18,
    callsPerLanguage: HELDOUT_CALLS,
  },
  {
    split: 'heldout5',
    bank: HELDOUT5,
    earlier: [DEV_HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4],
    defaults: DEFAULT_HELDOUT5,
    file: PARAPHRASE_HELDOUT5_FILE,
    minPerElement: 36,
    minPerCategory: 24,
    callsPerLanguage: 2 * HELDOUT_CALLS,
  },
  {
    split: 'heldout6',
    bank: HELDOUT6,
    earlier: [DEV_HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5],
    defaults: DEFAULT_HELDOUT6,
    file: PARAPHRASE_HELDOUT6_FILE,
    minPerElement: 36,
    minPerCategory: 24,
    callsPerLanguage: 2 * HELDOUT_CALLS,
  },
  {
    split: 'heldout7',
    bank: HELDOUT7,
    earlier: [DEV_HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6],
    defaults: DEFAULT_HELDOUT7,
    file: PARAPHRASE_HELDOUT7_FILE,
    minPerElement: 36,
    minPerCategory: 24,
    callsPerLanguage: 2 * HELDOUT_CALLS,
  },
  {
    split: 'heldout8',
    bank: HELDOUT8,
    earlier: [DEV_HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7],
    defaults: DEFAULT_HELDOUT8,
    file: PARAPHRASE_HELDOUT8_FILE,
    minPerElement: 36,
    minPerCategory: 24,
    callsPerLanguage: 2 * HELDOUT_CALLS,
  },
  {
    split: 'heldout9',
    bank: HELDOUT9,
    earlier: [DEV_HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8],
    defaults: DEFAULT_HELDOUT9,
    file: PARAPHRASE_HELDOUT9_FILE,
    minPerElement: 36,
    minPerCategory: 24,
    callsPerLanguage: 2 * HELDOUT_CALLS,
  },
] as const satisfies readonly {
  split: Split;
  bank: Bank;
  earlier: readonly Bank[];
  defaults: Parameters<typeof makeParaphraseSet>[0];
  file: string;
  minPerElement: number;
  minPerCategory: number;
  callsPerLanguage: number;
}[];

const LANGUAGES = ['zh', 'en'] as const;

/** Case, whitespace and punctuation (ASCII and full-width) removed: "Hello, hello!" and "hello hello" are one wording. */
const normalised = (text: string) => text.toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');

const forbiddenSentences = (forbidden: Forbidden) => Object.values(forbidden).flatMap(({ said, polite }) => [...said, ...polite]);
const allWordings = (bank: ElementBank, forbidden: Forbidden) => [...Object.values(bank).flat(), ...forbiddenSentences(forbidden)];

describe.each(SPLITS)('the $split banks', ({ split, bank, earlier, minPerElement, minPerCategory }) => {
  it(`hold at least ${minPerElement} distinct wordings of every element in each language`, () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(bank.elements[lang]).sort(), lang).toEqual(Object.keys(DEV_HELDOUT.elements[lang]).sort());
      for (const [el, wordings] of Object.entries(bank.elements[lang]) as [ElementId, string[]][]) {
        expect(new Set(wordings.map(normalised)).size, `${lang}/${el}`).toBeGreaterThanOrEqual(minPerElement);
      }
    }
  });

  it(`hold at least ${minPerCategory} said and ${minPerCategory} polite sentences of every forbidden category in each language`, () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(bank.forbidden[lang]).sort(), lang).toEqual(Object.keys(DEV_HELDOUT.forbidden[lang]).sort());
      for (const [cat, { said, polite }] of Object.entries(bank.forbidden[lang])) {
        expect(new Set(said.map(normalised)).size, `${lang}/${cat}/said`).toBeGreaterThanOrEqual(minPerCategory);
        expect(new Set(polite.map(normalised)).size, `${lang}/${cat}/polite`).toBeGreaterThanOrEqual(minPerCategory);
      }
    }
  });

  it(`share no wording with any earlier bank (${earlier.map((e) => e.name).join(', ')}), once case, whitespace and punctuation are removed`, () => {
    for (const lang of LANGUAGES) {
      for (const before of earlier) {
        const seen = new Set(allWordings(before.elements[lang], before.forbidden[lang]).map(normalised));
        const shared = allWordings(bank.elements[lang], bank.forbidden[lang]).filter((w) => seen.has(normalised(w)));
        expect(shared, `${lang} vs ${before.name}`).toEqual([]);
      }
    }
  });

  it('say no sentence twice across elements and categories (one wording, one meaning)', () => {
    for (const lang of LANGUAGES) {
      const all = allWordings(bank.elements[lang], bank.forbidden[lang]).map(normalised);
      expect(all.filter((w, i) => all.indexOf(w) !== i), lang).toEqual([]);
    }
  });

  it('fill the placeholders the generator knows: {surname} in every self-introduction, {brand} in every brand wording, nothing else', () => {
    for (const lang of LANGUAGES) {
      for (const w of bank.elements[lang].selfIntro) expect(w, `${lang}/selfIntro`).toContain('{surname}');
      for (const w of bank.elements[lang].brand) expect(w, `${lang}/brand`).toContain('{brand}');
      for (const w of allWordings(bank.elements[lang], bank.forbidden[lang])) expect(w.replaceAll('{surname}', '').replaceAll('{brand}', ''), lang).not.toMatch(/[{}]/);
    }
  });

  it(`are drawn whole for ${split}: every wording of every element belongs to the split`, () => {
    for (const lang of LANGUAGES) {
      for (const [el, wordings] of Object.entries(bank.elements[lang]) as [ElementId, string[]][]) {
        expect(wordingsIn(lang, el, wordings, split), `${lang}/${el}`).toEqual(wordings);
      }
    }
  });
});

describe('the tuned-on dev/heldout banks', () => {
  it('are still split by hash into dev and heldout, not drawn whole', () => {
    for (const [lang, el, wordings] of [['zh', 'goodbye', ZH_ELEMENTS.goodbye], ['en', 'holdRequest', EN_ELEMENTS.holdRequest]] as const) {
      const dev = wordingsIn(lang, el, wordings, 'dev');
      expect(dev.length, lang).toBeGreaterThan(0);
      expect(dev.length, lang).toBeLessThan(wordings.length);
    }
  });
});

describe.each(SPLITS)('the $split set, as committed in fixtures/paraphrase/', ({ split, bank, earlier, defaults, file, callsPerLanguage }) => {
  const committedText = readFileSync(file, 'utf8');
  const committed = JSON.parse(committedText) as ParaphraseSet;

  it(`is byte for byte what make-paraphrase-set.ts --split ${split} writes, every time`, () => {
    // The CLI writes JSON.stringify(set) and a newline.
    expect(`${JSON.stringify(makeParaphraseSet(defaults))}\n`).toBe(committedText);
    expect(`${JSON.stringify(makeParaphraseSet(defaults))}\n`).toBe(committedText);
  });

  it(`has ${callsPerLanguage} calls per language (${callsPerLanguage / HELDOUT_CALLS}x the heldout split), all of them ${split}`, () => {
    for (const lang of LANGUAGES) {
      expect(committed.calls.filter((c) => c.language === lang && c.split === split)).toHaveLength(callsPerLanguage);
    }
    expect(committed.calls.every((c) => c.split === split)).toBe(true);
    expect(new Set(committed.calls.map((c) => c.callId)).size).toBe(committed.calls.length);
  });

  it('holds every labelled violation and hard negative in each language', () => {
    for (const lang of LANGUAGES) {
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

  it(`speaks only ${split} forbidden sentences: each forbidden line of a call is one of its own said or polite sentences, none an earlier bank's`, () => {
    for (const lang of LANGUAGES) {
      const own = forbiddenSentences(bank.forbidden[lang]).map(normalised);
      const before = new Set(earlier.flatMap((e) => forbiddenSentences(e.forbidden[lang])).map(normalised));
      const forbiddenLines = committed.calls
        .filter((c) => c.language === lang && c.scenario.forbidden !== 'none')
        .map((c) => c.spoken.map(normalised).find((line) => own.some((f) => line.endsWith(f))));
      expect(forbiddenLines.length, lang).toBeGreaterThan(0);
      expect(forbiddenLines.filter((l) => l === undefined), lang).toEqual([]);
      expect(forbiddenLines.filter((l) => l !== undefined && before.has(l)), lang).toEqual([]);
    }
  });

  it(`opens each greeting-ok call with a ${split} self-introduction carrying the agent surname`, () => {
    // The greeting line is the first agent line before noise; its self-introduction is one of the split's wordings.
    for (const lang of LANGUAGES) {
      const calls = committed.calls.filter((c) => c.language === lang && c.scenario.greeting === 'ok' && c.scenario.closing !== 'greeting_only_short');
      expect(calls.length, lang).toBeGreaterThan(20);
      for (const c of calls) {
        const surname = committed.agents.find((a) => a.agentId === c.agentId)!.surname;
        const line = normalised(c.spoken[0]);
        expect(
          bank.elements[lang].selfIntro.some((w) => line.includes(normalised(w.replaceAll('{surname}', surname)))),
          `${c.callId}: ${c.spoken[0]}`,
        ).toBe(true);
      }
    }
  });
});

describe.each([
  { split: 'heldout5', file: PARAPHRASE_HELDOUT5_FILE, defaults: DEFAULT_HELDOUT5 },
  { split: 'heldout6', file: PARAPHRASE_HELDOUT6_FILE, defaults: DEFAULT_HELDOUT6 },
  { split: 'heldout7', file: PARAPHRASE_HELDOUT7_FILE, defaults: DEFAULT_HELDOUT7 },
  { split: 'heldout8', file: PARAPHRASE_HELDOUT8_FILE, defaults: DEFAULT_HELDOUT8 },
  { split: 'heldout9', file: PARAPHRASE_HELDOUT9_FILE, defaults: DEFAULT_HELDOUT9 },
])('the $split set, one of the five larger ones (heldout9 is the untouched split)', ({ file, defaults }) => {
  it('is the larger one asked for: 300 calls per language, 600 in all, with a seed of its own', () => {
    const set = JSON.parse(readFileSync(file, 'utf8')) as ParaphraseSet;
    expect(set.calls.filter((c) => c.language === 'zh')).toHaveLength(300);
    expect(set.calls.filter((c) => c.language === 'en')).toHaveLength(300);
    expect(set.calls).toHaveLength(600);
    expect(new Set([DEFAULT_PARAPHRASE.seed, ...SPLITS.map((s) => s.defaults.seed)]).size).toBe(SPLITS.length + 1);
    expect(set.seed).toBe(defaults.seed);
  });
});

describe('eval-paraphrase.ts --misses', () => {
  const script = fileURLToPath(new URL('./eval-paraphrase.ts', import.meta.url));
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });

  // A real child process (about 1 CPU-second): the refusal comes before any check runs, so no figure is printed either.
  // The set named is one that does not exist, so that even a broken refusal could not run a check on heldout9:
  // the assertion on the message tells a refusal from the missing-file failure.
  it('is refused on heldout9, the untouched split, before evaluating anything', () => {
    const refused = run(['--split', 'heldout9', '--misses', '--set', '/nonexistent/paraphrase-set-heldout9.json']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('--misses is refused on heldout9');
    expect(refused.stderr).not.toContain('ENOENT');
    expect(refused.stdout).toBe('');
  });

  // heldout4 to heldout8 are tuning data now. A set file that does not exist stops the run right after
  // the point where a refusal would come, so no check runs on anything: the failure is the missing file, not a refusal.
  it.each(['heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8'])('is no longer refused on %s, now tuning data', (split) => {
    const accepted = run(['--split', split, '--misses', '--set', `/nonexistent/paraphrase-set-${split}.json`]);
    expect(accepted.status).not.toBe(0);
    expect(accepted.stderr).toContain('ENOENT');
    expect(accepted.stderr).not.toContain('refused');
    expect(accepted.stdout).toBe('');
  });
});
