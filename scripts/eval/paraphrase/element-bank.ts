/**
 * The shape of a bank of element wordings, and the fixed split of each wording into `dev`
 * (may be looked at and tuned on) or `heldout` (only evaluated at the end). The split is by
 * wording, not by call, so a held-out call uses wordings the phrase lists were never tuned on.
 */
import { createHash } from 'node:crypto';

export type ElementId =
  | 'salutation' | 'brand' | 'selfIntro' | 'offer'
  | 'closingOffer' | 'thanksForCalling' | 'goodbye'
  | 'holdRequest' | 'holdThanks' | 'apology';

export type ElementBank = Record<ElementId, string[]>;

/** Forbidden sentences by category: violations (`said`) and polite hard negatives sharing their words. */
export type ForbiddenBank = Record<string, { said: string[]; polite: string[] }>;

/** Salt of the split hash; changing it reshuffles the split (then dev results must be re-earned). */
export const SPLIT_SALT = 'callqa-paraphrase-split-1';

/** dev or heldout for one wording: SHA-256(salt, language, element, text), about half each. */
export function splitOf(language: string, element: string, text: string): 'dev' | 'heldout' {
  const h = createHash('sha256').update(`${SPLIT_SALT}\u0000${language}\u0000${element}\u0000${text}`).digest();
  return h[0] < 128 ? 'dev' : 'heldout';
}
