/**
 * parseTimestamp's character-code fast path must accept exactly what the full check (regex and
 * Date) accepts, with the same value and the same message for everything else: compared on
 * 20,000 seeded strings mutated around every boundary (digits, separators, leap days, offsets).
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.ts';
import { checkTimestamp, parseTimestamp } from './fields.ts';

/** Small seeded generator, so a failure names a reproducible case. */
const seeded = mulberry32;

const BASES = [
  '2026-11-20T09:15:00+08:00', '2026-11-20T09:15:00Z', '2024-02-29T23:59:59-14:00', '1900-02-29T00:00:00Z',
  '2000-02-29T12:00:00+14:00', '0099-12-31T23:59:59Z', '1000-01-01 00:00:00+00:00', '2026-04-31T10:00:00+05:30',
  '2026-11-30T23:59:60Z', '2026-11-20T09:15:00+1400', '9999-12-31T23:59:59-12:00',
];
const REPLACEMENTS = ['0', '1', '2', '3', '4', '5', '6', '9', 'T', ' ', ':', '-', '+', 'Z', 'z', 'x', '.', '٣'];

describe('parseTimestamp fast path', () => {
  it('agrees with the full check on the base cases and 20,000 mutations of them', () => {
    const random = seeded(15);
    const cases = [...BASES];
    for (let i = 0; i < 20_000; i++) {
      const base = BASES[Math.floor(random() * BASES.length)];
      const chars = [...base];
      const edits = 1 + Math.floor(random() * 2);
      for (let e = 0; e < edits; e++) chars[Math.floor(random() * chars.length)] = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)];
      cases.push(chars.join(''));
    }
    let accepted = 0;
    for (const raw of cases) {
      const fast = parseTimestamp(raw);
      expect(fast, raw).toEqual(checkTimestamp(raw));
      if (fast.ok) accepted++;
    }
    // Both kinds must be well represented, or the comparison proves little.
    expect(accepted).toBeGreaterThan(2_000);
    expect(cases.length - accepted).toBeGreaterThan(2_000);
  });
});
