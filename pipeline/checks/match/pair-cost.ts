/**
 * Substitution costs (cost.ts) remembered per pair of unit keys for the life of the process.
 * A unit's cost against another depends on nothing but the two keys (readings, near-sound keys
 * and Soundex all follow from the key), and a contact center's vocabulary is small: the same
 * few thousand characters and words meet the same scorecard phrases in every call. So each
 * distinct key gets a small integer id when text is cut into units (unit-ids.ts), and the aligner
 * reads a cost from a byte table instead of recomputing pinyin sets, Soundex and edit distance.
 *
 * Memory: one byte per (scorecard unit, distinct key seen) — 1,000 phrase keys × 50,000 keys is 50 MB
 * at worst; a night of one center's calls is far below.
 */
import { substitutionCost } from './cost.ts';
import type { Unit } from './unit.ts';
import { knownSounds, soundsOfKey } from './key-sounds.ts';
import { knownKeys, unitOfId } from './unit-ids.ts';

/** Not computed yet. Costs are stored doubled (0, 1, 2 for 0, 0.5, 1). */
const UNKNOWN = 255;

/** Row per expected-unit id: doubled cost against every spoken-unit id, UNKNOWN until first asked. */
const rows: Uint8Array[] = [];

/**
 * The doubled-cost row of one expected unit, long enough for every id known now. Entries are
 * UNKNOWN until `fillCost` computes them.
 */
export function costRowOf(expectedId: number): Uint8Array {
  let row = rows[expectedId];
  if (!row || row.length < knownKeys()) {
    const grown = new Uint8Array(Math.max(256, knownKeys() * 2)).fill(UNKNOWN);
    if (row) grown.set(row);
    rows[expectedId] = row = grown;
  }
  return row;
}

/** Computes, stores and returns the doubled cost of `spokenId` in the row of `expectedId`. */
export function fillCost(row: Uint8Array, expectedId: number, spokenId: number): number {
  const doubled = Math.round(substitutionCost(unitOfId(expectedId), unitOfId(spokenId)) * 2);
  row[spokenId] = doubled;
  return doubled;
}

export { UNKNOWN as UNKNOWN_COST };

/**
 * A lower bound of the cost of aligning `pattern` anywhere in `text`: each expected unit is either
 * put on some spoken unit (at least its cheapest one among the text's keys) or left out (1).
 * Cheap — the text's keys and sounds are marked once (markText), then each expected unit's
 * cheapest cost is read from the marks (key-sounds.ts says why that is exact) — so a phrase that
 * cannot be said there (or cannot beat a better phrase) is skipped before the full alignment.
 * Returned doubled (an exact integer), equal to the minimum over the text's keys of the pair costs.
 */
export function doubledCostLowerBound(pattern: readonly Unit[], text: readonly Unit[]): number {
  return boundOf(pattern, text, null, Infinity);
}

/**
 * True when doubledCostLowerBound(pattern, text) is at most `maxDoubled` — decided as soon as the
 * running sum passes it (each unit adds 0 or more), so a phrase that cannot be said there is
 * usually turned down after its first few units.
 */
export function doubledCostLowerBoundWithin(pattern: readonly Unit[], text: readonly Unit[], maxDoubled: number): boolean {
  return boundOf(pattern, text, null, maxDoubled) <= maxDoubled;
}

/**
 * The same bound per expected unit, summed from the end: `out[i]` is the least doubled cost of
 * units i… of `pattern` anywhere in `text` (`out[pattern.length]` is 0), so an alignment whose
 * first i units already cost c ends at c + out[i] or more. `out` must hold pattern.length + 1.
 */
export function doubledCostLowerBoundsFromEnd(pattern: readonly Unit[], text: readonly Unit[], out: Int32Array): void {
  boundOf(pattern, text, out, Infinity);
  let sum = 0;
  for (let i = pattern.length - 1; i >= 0; i--) out[i] = sum += out[i];
  out[pattern.length] = 0;
}

/**
 * The bound's sum; with `perUnit`, each unit's own least cost is written there too, in order.
 * Stops once the sum passes `stopAbove` (then only "more than stopAbove" is known: the sum so far).
 */
function boundOf(pattern: readonly Unit[], text: readonly Unit[], perUnit: Int32Array | null, stopAbove: number): number {
  markText(text);
  const program = soundProgramOf(pattern);
  let sum = 0;
  for (let k = 0, unit = 0; k < program.length; unit++) {
    const before = sum;
    if (perUnit) perUnit[unit] = 0; // the same key (below): 0
    const id = program[k];
    const kind = program[k + 1];
    const readingsAt = k + 5;
    const nearAt = readingsAt + program[k + 2];
    const end = nearAt + program[k + 3];
    const soundexId = program[k + 4];
    k = end;
    if (keyMark[id] === stamp) continue; // the same key: 0
    if (kind === DIGIT_KIND) {
      sum += 2; // a digit costs 0 only against itself
    } else if (kind === HAN_KIND) {
      let cheapest = 2;
      for (let r = readingsAt; r < nearAt; r++) {
        if (soundMark[program[r]] === stamp) {
          cheapest = 0;
          break;
        }
      }
      for (let q = nearAt; q < end && cheapest === 2; q++) if (soundMark[program[q]] === stamp) cheapest = 1;
      sum += cheapest;
    } else {
      sum += soundMark[soundexId] === stamp ? 1 : wordScan(id);
    }
    if (perUnit) perUnit[unit] = sum - before;
    if (sum > stopAbove) return sum;
  }
  return sum;
}

const HAN_KIND = 0;
const WORD_KIND = 1;
const DIGIT_KIND = 2;

/**
 * A phrase's units and sounds in one typed array, made once per phrase (phrases live for the
 * process): per unit [key id, kind, readings n, near keys n, Soundex id, readings…, near keys…].
 * Reading one flat array per bound instead of an object per unit keeps the bound cheap.
 */
const PROGRAM = Symbol('sound program');

/**
 * Kept on the pattern array itself under a symbol: the bound is asked for every phrase of every
 * text, and a WeakMap lookup there took as long as the bound's own loop (profiled, 2026-12-07).
 */
type WithProgram = readonly Unit[] & { [PROGRAM]?: Int32Array };

function soundProgramOf(pattern: WithProgram): Int32Array {
  let program = pattern[PROGRAM];
  if (!program) {
    const out: number[] = [];
    for (const p of pattern) {
      const s = soundsOfKey(p.id);
      out.push(p.id, p.kind === 'han' ? HAN_KIND : p.kind === 'word' ? WORD_KIND : DIGIT_KIND, s.readings.length, s.near.length, s.soundex, ...s.readings, ...s.near);
    }
    program = Int32Array.from(out);
    // Not enumerable: the array still compares, prints and serialises as the plain units it is.
    Object.defineProperty(pattern, PROGRAM, { value: program });
  }
  return program;
}

/**
 * A word's cheapest doubled cost when neither it nor a word of its Soundex code is in the marked
 * text: one letter in four off is a half error too, and only the spelling tells, so scan the
 * text's words — once per word and text (the same words come back in phrase after phrase).
 */
function wordScan(id: number): number {
  if (id >= wordMemoStamp.length) {
    const size = (id + 1) * 2;
    wordMemoStamp = grown(wordMemoStamp, size);
    const cost = new Uint8Array(size);
    cost.set(wordMemoCost);
    wordMemoCost = cost;
  }
  if (wordMemoStamp[id] === stamp) return wordMemoCost[id];
  const row = costRowOf(id);
  const length = unitOfId(id).key.length;
  // A different word costs 1 or 0.5 (doubled 2 or 1: only the same key costs 0, and keyMark caught
  // that), so the answer is 1 as soon as one word of the text costs it, whichever it is.
  let best = 2;
  for (let other = 1; other < markedWordsByLength.length && best > 1; other++) {
    // No word of the text shares its Soundex code (soundMark), so a word whose length alone is over a
    // quarter off costs 1 (cost.ts, the same test): skip its whole length without reading a cost.
    const words = markedWordsByLength[other];
    if (words === undefined || Math.abs(length - other) / Math.max(length, other) > 0.25) continue;
    for (let k = 0; k < words.length && best > 1; k++) {
      let c = row[words[k]];
      if (c === UNKNOWN) c = fillCost(row, id, words[k]);
      if (c < best) best = c;
    }
  }
  wordMemoStamp[id] = stamp;
  wordMemoCost[id] = best;
  return best;
}

/** wordMemoStamp[id] === stamp: wordMemoCost[id] is the word scan's answer for the marked text. */
let wordMemoStamp = new Int32Array(1024);
let wordMemoCost = new Uint8Array(1024);

/**
 * keyMark[id] === stamp: a unit of that key is in the marked text; soundMark[sound] === stamp: a
 * unit of that sound (a Han unit's reading or near key, a word's Soundex code) is. Only the last
 * text asked about is marked: the matcher asks about one text for many phrases in a row.
 */
let keyMark = new Int32Array(1024);
let soundMark = new Int32Array(1024);
let stamp = 0;
let marked: readonly Unit[] | null = null;
let markedLength = -1;
/** Distinct word key ids of the marked text, by the length of their keys (a word scan reads only the lengths near its own). */
let markedWordsByLength: (number[] | undefined)[] = [];

function markText(units: readonly Unit[]): void {
  // Texts are never changed once built; the length check is a cheap guard all the same.
  if (units === marked && units.length === markedLength) return;
  if (keyMark.length < knownKeys()) keyMark = new Int32Array(knownKeys() * 2);
  stamp++;
  marked = units;
  markedLength = units.length;
  markedWordsByLength = [];
  for (const u of units) {
    if (keyMark[u.id] === stamp) continue;
    keyMark[u.id] = stamp;
    if (u.kind === 'digit') continue;
    const s = soundsOfKey(u.id);
    if (soundMark.length < knownSounds()) soundMark = grown(soundMark, knownSounds() * 2);
    if (u.kind === 'han') {
      for (let k = 0; k < s.readings.length; k++) soundMark[s.readings[k]] = stamp;
      for (let k = 0; k < s.near.length; k++) soundMark[s.near[k]] = stamp;
    } else {
      soundMark[s.soundex] = stamp;
      (markedWordsByLength[u.key.length] ??= []).push(u.id);
    }
  }
}

/** A longer copy (marks of the current stamp must survive growing mid-text). */
function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
