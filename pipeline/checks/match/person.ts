/**
 * The person rule, beside the polarity rule (polarity.ts) for the forbidden-phrase check: a phrase
 * that says "you" must not be matched where the agent said "I" or "we" in its place. The aligner
 * prices "your" against "our" as one letter of ASR damage, so "that's our fault" — an apology — came
 * out as the blame "that's your fault" at similarity 0.83, and 「是我的问题」 is two units from
 * 「是你的问题」 (I5 round: three polite English calls of heldout13 flagged that way).
 *
 * Read through the alignment: a second-person unit of the phrase aligned to a first-person word
 * said is a different statement, not a slip. A second-person unit left out, or garbled into a word
 * that is no pronoun, keeps the phrase's reading (ASR drops and damages "you" like any word).
 */
import type { Alignment } from './align.ts';
import type { PhraseVariant } from './phrase.ts';
import type { SpokenStream } from './stream.ts';

/** Unit keys (lower case, apostrophes removed: "you're" is "youre") that address the listener. */
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'youre', 'youve', 'youll', 'youd', 'ya', 'u', '你', '您']);

/**
 * Unit keys that speak of the speaker or the center. Not the contractions that are also words once
 * their apostrophe is gone: "were" (we're), "well" (we'll), "ill" (I'll), "id" (I'd).
 */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'im', 'ive', 'weve', '我', '咱']);

/** True unless a "you" of the phrase was aligned to an "I" / "we" said. */
export function personAgrees(stream: SpokenStream, variant: PhraseVariant, a: Alignment): boolean {
  for (let k = 0; k < variant.units.length; k++) {
    const t = a.alignedTo[k];
    if (t >= 0 && SECOND_PERSON.has(variant.units[k].key) && FIRST_PERSON.has(stream.units[t].key)) return false;
  }
  return true;
}
