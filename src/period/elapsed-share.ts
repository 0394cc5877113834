import { Decimal } from '../numeric/decimal.js';
import { dayNumber, readDate } from './calendar.js';
import { checkPeriod } from './check-period.js';
import { periodBounds } from './period-bounds.js';
import type { Period } from './period-schema.js';

/**
 * How much of a period has passed on a date, as a share from 0 to 1: whole days elapsed,
 * counting the given date itself, over the days in the period. 0 before the period starts,
 * 1 from its last day on. It is the share of time to set against the share of a yearly
 * target already reached when judging pace (tiến độ): by 30 June 49,6% of 2021 has passed.
 *
 * A `Date` counts as the calendar day it shows in the machine's local time zone
 * (`new Date(2021, 5, 30)` is 30 June 2021 everywhere); pass a `'YYYY-MM-DD'` string to be
 * independent of time zones.
 *
 * @category Periods
 * @param period - the period
 * @param date - the day, as `'YYYY-MM-DD'` or a `Date`
 * @returns the exact share elapsed (181/365 on 30 June 2021 in the year 2021)
 * @throws {@link ChitieuError} `invalid-argument` for a date that is not a real calendar
 * day (`'2021-02-29'`, `'30/6/2021'`, an invalid Date), `invalid-period` for a malformed
 * period
 * @example
 * ```ts
 * const share = elapsedShare({ kind: 'year', year: 2021 }, '2021-06-30');
 * share.equals(toDecimal(181).div(365));
 * //=> true
 * formatViPercent(share.times(100), { rounding: 'half-up' });
 * //=> '49,6%'
 * elapsedShare({ kind: 'quarter', year: 2021, quarter: 3 }, '2021-06-30').toString();
 * //=> '0'
 * elapsedShare({ kind: 'half', year: 2020, half: 1 }, new Date(2020, 5, 30)).toString();
 * //=> '1'
 * elapsedShare({ kind: 'year', year: 2021 }, '2021-02-29');
 * // throws ChitieuError invalid-argument
 * ```
 */
export function elapsedShare(period: Period, date: string | Date): Decimal {
  const p = checkPeriod(period);
  const day = dayNumber(readDate(date));
  const { start, end } = periodBounds(p);
  const first = dayNumber(start);
  const last = dayNumber(end);
  if (day < first) return new Decimal(0);
  if (day >= last) return new Decimal(1);
  return new Decimal(day - first + 1).div(last - first + 1);
}
