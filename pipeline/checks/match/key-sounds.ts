/**
 * The sounds of a unit key as small integers, so the similarity bound (pair-cost.ts) can mark a
 * text's sounds in typed arrays and ask "is a unit of this sound in the text?" in one read,
 * instead of comparing a phrase unit with every distinct key of the text.
 *
 * A key's sounds decide every substitution cost it can have that is below 1 (cost.ts):
 * - Han: 0 with a Han unit sharing a reading, 0.5 with one sharing a near-sound key;
 * - word: 0.5 with a word of the same Soundex code (or one letter in four off, which needs the
 *   spelling: pair-cost.ts scans the text's words for that);
 * - digit: never below 1 unless the same key.
 * Each sound gets a process-wide id, namespaced by what it is (a reading, a near key, a Soundex
 * code), so a word spelt like a pinyin reading ("fan") never marks the Han reading fan.
 */
import { soundex } from './soundex.ts';
import { unitOfId } from './unit-ids.ts';

export interface KeySounds {
  /** Sound ids of the readings (Han keys; empty otherwise). */
  readings: Int32Array;
  /** Sound ids of the near-sound keys (Han keys; empty otherwise). */
  near: Int32Array;
  /** Sound id of the Soundex code (word keys), −1 otherwise. */
  soundex: number;
}

const idBySound = new Map<string, number>();
const soundsByKeyId: KeySounds[] = [];
const NONE = new Int32Array(0);

function soundId(sound: string): number {
  let id = idBySound.get(sound);
  if (id === undefined) idBySound.set(sound, (id = idBySound.size));
  return id;
}

/** Number of distinct sounds so far: every sound id is below it. */
export function knownSounds(): number {
  return idBySound.size;
}

/** The sounds of the key with this id (unit-ids.ts), computed once per key. */
export function soundsOfKey(keyId: number): KeySounds {
  let s = soundsByKeyId[keyId];
  if (!s) {
    const unit = unitOfId(keyId);
    s =
      unit.kind === 'han'
        ? { readings: Int32Array.from(unit.readings, (r) => soundId(`r\u0000${r}`)), near: Int32Array.from(unit.near, (k) => soundId(`n\u0000${k}`)), soundex: -1 }
        : unit.kind === 'word'
          ? { readings: NONE, near: NONE, soundex: soundId(`s\u0000${soundex(unit.key)}`) }
          : { readings: NONE, near: NONE, soundex: -1 };
    soundsByKeyId[keyId] = s;
  }
  return s;
}
