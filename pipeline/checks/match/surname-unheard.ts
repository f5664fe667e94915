/**
 * A naming frame heard with nothing in its slot: 「我姓，蚕场的」「免贵姓，做筝的」「我姓喔，博物馆导览这块」, "my name is how
 * can I help you".
 * ASR drops a one-syllable surname now and then, and what is left is the frame that asks for one, closing its
 * clause. The agent did introduce themselves; only the name is missing from the transcript. Failing the greeting
 * for it blames the agent for the recogniser (I76, heldout83's and heldout84's misses: a third of the Mandarin
 * greetings failed were a surname the transcript dropped).
 *
 * Only frames that cannot be said for anything but a name, as written (no sound match): a Mandarin one opening its
 * clause with nothing after it there but a sentence particle, an English one running into words no name is ("how
 * can I help") with no name in the next few words. A name heard in the slot, wrong or right, is the strict slot
 * check's to judge, and a frame that is not there (no self-introduction at all) is not invented. What cannot be
 * told apart: a WRONG surname the recogniser dropped passes as a right one would. So the element counts at low
 * confidence and its evidence says the name was not heard, and a coach listens (the audio at that moment is one
 * click away) instead of trusting a name nobody heard. A scorecard turns it on per element (`surnameUnheard`).
 */
import { quoteOf, type SpokenStream, type StreamUnit } from './stream.ts';
import { canBeSurname, isEnglishFunctionWord } from './common-surnames.ts';
import { CLOSING_PARTICLES } from './surname-clause.ts';
import { clauseStartsAt, oneClause } from './clause.ts';
import type { Unit } from './unit.ts';

/**
 * Words that ask for the speaker's own surname right after them. 叫 and 是 frames are left out: 「我是，呃，」 opens
 * a sentence about anything, and 「叫我，」 is cut short as often as it is said.
 */
const HAN_FRAMES: readonly string[] = ['我姓', '免贵姓', '敝姓', '鄙姓', '本人姓', '俺姓', '我这边姓', '我这儿姓'];

/**
 * The English frames, as unit keys ("my name's" is one unit, names). "This is" and "I'm" are left out: they introduce
 * the brand, the desk and the agent's mood as often as a name.
 */
const WORD_FRAMES: readonly string[][] = [['my', 'name', 'is'], ['my', 'names'], ['my', 'last', 'name', 'is'], ['my', 'surname', 'is'],
  // I83 (heldout91's misses): "surname's" with or without "my" ("Surname's how can I help"; 15 self-introductions of the spent splits say it).
  ['surnames']];

const NAMING_FRAMES: readonly string[][] = [...HAN_FRAMES.map((f) => [...f]), ...WORD_FRAMES];

/** A frame heard with its name slot empty, and the wording it is (「我姓」). */
export interface UnheardSurnameFrame extends SpokenStream {
  wording: string;
}

/**
 * The naming frames of `stream` (NAMING_FRAMES, as written) that close their clause with no name after them, in
 * the order said; `skip` holds units another element was heard in.
 */
export function unheardSurnameFrames(stream: SpokenStream, skip: ReadonlySet<Unit> = new Set()): UnheardSurnameFrame[] {
  const units = stream.units;
  const out: UnheardSurnameFrame[] = [];
  for (let end = 0; end < units.length; end++) {
    const frame = longestFrameEndingAt(units, end);
    if (!frame) continue;
    const from = end - frame.length + 1;
    const said = units.slice(from, end + 1);
    if (said.some((u) => skip.has(u)) || !oneClause(stream, from, end)) continue;
    const han = said[0].kind === 'han';
    // A Mandarin frame must open its clause, or the clause is something else that happens to end in 「我姓」.
    if (han ? !clauseStartsAt(stream, from) || !slotEmptyAfter(stream, end) : !wordSlotEmptyAfter(stream, end)) continue;
    out.push({ segments: stream.segments, units: said, wording: said.map((u, k) => (han ? u.key : quoteOf(stream, from + k, from + k))).join(han ? '' : ' ') });
  }
  return out;
}

function longestFrameEndingAt(units: readonly StreamUnit[], end: number): string[] | null {
  let best: string[] | null = null;
  for (const f of NAMING_FRAMES) {
    const from = end - f.length + 1;
    if (from < 0 || (best && best.length >= f.length)) continue;
    if (f.every((k, i) => units[from + i].key === k)) best = f;
  }
  return best;
}

/**
 * The English slot is empty where the clause ends after the frame or the next word is one no name is ("my name is how
 * can I help"), no name follows in the next few words, and the frame is not said again ("my name is, my name is …").
 */
function wordSlotEmptyAfter(stream: SpokenStream, end: number): boolean {
  const next = stream.units[end + 1];
  if (!next) return true;
  if (stream.units.slice(end + 1, end + 4).some((u) => u.key === 'name' || u.key === 'names')) return false;
  // A name a few words on ("my names is Walker", "my name is, well, folks call me Clark") is the one the slot check judges.
  const after = stream.units.slice(end + 1, end + 1 + WORDS_BEFORE_A_NAME);
  if (after.some((u, k) => u.kind === 'word' && canBeSurname(quoteOf(stream, end + 1 + k, end + 1 + k)))) return false;
  return !oneClause(stream, end, end + 1) || isEnglishFunctionWord(next.key);
}

/** How many words after an English frame a name may still come ("my name is, well, folks call me Clark"). */
const WORDS_BEFORE_A_NAME = 5;

/**
 * True when the clause ends right after unit `end` (a filler and its commas are no end: 「我姓，呃，王」 names 王), or
 * after one sentence particle — and what follows is no name said as a clause of its own (「我姓，王，」「我姓，呃，照，」) and no
 * restart of the frame (「我姓，呃，姓周」): the slot check judges those, wrong or right.
 */
function slotEmptyAfter(stream: SpokenStream, end: number): boolean {
  let last = end;
  const particle = stream.units[end + 1];
  // A sentence particle may stand between the frame and the end of its clause (「我姓喔，」), as after a name.
  if (particle && CLOSING_PARTICLES.has(particle.key) && oneClause(stream, end, end + 1)) last = end + 1;
  const next = stream.units[last + 1];
  if (!next) return true;
  if (oneClause(stream, last, last + 1)) return false;
  // The agent started again (「我姓，呃，姓周」「我姓，我姓黄」): the restart is the self-introduction to judge.
  const restarts = stream.units.slice(last + 1, last + 3).some((u) => u.key === '姓');
  return !restarts && !canBeSurname(next.key) && !nameSaidAlone(stream, last + 1);
}

/** True when the clause opening at unit `i` is one or two characters long: a name said after a pause (「我姓，呃，照，」), heard right or not. */
function nameSaidAlone(stream: SpokenStream, i: number): boolean {
  let end = i;
  while (end + 1 < stream.units.length && oneClause(stream, i, end + 1)) end++;
  return end - i + 1 <= 2;
}
