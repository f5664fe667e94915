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
