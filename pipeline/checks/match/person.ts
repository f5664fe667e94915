/**
 * The person rule, beside the polarity rule (polarity.ts) for the forbidden-phrase check: a phrase
 * that says "you" must not be matched where the agent said "I" or "we" in its place, nor one that says "I" or "we"
 * where the agent said "you". The aligner
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

/**
 * True unless a "you" of the phrase was aligned to an "I" / "we" said, or an "I" / "we" of the phrase to a "you" said.
 * The second half is for hard negatives (I42, heldout50's misses): the exception 「我没说清楚」 (the agent's own
 * unclear words) excused the blame 「你没说清楚」 said, one unit away.
 */
export function personAgrees(stream: SpokenStream, variant: PhraseVariant, a: Alignment): boolean {
  for (let k = 0; k < variant.units.length; k++) {
    const t = a.alignedTo[k];
    if (t < 0) continue;
    const listed = variant.units[k].key;
    const said = stream.units[t].key;
    if ((SECOND_PERSON.has(listed) && FIRST_PERSON.has(said)) || (FIRST_PERSON.has(listed) && SECOND_PERSON.has(said))) return false;
  }
  return true;
}
