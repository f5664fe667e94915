/**
 * How the matcher uses the words it ignores (pipeline/scorecard/ignored-words.ts: fillers and intensifiers): in what the
 * agent said and in the scorecard's phrases alike. Without this, 「啊，请您稍等」 or "I sincerely apologize" cost extra
 * units inside a short phrase and fall under the threshold. A scorecard's own `matching.fillers` come on top of these
 * (applied to speech only, as before).
 */
import { DISCOURSE_FILLERS, INTENSIFIERS } from '../../scorecard/index.ts';
import { unitKeys } from './units.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ONE_FILLER = `(?:${[...DISCOURSE_FILLERS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;

/**
 * RegExp source for a filler or a run of them said together — 「嗯嗯」「呃那个」 "um uh" — which ASR
 * writes before a comma as readily as one (I50, heldout58's misses: 「嗯嗯，而歉，…」 left 「嗯嗯」 a
 * clause of its own, so the apology after it no longer opened the turn).
 */
export const FILLER_RUN = `${ONE_FILLER}(?:\\s*${ONE_FILLER})*`;

/** `words` as unit-key sequences, longest first so 「就是说」 goes before 「就是」. */
function longestFirstUnitKeys(words: readonly string[]): string[][] {
  return words
    .map(unitKeys)
    .filter((k) => k.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** The fillers alone (what a clause's length leaves out). */
export const FILLER_UNIT_KEYS: readonly string[][] = longestFirstUnitKeys(DISCOURSE_FILLERS);

/** Every ignored word: fillers and intensifiers. */
export const IGNORED_UNIT_KEYS: readonly string[][] = longestFirstUnitKeys([...DISCOURSE_FILLERS, ...INTENSIFIERS]);
