/**
 * The line each call_id was first seen on in one manifest, to reject a repeat naming that line.
 *
 * A Map<string, number> of a 1,000,000-row manifest held ~100 MB of heap (a string object and a
 * map entry per id) and took ingest's peak RSS past its 300 MB goal (issue 15). Here the ids'
 * UTF-16 code units sit end to end in one growing Uint16Array, with an open-addressing hash table
 * of entry numbers (Int32Array) and per-entry offset and line arrays: about 40 bytes per id of
 * 7 characters, and no object per id for the garbage collector to trace. Lookups are exact: a hash
 * match is confirmed by comparing the code units.
 */

const INITIAL_SLOTS = 1 << 14;
const INITIAL_UNITS = 1 << 16;

export class FirstLineTable {
  /** Open-addressing slots: 0 = empty, else entry index + 1. Size a power of two, at most half full. */
  private slots = new Int32Array(INITIAL_SLOTS);
  /** Per entry: where its id starts in `units`; entry i's id ends where entry i+1's starts. */
  private starts = new Uint32Array(INITIAL_SLOTS / 2 + 1);
  /** Per entry: its 1-based manifest line. */
  private lines = new Uint32Array(INITIAL_SLOTS / 2);
  /** Per entry: its full 32-bit hash, so growing the table never re-reads the ids. */
  private hashes = new Int32Array(INITIAL_SLOTS / 2);
  private units = new Uint16Array(INITIAL_UNITS);
  private count = 0;

  /** Ids stored. */
  get size(): number {
    return this.count;
  }

  /** The line `id` was recorded on, or undefined. */
  get(id: string): number | undefined {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return undefined;
      if (this.hashes[entry] === hash && this.equals(entry, id)) return this.lines[entry];
    }
  }

  /** Records `id` as first seen on `line`; the caller checks `get` first (a repeat is not stored twice). */
  set(id: string, line: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.growSlots();
    if (this.count + 1 >= this.lines.length) this.growEntries();
    const start = this.starts[this.count];
    if (start + id.length > this.units.length) this.growUnits(start + id.length);
    for (let i = 0; i < id.length; i++) this.units[start + i] = id.charCodeAt(i);
    const entry = this.count++;
    this.starts[this.count] = start + id.length;
    this.lines[entry] = line;
    const hash = hashOf(id);
    this.hashes[entry] = hash;
    this.place(entry, hash);
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private equals(entry: number, id: string): boolean {
    const start = this.starts[entry];
    if (this.starts[entry + 1] - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.units[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.count; entry++) this.place(entry, this.hashes[entry]);
  }

  private growEntries(): void {
    const size = this.lines.length * 2;
    this.starts = grown(this.starts, size + 1);
    this.lines = grown(this.lines, size);
    this.hashes = grown(this.hashes, size);
  }

  private growUnits(atLeast: number): void {
    let size = this.units.length * 2;
    while (size < atLeast) size *= 2;
    this.units = grown(this.units, size);
  }
}

function grown<T extends Uint32Array | Int32Array | Uint16Array>(from: T, size: number): T {
  const to = new (from.constructor as new (n: number) => T)(size);
  to.set(from);
  return to;
}

/** FNV-1a over UTF-16 code units, then a final mix so the low bits (the slot) depend on every unit. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
