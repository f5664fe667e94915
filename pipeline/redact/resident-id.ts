/**
 * Chinese resident identity card numbers (GB 11643-1999): 6-digit region code,
 * 8-digit birth date YYYYMMDD, 3-digit sequence, 1 check character (0–9 or X).
 * Only the 18-character second-generation form carries a checksum, so only it is
 * recognised; the 15-digit first-generation form (expired since 2013) is not.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** Earliest birth year accepted as plausible for a living card holder. */
const MIN_BIRTH_YEAR = 1900;

/** The GB 11643 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isPlausibleBirthDate(yyyymmdd: string, now: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < MIN_BIRTH_YEAR || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this month (handles leap years).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  return Date.UTC(year, month - 1, day) <= now.getTime();
}

/**
 * True for an 18-character resident ID with a valid checksum, a plausible birth date
 * (1900-01-01 up to `now`) and a region code that does not start with 0.
 * `id` is ASCII digits with an optional final `X` (upper case).
 */
export function isResidentId(id: string, now: Date = new Date()): boolean {
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  if (!isPlausibleBirthDate(id.slice(6, 14), now)) return false;
  return residentIdCheckChar(id.slice(0, 17)) === id[17];
}
