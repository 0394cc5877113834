import { chitieuError } from '../errors.js';
import { checkPeriod } from './check-period.js';
import { MIN_YEAR } from './period-limits.js';
import type { Period } from './period-schema.js';

function tooEarly(field: 'year' | 'startYear', received: number): never {
  throw chitieuError(
    'invalid-period',
    `a period whose previous period starts in ${MIN_YEAR} or later`,
    { received, path: ['period', field] },
  );
}

function yearBefore(year: number): number {
  return year > MIN_YEAR ? year - 1 : tooEarly('year', year);
}

/**
 * @internal The stage or term before a checked one. Plan stages are consecutive: giai đoạn
 * 2021–2025 follows 2016–2020, so the step is the number of years covered (end − start + 1).
 * Terms share their boundary year: nhiệm kỳ 2020–2025 follows 2015–2020 and HĐND 2021–2026
 * follows 2016–2021, so the step is end − start.
 */
export function previousMultiYear(period: Extract<Period, { kind: 'stage' | 'term' }>): Period {
  const step =
    period.kind === 'stage'
      ? period.endYear - period.startYear + 1
      : period.endYear - period.startYear;
  const startYear = period.startYear - step;
  if (startYear < MIN_YEAR) tooEarly('startYear', period.startYear);
  return Object.freeze({ kind: period.kind, startYear, endYear: period.endYear - step });
}

/**
 * The period just before this one, of the same kind (kỳ trước): the previous year; the
 * first half before the second and the second half of last year before the first; the
 * previous quarter or month, across the year border (quý I → quý IV năm trước, tháng 1 →
 * tháng 12 năm trước); last year's nine months; and the previous stage or term of the same
 * length (giai đoạn 2021–2025 → 2016–2020; nhiệm kỳ 2020–2025 → 2015–2020, since
 * consecutive terms share their boundary year).
 *
 * @category Periods
 * @param period - the period
 * @returns the previous period, frozen
 * @throws {@link ChitieuError} `invalid-period` when `period` is malformed or its
 * predecessor would start before 1900
 * @example
 * ```ts
 * previousPeriod({ kind: 'half', year: 2020, half: 2 });
 * //=> { kind: 'half', year: 2020, half: 1 }
 * previousPeriod({ kind: 'quarter', year: 2021, quarter: 1 });
 * //=> { kind: 'quarter', year: 2020, quarter: 4 }
 * previousPeriod({ kind: 'month', year: 2021, month: 1 });
 * //=> { kind: 'month', year: 2020, month: 12 }
 * previousPeriod({ kind: 'stage', startYear: 2021, endYear: 2025 });
 * //=> { kind: 'stage', startYear: 2016, endYear: 2020 }
 * previousPeriod({ kind: 'term', startYear: 2020, endYear: 2025 });
 * //=> { kind: 'term', startYear: 2015, endYear: 2020 }
 * ```
 */
export function previousPeriod(period: Period): Period {
  const p = checkPeriod(period);
  switch (p.kind) {
    case 'year':
    case 'nine-months':
      return Object.freeze({ kind: p.kind, year: yearBefore(p.year) });
    case 'half':
      return p.half === 2
        ? Object.freeze({ kind: 'half', year: p.year, half: 1 })
        : Object.freeze({ kind: 'half', year: yearBefore(p.year), half: 2 });
    case 'quarter':
      return p.quarter > 1
        ? Object.freeze({ kind: 'quarter', year: p.year, quarter: (p.quarter - 1) as 1 | 2 | 3 })
        : Object.freeze({ kind: 'quarter', year: yearBefore(p.year), quarter: 4 });
    case 'month':
      return p.month > 1
        ? Object.freeze({ kind: 'month', year: p.year, month: p.month - 1 })
        : Object.freeze({ kind: 'month', year: yearBefore(p.year), month: 12 });
    case 'stage':
    case 'term':
      return previousMultiYear(p);
  }
}
