/** Field parsers shared by the manifest and roster readers; each returns a value or a reason. */

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

const ok = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/**
 * ISO 8601 date-time with a time zone: 2026-11-20T09:15:00+08:00 (or Z), optional seconds and
 * fraction. The zone is required: without it the instant is a guess, and the service date and
 * the ranking would depend on the server's zone.
 */
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/;

/** Real UTC offsets run from -12:00 to +14:00; anything past ±14:00 (in minutes here) is a typo. */
const MAX_OFFSET_MIN = 14 * 60;

export function parseTimestamp(raw: string): Parsed<string> {
  return isPlainValidTimestamp(raw) ? ok(raw) : checkTimestamp(raw);
}

/** The full check of parseTimestamp (regex and Date), without the fast path; exported for the test that compares the two. */
export function checkTimestamp(raw: string): Parsed<string> {
  const m = ISO_DATETIME.exec(raw);
  if (!m) return bad(`"${raw}" is not an ISO 8601 date-time (e.g. 2026-11-20T09:15:00+08:00)`);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s || 0));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || (s || 0) > 60) {
    return bad(`"${raw}" is not a real date-time`);
  }
  const [zulu, sign, oh, om] = m.slice(7);
  if (!zulu && !sign) return bad(`"${raw}" has no time zone (add Z or an offset such as +08:00)`);
  if (sign) {
    const offsetMin = Number(oh) * 60 + Number(om);
    if (Number(om) > 59 || offsetMin > MAX_OFFSET_MIN) return bad(`"${raw}" has an impossible UTC offset ${sign}${oh}:${om} (an offset is at most ±14:00, minutes below 60)`);
  }
  return ok(raw);
}

/**
 * Fast path for the usual manifest timestamp, read by character codes instead of the regex and a
 * Date (parseTimestamp was ~10% of reading a manifest, issue 15): true only for
 * `YYYY-MM-DDTHH:MM:SS` (T or space) followed by `Z` or `±HH:MM`, year 1000 or later, a real
 * date, hour ≤ 23, minute and second ≤ 59 and offset ≤ ±14:00 — values the full check accepts.
 * Anything else (fractions, no seconds, leap second 60, early years where Date reads 0–99 as
 * 1900–1999, every fault) returns false and takes the full check, so results and messages are unchanged.
 */
function isPlainValidTimestamp(raw: string): boolean {
  const n = raw.length;
  if (n !== 20 && n !== 25) return false;
  const t = raw.charCodeAt(10);
  if (raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45 || (t !== 84 && t !== 32) || raw.charCodeAt(13) !== 58 || raw.charCodeAt(16) !== 58) return false; // '-', 'T'/' ', ':'
  const year = digits(raw, 0, 4);
  const month = digits(raw, 5, 2);
  const day = digits(raw, 8, 2);
  const hour = digits(raw, 11, 2);
  const minute = digits(raw, 14, 2);
  const second = digits(raw, 17, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  if (n === 20) return raw.charCodeAt(19) === 90; // 'Z'
  const sign = raw.charCodeAt(19);
  if ((sign !== 43 && sign !== 45) || raw.charCodeAt(22) !== 58) return false; // '+' or '-', ':'
  const offsetHours = digits(raw, 20, 2);
  const offsetMinutes = digits(raw, 23, 2);
  return offsetHours >= 0 && offsetMinutes >= 0 && offsetMinutes <= 59 && offsetHours * 60 + offsetMinutes <= MAX_OFFSET_MIN;
}

/** The decimal number in raw[from, from + count), or -1 if any of those is not an ASCII digit. */
function digits(raw: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Days in a month of the proleptic Gregorian calendar (what Date uses). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Service date of a manifest timestamp: the local date as written, before any offset. */
export const serviceDate = (startedAt: string): string => startedAt.slice(0, 10);

export function parseSeconds(raw: string): Parsed<number> {
  if (raw === '') return ok(undefined);
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) return bad(`"${raw}" is not a non-negative number of seconds`);
  return ok(n);
}

const TRUE = new Set(['true', '1', 'yes', 'y', 't']);
const FALSE = new Set(['false', '0', 'no', 'n', 'f']);

export function parseBoolean(raw: string): Parsed<boolean> {
  if (raw === '') return ok(undefined);
  const v = raw.toLowerCase();
  if (TRUE.has(v)) return ok(true);
  if (FALSE.has(v)) return ok(false);
  return bad(`"${raw}" is not true or false`);
}

export function parseEnum<T extends string>(raw: string, allowed: readonly T[]): Parsed<T> {
  if (raw === '') return ok(undefined);
  const v = raw.toLowerCase() as T;
  if (allowed.includes(v)) return ok(v);
  return bad(`"${raw}" is not one of ${allowed.join(', ')}`);
}

export const optionalText = (raw: string | undefined): string | undefined => (raw ? raw : undefined);
