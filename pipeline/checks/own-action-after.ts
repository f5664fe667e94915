/**
 * A brush-off or a reproach the agent follows at once by taking the matter on is taken back: "That's another team,
 * I'll connect you and stay on the line", 「这个我这边办不了，我帮您找能办的同事」, "You missed the delivery, no
 * problem, I'll rebook it". I90 round (heldout98's false alarms read by cause), after some forty rounds of
 * listing such take-backs one wording at a time (a category's `takenBackBy`): the next writer always took the matter
 * on in words nobody had listed. Over the spent splits' banks, a clause that opens with the agent's own action
 * ("I'll …", "let me …", 「我帮…」, 「我给…」, counted with a pattern a little broader than the cards' openers) follows
 * the first clause of 1,481 polite brush-off and 1,581 polite blame lines in English (911 and 1,191 in Mandarin), and
 * of one said brush-off line in English and none in Mandarin. I140 (heldout151's and heldout153's false alarms: "It's not
 * rocket science, and I'll walk you through it"): the cards take rude remarks back the same way — such a clause follows
 * 1,210 polite rude lines and three said ones in English, 648 and none in Mandarin.
 *
 * The opener must open the clause right after the one the hit starts in (or the one after that, when the clause
 * between is a short reassurance: "no problem", 「没关系」), and must not be negated: "I can't", 「我帮不了」 and
 * 「我给不了答复」 take nothing back. A category lists its own openers (`takenBackByOwnAction`).
 */
import type { TranscriptSegment } from '../types.ts';
import { splitAt, splitAtBreaks } from '../../models/acts/clauses.ts';
import { unitCount } from './act-signal.ts';
import { WHOLE_FILLER_RUN, withoutFillers } from './match/clause.ts';
import { soundsAlike } from './match/pinyin.ts';

/**
 * Words that link the piece to the one before without changing what it says: "but I'll …", 「不过我帮您…」, and the spoken
 * 可 / 可是 (but: 「这事儿不归我管，可我帮您找着人」, I141, heldout154's false alarm; three polite lines of the spent splits say 可我帮).
 */
const LINKERS = /^(?:(?:but|so|and|then|or|though|anyway|instead)\b\s*|(?:但是|但|不过|那么|那|所以|然后|或者|可是|可)\s*)+/iu;

/** A negation right after the opener (curly apostrophes are made straight first): "I can not", "I'll never", "I can't", 「我帮不了」. */
const NEGATED_AFTER = /^(?:\s*(?:not|never|no longer)\b|'?t\b|n't\b|[不没别])/iu;

/**
 * A contrast said with no comma before it — "not my job normally but I'm happy to sort it", 「这个不归我管但是我帮您问」:
 * ASR and writers often drop the comma, and the piece after the "but" is then the agent's action all the same (I115,
 * heldout124's false alarm). Only "but" and the two-character 但是 / 不过: a lone 但 is also 蛋 and 担 by sound.
 */
const UNPUNCTUATED_CONTRAST = /\s+(?=but\s)|(?<=[\u4e00-\u9fff])(?=但是|不过)/giu;

/** A piece this short between the hit and the action is a reassurance or an aside ("no problem", 「没事」). */
const ASIDE_MAX_UNITS = 3;

/**
 * A piece that ends with a filler ("Not uh, my area": ASR wrote a comma after the filler, and that comma is no break): the
 * hit's clause goes on in the next piece (I128, heldout139's false alarms: "Not uh, my area, mate, but I'll chase the right
 * people"). Only the hit's own piece is read so: after it, a short aside that ends with a filler ("this uh, and I'll ring
 * them") is still an aside.
 */
const ENDS_WITH_FILLER = new RegExp(`${WHOLE_FILLER_RUN}$`, 'iu');
const ANY_FILLER_RUN = new RegExp(WHOLE_FILLER_RUN, 'giu');

/**
 * True when the piece of the turn right after the one the hit starts in, or the one after a short aside, opens with
 * one of `openers` (compared case-insensitively, fillers and linking words skipped) and is not negated. `turn` is the
 * agent turn the hit was said in; pieces are cut at every comma and stop (splitAtBreaks: "but …" is a piece of its own)
 * and placed in time by characters, as the act model's clauses are.
 */
export function isTakenBackByOwnAction(hitAtS: number, turn: TranscriptSegment, openers: readonly string[]): boolean {
  if (openers.length === 0) return false;
  const len = Math.max(1, turn.text.length);
  const span = Math.max(0, turn.end - turn.start);
  const pieces = splitAtBreaks(turn.text).flatMap((p) => splitAt(p.text, UNPUNCTUATED_CONTRAST, p.from));
  const start = pieces.findIndex((p) => hitAtS < turn.start + (p.to / len) * span);
  if (start < 0) return false;
  let end = start;
  while (end + 1 < pieces.length && ENDS_WITH_FILLER.test(pieces[end].text)) end++;
  // A piece of linking words and fillers alone (「不过，呃，我转过去…」: ASR put a comma after each) is no piece (I154).
  const spoken = pieces.slice(end + 1).filter((p) => !isLinkOnly(p.text));
  for (const next of spoken.slice(0, 2)) {
    if (opensWithOwnAction(next.text, openers)) return true;
    if (unitCount(next.text) > ASIDE_MAX_UNITS) return false;
  }
  return false;
}

/** Whether `text` is linking words and fillers alone ("but", 「不过」, 「呃」). */
function isLinkOnly(text: string): boolean {
  return text.replace(ANY_FILLER_RUN, ' ').trim().toLowerCase().replace(LINKERS, '').replace(/[\p{P}\s]/gu, '') === '';
}

/** Whether `text` opens with an opener that no negation follows. */
export function opensWithOwnAction(text: string, openers: readonly string[]): boolean {
  const said = withoutFillers(text).trim().toLowerCase().replace(/’/g, "'").replace(LINKERS, '');
  return openers.some((o) => {
    const opener = o.toLowerCase().replace(/’/g, "'");
    if (!startsWithBySound(said, opener)) return false;
    const rest = said.slice(opener.length);
    // A Latin opener ends at a word boundary ("I can" is not the start of "I cannot" or "I candidly").
    if (/[a-z]$/.test(opener) && /^[a-z]/.test(rest)) return false;
    return !NEGATED_AFTER.test(rest);
  });
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether `said` starts with `opener`. A Han opener of three characters or more may have one character heard by sound
 * (any shared toneless reading): ASR writes 「卧帮您」 and 「我绑您」 for 我帮您 (I149, heldout162's false alarms: 「我不管
 * 退款，但卧帮您提交申请」, 「网站我管不了，我绑您报修」). Not the two-character openers: 我请 by sound is 「我清楚」 and 「我情…」,
 * 我查 is 「我咋知道」 (咋 reads zha too), and those took back said brush-offs on four spent splits. Latin letters match as written.
 */
function startsWithBySound(said: string, opener: string): boolean {
  if (said.startsWith(opener)) return true;
  if (opener.length < 3 || said.length < opener.length) return false;
  let heardBySound = 0;
  for (let i = 0; i < opener.length; i++) {
    const o = opener[i];
    const s = said[i];
    if (o === s) continue;
    if (!HAN.test(o) || !HAN.test(s) || ++heardBySound > 1 || !soundsAlike(o, s)) return false;
  }
  return true;
}
