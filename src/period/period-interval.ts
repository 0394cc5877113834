import { dayNumber, formatIsoDate } from './calendar.js';
import { checkPeriod, freezePeriod } from './check-period.js';
import { periodBounds } from './period-bounds.js';
import type { PeriodInterval } from './period-interval-schema.js';
import type { Period } from './period-schema.js';

/**
 * The calendar days a period covers, from its first to its last day inclusive, as
 * `YYYY-MM-DD` strings: plain JSON, and the same on every machine whatever its time zone.
 * A stage (giai đoạn 2021–2025) and a term (nhiệm kỳ 2020–2025) run from 1 January of their
 * start year to 31 December of their end year.
 *
 * @category Periods
 * @param period - the period
 * @returns `{ period, start, end, days }`, frozen
 * @throws {@link ChitieuError} `invalid-period` when `period` is malformed
 * @example
 * ```ts
 * periodInterval({ kind: 'half', year: 2020, half: 1 });
 * //=> { start: '2020-01-01', end: '2020-06-30', days: 182 }
 * periodInterval({ kind: 'quarter', year: 2021, quarter: 3 });
 * //=> { start: '2021-07-01', end: '2021-09-30', days: 92 }
 * periodInterval({ kind: 'stage', startYear: 2021, endYear: 2025 });
 * //=> { start: '2021-01-01', end: '2025-12-31', days: 1826 }
 * ```
 */
export function periodInterval(period: Period): PeriodInterval {
  const p = checkPeriod(period);
  const { start, end } = periodBounds(p);
  return Object.freeze({
    period: freezePeriod(p),
    start: formatIsoDate(start),
    end: formatIsoDate(end),
    days: dayNumber(end) - dayNumber(start) + 1,
  });
}
