/**
 * A process-wide small integer per distinct unit key (pair-cost.ts keys its cost table by them):
 * given when text is cut into units, so equal keys have equal ids.
 */
import type { Unit } from './unit.ts';

const idByKey = new Map<string, number>();
const unitById: Unit[] = [];

/** The id of a unit key; the first unit seen with a key stands for all (they differ only in offsets). */
export function unitKeyId(unit: Unit): number {
  let id = idByKey.get(unit.key);
  if (id === undefined) {
    id = unitById.length;
    idByKey.set(unit.key, id);
    unitById.push({ ...unit, id, from: 0, to: 0 });
  }
  return id;
}

/** Number of distinct keys so far: every id is below it. */
export function knownKeys(): number {
  return unitById.length;
}

/** The first unit seen with this id's key (its offsets zeroed). */
export function unitOfId(id: number): Unit {
  return unitById[id];
}
