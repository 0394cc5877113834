import { type CalendarDate, daysInMonth } from './calendar.js';
import type { Period } from './period-schema.js';

/** @internal The first and last day of a period (both inclusive). */
export interface PeriodBounds {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

function months(year: number, first: number, last: number): PeriodBounds {
  return {
    start: { year, month: first, day: 1 },
    end: { year, month: last, day: daysInMonth(year, last) },
  };
}

/**
 * @internal The first and last calendar day of an already-checked period. A stage or term
 * runs from 1 January of its start year to 31 December of its end year.
 */
export function periodBounds(period: Period): PeriodBounds {
  switch (period.kind) {
    case 'year':
      return months(period.year, 1, 12);
    case 'half':
      return period.half === 1 ? months(period.year, 1, 6) : months(period.year, 7, 12);
    case 'quarter':
      return months(period.year, period.quarter * 3 - 2, period.quarter * 3);
    case 'month':
      return months(period.year, period.month, period.month);
    case 'nine-months':
      return months(period.year, 1, 9);
    case 'stage':
    case 'term':
      return {
        start: { year: period.startYear, month: 1, day: 1 },
        end: { year: period.endYear, month: 12, day: 31 },
      };
  }
}
