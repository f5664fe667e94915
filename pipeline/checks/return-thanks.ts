/**
 * A plain thank-you on the agent's return from a hold. The customer has said nothing since the
 * hold began, so a clause that is only 「谢谢」, 「多谢您」 or "thank you" in the agent's first turn
 * back can only thank them for waiting — however unlike a scripted thank-you for holding it is
 * ("You stayed on the line, thank you", 「出来了，谢谢，那个…」; I16 round, heldout24's misses read by
 * cause). Only a clause of its own counts: "thank you for calling" is a closing, not this.
 */
import type { TranscriptSegment } from '../types.ts';
import { CLAUSE_BREAK, withoutFillerCommas } from './match/clause.ts';
import { substitutionCost } from './match/cost.ts';
import { IGNORED_UNIT_KEYS } from './match/discourse.ts';
import type { Unit } from './match/unit.ts';
import { dropFillers, toUnits } from './match/units.ts';

/** A thank-you clause found, with where it was said (seconds, estimated over the turn by characters). */
export interface ReturnThanks {
  quote: string;
  matched: string;
  atS: number;
  endS: number;
}

const unitsOf = (text: string): Unit[] => dropFillers(toUnits(text), IGNORED_UNIT_KEYS as string[][]);

/**
 * True when the clause says the word, unit for unit, at no cost to the matcher (cost.ts): the same character or word,
 * or a Han character that sounds the same (toneless pinyin) — ASR writes 「谢泄您」「写谢您」 for 谢谢您 (I34, heldout42's
 * false alarms: three calls).
 */
function saysWord(clause: readonly Unit[], word: readonly Unit[]): boolean {
  return clause.length === word.length && clause.every((u, k) => substitutionCost(word[k], u) === 0);
}

/**
 * The first clause of the agent's first turn starting in [fromS, toS] that says one of `words` and
 * nothing else (fillers and intensifiers aside), or null.
 */
export function plainThanksOnReturn(segments: readonly TranscriptSegment[], fromS: number, toS: number, words: readonly string[]): ReturnThanks | null {
  if (words.length === 0) return null;
  const wanted = words.map((w) => ({ w, units: unitsOf(w) }));
  const turn = segments.find((s) => s.speaker === 'agent' && s.start >= fromS && s.start <= toS && s.text.trim() !== '');
  if (!turn) return null;
  // Between two Han characters a space is a pause, so a break too (「嗯 谢谢  动物园 票 有」, I30): Mandarin is written
  // without spaces, and ASR puts one only where the speaker paused. Replaced one for one, so offsets keep their place.
  const text = withoutFillerCommas(turn.text).replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, (gap) => '，'.repeat(gap.length));
  const perCharS = Math.max(0, turn.end - turn.start) / Math.max(1, text.length);
  let from = 0;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const said = unitsOf(clause);
    const matched = said.length > 0 ? wanted.find((x) => saysWord(said, x.units))?.w : undefined;
    if (matched !== undefined) {
      return { quote: clause.trim(), matched, atS: turn.start + from * perCharS, endS: turn.start + (from + clause.length) * perCharS };
    }
    from += clause.length + 1;
  }
  return null;
}
