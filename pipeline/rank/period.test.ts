import { describe, expect, it } from 'vitest';
import { parsePeriod, periodDays, previousPeriod, PeriodError } from './period.ts';

describe('parsePeriod', () => {
  it('reads the four kinds into closed date ranges', () => {
    expect(parsePeriod('2026-11-20')).toEqual({ kind: 'day', label: '2026-11-20', startDate: '2026-11-20', endDate: '2026-11-20' });
    expect(parsePeriod('2026-W47')).toEqual({ kind: 'week', label: '2026-W47', startDate: '2026-11-16', endDate: '2026-11-22' });
    expect(parsePeriod('2026-11')).toEqual({ kind: 'month', label: '2026-11', startDate: '2026-11-01', endDate: '2026-11-30' });
    expect(parsePeriod('2026-11-01..2026-11-15')).toMatchObject({ kind: 'custom', startDate: '2026-11-01', endDate: '2026-11-15' });
    expect(parsePeriod('2028-02').endDate).toBe('2028-02-29');
  });

  it('handles ISO weeks that straddle a year end', () => {
    // 2026-01-01 is a Thursday, so week 1 of 2026 starts on Monday 2025-12-29.
    expect(parsePeriod('2026-W01')).toMatchObject({ startDate: '2025-12-29', endDate: '2026-01-04' });
    expect(parsePeriod('2026-W53')).toMatchObject({ startDate: '2026-12-28', endDate: '2027-01-03' });
    expect(() => parsePeriod('2025-W53')).toThrow(/2025 has no ISO week 53/);
    expect(previousPeriod(parsePeriod('2027-W01')).label).toBe('2026-W53');
  });

  it('rejects malformed or impossible periods with the input in the message', () => {
    expect(() => parsePeriod('2026-02-30')).toThrow(PeriodError);
    expect(() => parsePeriod('2026-02-30')).toThrow(/"2026-02-30".*not a calendar date/);
    expect(() => parsePeriod('2026-13')).toThrow(/month 13/);
    expect(() => parsePeriod('2026-11-15..2026-11-01')).toThrow(/before start/);
    expect(() => parsePeriod('November')).toThrow(/unrecognised/);
  });

  it('finds the previous period of the same kind and length', () => {
    expect(previousPeriod(parsePeriod('2026-11-01')).label).toBe('2026-10-31');
    expect(previousPeriod(parsePeriod('2026-W47')).label).toBe('2026-W46');
    expect(previousPeriod(parsePeriod('2026-01')).label).toBe('2025-12');
    const custom = previousPeriod(parsePeriod('2026-11-01..2026-11-15'));
    expect(custom.label).toBe('2026-10-17..2026-10-31');
    expect(periodDays(custom)).toBe(15);
  });
});
