/**
 * The surname said as a clause of its own. Agents on a night shift or in a hurry often give no
 * naming frame at all — 「夜班值守的是我，孙，您说」「话务台，我王」「今天值班的客服是周」 — so no
 * scorecard wording (「我姓{surname}」, 「客服{surname}」) can be found around it. Said alone between
 * pauses, or closing a clause right after 我, 是, 叫 or 姓, a character that sounds like the roster surname
 * is the agent naming themselves (I1 round, heldout9's misses read by cause).
 *
 * Only where the clause ends with it: 「我马上帮您查」 is no 「我马」, 「我和您确认」 no 「我何」. And never
 * a word that stands alone as an answer or a call for attention — 好 (郝), 是 (石), 行 (邢), 喂 (魏),
 * 哎 (艾) — unless it is the roster character itself.
 */
import type { SpokenStream, StreamUnit } from './stream.ts';
import { surnameUnitMatches } from './surname.ts';
import type { Unit } from './unit.ts';

/** A clause ends at one of these (the clause splitter's breaks, and the enumeration comma). */
const BREAK = /[，。？！；,.?!;…、]/u;

/** Said alone, these are an answer or a call for attention, not a name — whatever surname they sound like. */
const ANSWERS_NOT_NAMES = new Set(['好', '是', '行', '喂', '哎', '唉', '诶', '对', '来', '和', '与', '嗯', '哦', '呃', '那', '这', '您', '你', '我', '在', '有']);

/**
 * The words that may stand right before the surname in its clause: 「…是我，孙」 needs none, 「我王」,
 * 「是周」 and, with the 我 lost to ASR, 「…叫张」「…姓陈」 one.
 */
export const BEFORE_SURNAME: ReadonlySet<string> = new Set(['我', '是', '叫', '姓']);

/**
 * The stretches of `stream` (one or two units each) that say the roster surname as a clause of its
 * own: the surname's units close a clause, and open it or follow 我 / 是 / 叫 / 姓 there. Mandarin rosters
 * only (an English name said alone is a word like any other). `skip` holds units another element
 * was heard in. Stretches in the order said.
 */
export function surnameClauses(stream: SpokenStream, roster: readonly Unit[], skip: ReadonlySet<Unit> = new Set()): SpokenStream[] {
  const n = roster.length;
  if (n === 0 || roster.some((u) => u.kind !== 'han')) return [];
  const units = stream.units;
  const out: SpokenStream[] = [];
  for (let end = n - 1; end < units.length; end++) {
    const start = end - n + 1;
    const spoken = units.slice(start, end + 1);
    if (!spoken.every((u, k) => !skip.has(u) && u.kind === 'han' && surnameUnitMatches(roster[k], u))) continue;
    if (n === 1 && spoken[0].key !== roster[0].key && ANSWERS_NOT_NAMES.has(spoken[0].key)) continue;
    if (!clauseEndsAfter(stream, end) || !sameClause(stream, start, end)) continue;
    if (clauseStartsAt(stream, start)) out.push({ segments: stream.segments, units: spoken });
    else if (BEFORE_SURNAME.has(units[start - 1].key) && !skip.has(units[start - 1]) && sameClause(stream, start - 1, start)) {
      out.push({ segments: stream.segments, units: [units[start - 1], ...spoken] });
    }
  }
  return out;
}

/** True when nothing but a break (or the end of the turn) follows unit `i`. */
function clauseEndsAfter(stream: SpokenStream, i: number): boolean {
  const u = stream.units[i];
  const next = stream.units[i + 1] as StreamUnit | undefined;
  if (!next || next.segment !== u.segment) return true;
  return BREAK.test(stream.segments[u.segment].text.slice(u.to, next.from));
}

/** True when unit `i` opens a clause: first of its turn, or after a break. */
function clauseStartsAt(stream: SpokenStream, i: number): boolean {
  return i === 0 || clauseEndsAfter(stream, i - 1);
}

/** True when units `from..to` are one stretch of one clause (no break, no other turn between). */
function sameClause(stream: SpokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (clauseEndsAfter(stream, i)) return false;
  return true;
}
