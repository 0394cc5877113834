import { addMonths } from 'date-fns/addMonths';
import { type CalendarDate, dayNumber } from '../period/calendar.js';

/**
 * @internal Add whole months to a calendar day with date-fns' `addMonths`, free of time
 * zones: the day is built at local noon (never near a DST shift) and read back in local
 * time. A day missing from the target month is clamped to its last day (29/2 + 12 months
 * = 28/2).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(date.year, date.month - 1, date.day);
  const result = addMonths(local, months);
  return { year: result.getFullYear(), month: result.getMonth() + 1, day: result.getDate() };
}

/**
 * @internal Whole months completed from `from` to `to` (`to` not before `from`): the largest
 * n with `addCalendarMonths(from, n)` on or before `to`.
 */
export function completedMonths(from: CalendarDate, to: CalendarDate): number {
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  const target = dayNumber(to);
  while (months > 0 && dayNumber(addCalendarMonths(from, months)) > target) months -= 1;
  return months;
}
