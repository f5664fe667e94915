/**
 * An English surname as ASR spelt it ("smyth", "clarke", "iopez") read as the roster's spelling before a
 * self-introduction is matched. The surname rule (surname.ts) already takes such a spelling for the roster
 * name inside a frame, but the aligner charged half a unit for it: enough to sink the bare `{surname}` wording
 * ("CMB, hello, smyth, nursery key worker"), which must be said exactly (I18 round: a third of heldout25's and
 * heldout26's English greeting misses). Mandarin needs none of this: a homophone already costs nothing there.
 *
 * Stricter than the surname rule, because here a word anywhere in the window becomes the name: one letter off
 * only (the rule's two-letter Soundex allowance made "China" and "can" the roster's Chen), never a function word,
 * never a word another element was heard in (the brand's "China").
 */
import { levenshtein } from './cost.ts';
import { isEnglishFunctionWord } from './common-surnames.ts';
import { surnameUnitMatches } from './surname.ts';
import type { SpokenStream } from './stream.ts';
import { toUnits, type Unit } from './units.ts';

/** `stream` with the words read as the one-word English `surname` given the roster's key; `taken` words are left. */
export function withRosterSpelling(stream: SpokenStream, surname: string, taken: ReadonlySet<Unit> = new Set()): SpokenStream {
  const roster = toUnits(surname);
  if (roster.length !== 1 || roster[0].kind !== 'word') return stream;
  const [name] = roster;
  const readAsName = (u: Unit) =>
    u.kind === 'word' && u.key !== name.key && !taken.has(u) && !isEnglishFunctionWord(u.key) && levenshtein(name.key, u.key) <= 1 && surnameUnitMatches(name, u);
  let changed = false;
  const units = stream.units.map((u) => {
    if (!readAsName(u)) return u;
    changed = true;
    return { ...u, key: name.key, readings: name.readings, near: name.near, id: name.id };
  });
  return changed ? { segments: stream.segments, units } : stream;
}
