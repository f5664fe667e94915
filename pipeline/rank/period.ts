/**
 * Reporting periods. A period is a closed range of service dates (`calls.date`, YYYY-MM-DD):
 *
 * - day     `2026-11-20`
 * - week    `2026-W47` (ISO 8601 week: Monday–Sunday; week 1 holds the year's first Thursday)
 * - month   `2026-11`
 * - custom  `2026-11-01..2026-11-15` (both ends included)
 *
 * Dates are calendar dates with no time zone; arithmetic runs on UTC midnights so that no
 * daylight-saving shift can move a day.
 */
import { UserInputError } from '../errors.ts';

export type PeriodKind = 'day' | 'week' | 'month' | 'custom';

export interface Period {
  kind: PeriodKind;
  /** Canonical text, accepted back by `parsePeriod`. */
  label: string;
  /** First service date, YYYY-MM-DD. */
  startDate: string;
  /** Last service date, YYYY-MM-DD, included. */
  endDate: string;
}

export class PeriodError extends UserInputError {
  constructor(input: string, why: string) {
    super(`invalid period "${input}": ${why} (expected YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD)`, { code: 'period_invalid' });
  }
}

const DAY_MS = 86_400_000;

/** Parses a period; throws PeriodError naming the input and what is wrong with it. */
export function parsePeriod(text: string): Period {
  const input = String(text ?? '').trim();
  let m: RegExpMatchArray | null;
  if ((m = input.match(/^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/))) {
    const start = checkDate(input, m[1]);
    const end = checkDate(input, m[2]);
    if (end < start) throw new PeriodError(input, `end ${end} is before start ${start}`);
    return { kind: 'custom', label: `${start}..${end}`, startDate: start, endDate: end };
  }
  if ((m = input.match(/^\d{4}-\d{2}-\d{2}$/))) {
    const day = checkDate(input, m[0]);
    return { kind: 'day', label: day, startDate: day, endDate: day };
  }
  if ((m = input.match(/^(\d{4})-W(\d{2})$/i))) {
    return isoWeek(input, Number(m[1]), Number(m[2]));
  }
  if ((m = input.match(/^(\d{4})-(\d{2})$/))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new PeriodError(input, `month ${m[2]} is not 01–12`);
    return monthPeriod(year, month);
  }
  throw new PeriodError(input, 'unrecognised format');
}

/** The period's canonical text (same as `period.label`). */
export function formatPeriod(period: Period): string {
  return period.label;
}

/** Number of service dates in the period. */
export function periodDays(period: Period): number {
  return Math.round((toMs(period.endDate) - toMs(period.startDate)) / DAY_MS) + 1;
}

/**
 * The period just before: the previous day, ISO week or calendar month (months differ in
 * length by design: HR compares October with November), or for a custom range the range of
 * the same number of days ending the day before it starts.
 */
export function previousPeriod(period: Period): Period {
  switch (period.kind) {
    case 'day': {
      const d = addDays(period.startDate, -1);
      return { kind: 'day', label: d, startDate: d, endDate: d };
    }
    case 'week': {
      const monday = addDays(period.startDate, -7);
      return weekFromMonday(monday);
    }
    case 'month': {
      const [y, mo] = period.startDate.split('-').map(Number);
      return mo === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, mo - 1);
    }
    case 'custom': {
      const end = addDays(period.startDate, -1);
      const start = addDays(end, -(periodDays(period) - 1));
      return { kind: 'custom', label: `${start}..${end}`, startDate: start, endDate: end };
    }
  }
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

function checkDate(input: string, date: string): string {
  const ms = toMs(date);
  if (Number.isNaN(ms) || fromMs(ms) !== date) throw new PeriodError(input, `${date} is not a calendar date`);
  return date;
}

function monthPeriod(year: number, month: number): Period {
  const start = `${pad(year, 4)}-${pad(month, 2)}-01`;
  const end = fromMs(Date.UTC(year, month, 0));
  return { kind: 'month', label: start.slice(0, 7), startDate: start, endDate: end };
}

function isoWeek(input: string, year: number, week: number): Period {
  if (week < 1) throw new PeriodError(input, 'week 00 does not exist');
  // The Monday of week 1 is the Monday on or before 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  const monday = fromMs(jan4 - jan4Weekday * DAY_MS + (week - 1) * 7 * DAY_MS);
  const period = weekFromMonday(monday);
  if (period.label !== `${pad(year, 4)}-W${pad(week, 2)}`) {
    throw new PeriodError(input, `${year} has no ISO week ${week}`);
  }
  return period;
}

/** The ISO week starting on `monday`; its year is the year of its Thursday. */
function weekFromMonday(monday: string): Period {
  const thursday = toMs(addDays(monday, 3));
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { kind: 'week', label: `${pad(year, 4)}-W${pad(week, 2)}`, startDate: monday, endDate: addDays(monday, 6) };
}

function toMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
