/**
 * Turns text into comparison units: one unit per Han character (compared by pinyin), one per
 * Latin word (compared by spelling), one per digit. Punctuation and spaces disappear, so
 * 「您好，招商银行」 and 「您好 招商银行」 are the same sequence. Each unit remembers where it
 * came from in its source string, for quoting evidence.
 */
import { nearKeysOf, readingsOf } from './pinyin.ts';
import type { Unit } from './unit.ts';
import { unitKeyId } from './unit-ids.ts';

const NONE: readonly string[] = [];

export type { Unit, UnitKind } from './unit.ts';

const TOKEN = /(\p{Script=Han})|(\p{Nd})|([A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*)/gu;

export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const from = m.index;
    const to = from + m[0].length;
    let unit: Unit;
    if (m[1]) unit = { key: m[1], kind: 'han', readings: readingsOf(m[1]), near: nearKeysOf(m[1]), from, to, id: 0 };
    else if (m[2]) unit = { key: m[2], kind: 'digit', readings: [m[2]], near: NONE, from, to, id: 0 };
    else {
      const key = m[3].toLowerCase().replace(/['’]/g, '');
      unit = { key, kind: 'word', readings: [key], near: NONE, from, to, id: 0 };
    }
    unit.id = unitKeyId(unit);
    units.push(unit);
  }
  return units;
}

/** Unit keys of a phrase, e.g. for filler lists: 「那个」 → ['那', '个'], "um" → ['um']. */
export function unitKeys(text: string): string[] {
  return toUnits(text).map((u) => u.key);
}

/**
 * Removes filler words (嗯, 那个, um, uh…) from a unit sequence. Fillers are dropped before
 * matching because ASR keeps them and they would otherwise count as extra characters inside
 * a scripted phrase.
 */
export function dropFillers<U extends { key: string }>(units: U[], fillers: string[][]): U[] {
  if (fillers.length === 0) return units;
  const byFirst = fillersByFirstKey(fillers);
  const out: U[] = [];
  let i = 0;
  outer: while (i < units.length) {
    // Only the fillers starting with this unit's key can match here (in the list's order, longest first).
    for (const f of byFirst.get(units[i].key) ?? NO_FILLERS) {
      if (f.every((k, j) => units[i + j]?.key === k)) {
        i += f.length;
        continue outer;
      }
    }
    out.push(units[i]);
    i++;
  }
  return out;
}

const NO_FILLERS: readonly string[][] = [];
const fillerIndexes = new WeakMap<string[][], Map<string, string[][]>>();

/** The filler list grouped by first key, keeping the list's order; remembered per list. */
function fillersByFirstKey(fillers: string[][]): Map<string, string[][]> {
  let index = fillerIndexes.get(fillers);
  if (!index) {
    index = new Map();
    for (const f of fillers) {
      if (f.length === 0) continue;
      const group = index.get(f[0]) ?? [];
      group.push(f);
      index.set(f[0], group);
    }
    fillerIndexes.set(fillers, index);
  }
  return index;
}
