import { dayNumber, readDate } from './calendar.js';
import { checkPeriod } from './check-period.js';
import { periodBounds } from './period-bounds.js';
import type { Period } from './period-schema.js';

/**
 * Does a period include a calendar day? Both its first and last day are included.
 *
 * A `Date` counts as the calendar day it shows in the machine's local time zone; pass a
 * `'YYYY-MM-DD'` string to be independent of time zones.
 *
 * @category Periods
 * @param period - the period
 * @param date - the day, as `'YYYY-MM-DD'` or a `Date`
 * @returns true when the day falls within the period
 * @throws {@link ChitieuError} `invalid-argument` for a date that is not a real calendar
 * day, `invalid-period` for a malformed period
 * @example
 * ```ts
 * periodContains({ kind: 'half', year: 2020, half: 1 }, '2020-06-30');
 * //=> true
 * periodContains({ kind: 'half', year: 2020, half: 1 }, '2020-07-01');
 * //=> false
 * periodContains({ kind: 'term', startYear: 2020, endYear: 2025 }, new Date(2025, 11, 31));
 * //=> true
 * ```
 */
export function periodContains(period: Period, date: string | Date): boolean {
  const p = checkPeriod(period);
  const day = dayNumber(readDate(date));
  const { start, end } = periodBounds(p);
  return day >= dayNumber(start) && day <= dayNumber(end);
}
