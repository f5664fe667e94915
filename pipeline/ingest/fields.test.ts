import { describe, expect, it } from 'vitest';
import { parseBoolean, parseSeconds, parseTimestamp, serviceDate } from './fields.ts';

describe('field parsers', () => {
  it.each([
    ['2026-11-20T09:15:00+08:00', true],
    ['2026-11-20T09:15:00Z', true],
    ['2026-11-20 09:15+08:00', true],
    ['2026-11-20 09:15', false],
    ['2026-11-20T09:15:00', false],
    ['2026-11-20T09:15:00+99:99', false],
    ['2026-11-20T09:15:00+08:60', false],
    ['2026-11-20T09:15:00+14:30', false],
    ['2026-11-20T09:15:00-14:00', true],
    ['2026-11-20T09:15:00+14:00', true],
    ['2026-11-20T09:15:00.250+0800', true],
    ['20/11/2026 09:15', false],
    ['2026-02-30T09:15:00+08:00', false],
    ['2026-11-20T24:00:00Z', false],
    ['yesterday', false],
  ])('timestamp %s valid=%s', (raw, valid) => {
    expect(parseTimestamp(raw).ok).toBe(valid);
  });

  it('takes the service date from the timestamp as written', () => {
    expect(serviceDate('2026-11-20T23:59:00+08:00')).toBe('2026-11-20');
  });

  it('parses seconds and booleans, leaving empty values undefined', () => {
    expect(parseSeconds('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseSeconds('')).toEqual({ ok: true, value: undefined });
    expect(parseSeconds('-1').ok).toBe(false);
    expect(parseBoolean('TRUE')).toEqual({ ok: true, value: true });
    expect(parseBoolean('0')).toEqual({ ok: true, value: false });
    expect(parseBoolean('maybe').ok).toBe(false);
  });
});
