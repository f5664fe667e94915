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
/**
 * `heldout2` is not a hash split: its wordings are a bank of their own (elements-heldout2-*.ts),
 * written after `heldout` had been evaluated five times, and evaluated once, at the end.
 * `heldout3` is the same again (elements-heldout3-*.ts), written while heldout2 was being tuned on,
 * `heldout4` (elements-heldout4-*.ts), written blind while heldout3 was being tuned on, and
 * `heldout5` (elements-heldout5-*.ts, larger), written blind while heldout4 was being tuned on, and
 * `heldout6` (elements-heldout6-*.ts, as large as heldout5), written blind while heldout5 was being
 * tuned on, and `heldout7` (elements-heldout7-*.ts, as large as heldout6), written blind while
 * heldout6 was being tuned on, and `heldout8` (elements-heldout8-*.ts, as large as heldout7), written
 * blind while heldout7 was being tuned on; each was evaluated once and is tuning data since.
 * `heldout9` (elements-heldout9-*.ts, as large as heldout8), written blind while heldout8 was being
 * tuned on, is the untouched split.
 */
export type Split = 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9';

/** Splits whose banks are their own as a whole (no hash split): every wording of the bank belongs to it. */
export const WHOLE_BANK_SPLITS: readonly Split[] = ['heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9'];

/** Salt of the split hash; changing it reshuffles the split (then dev results must be re-earned). */
export const SPLIT_SALT = 'callqa-paraphrase-split-1';

/** dev or heldout for one wording: SHA-256(salt, language, element, text), about half each. */
export function splitOf(language: string, element: string, text: string): 'dev' | 'heldout' {
  const h = createHash('sha256').update(`${SPLIT_SALT}\u0000${language}\u0000${element}\u0000${text}`).digest();
  return h[0] < 128 ? 'dev' : 'heldout';
}

/** The wordings of one element that belong to a split (never empty: a bank has ≥ 20 per element). */
export function wordingsIn(language: string, element: string, all: string[], split: Split): string[] {
  // A heldout2 to heldout9 bank belongs to its split as a whole: every one of its wordings is in it.
  const mine = WHOLE_BANK_SPLITS.includes(split) ? all : all.filter((t) => splitOf(language, element, t) === split);
  if (mine.length === 0) throw new Error(`${language}/${element}: no wording falls in ${split}`);
  return mine;
}
