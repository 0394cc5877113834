import { chitieuError, type ErrorPath } from '../errors.js';

/**
 * @internal A day of the proleptic Gregorian calendar as three integers, free of time zones.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** @internal Is `year` a leap year (năm nhuận) of the Gregorian calendar? */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @internal The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * @internal A serial day number (1970-01-01 is 0), by integer arithmetic only (H. Hinnant's
 * days-from-civil), so that day differences never meet a time zone or a DST shift.
 */
export function dayNumber(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (date.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** @internal `YYYY-MM-DD` for a date with a four-digit year. */
export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(
    date.day,
  ).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXPECTED = 'a calendar date as a "YYYY-MM-DD" string (e.g. "2021-06-30") or a valid Date';

/**
 * The time of a real Date (of any realm), or undefined for anything else: an object can
 * claim `Symbol.toStringTag` 'Date' without being one, but only a Date has the slot that
 * `Date.prototype.getTime` reads.
 */
function timeOf(value: unknown): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/**
 * @internal Read a date argument: a `YYYY-MM-DD` string (a real calendar day: no
 * 2021-02-29), or a valid `Date`, taken as the calendar day it shows in the machine's local
 * time zone (as date-fns does: `new Date(2021, 5, 30)` is 30 June 2021 everywhere).
 * Throws `invalid-argument` otherwise.
 */
export function readDate(date: string | Date, path: ErrorPath = ['date']): CalendarDate {
  if (typeof date === 'string') {
    const m = ISO_DATE.exec(date);
    if (m !== null) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        return { year, month, day };
      }
    }
  } else {
    const time = timeOf(date);
    if (time !== undefined) {
      if (Number.isFinite(time)) {
        const local = new Date(time);
        return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
      }
      throw chitieuError('invalid-argument', EXPECTED, { received: 'Invalid Date', path });
    }
  }
  throw chitieuError('invalid-argument', EXPECTED, { received: date, path });
}
