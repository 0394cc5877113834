import { chitieuError } from '../errors.js';
import { checkPeriod, freezePeriod } from './check-period.js';
import { MIN_YEAR } from './period-limits.js';
import type { Period } from './period-schema.js';
import { previousMultiYear } from './previous-period.js';

/**
 * The same period one year earlier (cùng kỳ năm trước), the base of year-on-year
 * comparisons ("tăng 6,93% so với cùng kỳ năm trước"): 6 tháng đầu năm 2020 → 6 tháng đầu
 * năm 2019, quý III năm 2021 → quý III năm 2020. A stage or term has no "last year": its
 * counterpart is the previous stage or term of the same length, as in
 * {@link previousPeriod} (giai đoạn 2021–2025 → 2016–2020).
 *
 * @category Periods
 * @param period - the period
 * @returns the same period a year earlier, frozen
 * @throws {@link ChitieuError} `invalid-period` when `period` is malformed or the result
 * would start before 1900
 * @example
 * ```ts
 * samePeriodLastYear({ kind: 'half', year: 2020, half: 1 });
 * //=> { kind: 'half', year: 2019, half: 1 }
 * periodLabel(samePeriodLastYear({ kind: 'quarter', year: 2021, quarter: 3 }));
 * //=> 'quý III năm 2020'
 * samePeriodLastYear({ kind: 'stage', startYear: 2021, endYear: 2025 });
 * //=> { kind: 'stage', startYear: 2016, endYear: 2020 }
 * ```
 */
export function samePeriodLastYear(period: Period): Period {
  const p = checkPeriod(period);
  if (p.kind === 'stage' || p.kind === 'term') return previousMultiYear(p);
  if (p.year <= MIN_YEAR) {
    throw chitieuError(
      'invalid-period',
      `a period whose same period last year is in ${MIN_YEAR} or later`,
      { received: p.year, path: ['period', 'year'] },
    );
  }
  return freezePeriod({ ...p, year: p.year - 1 });
}
