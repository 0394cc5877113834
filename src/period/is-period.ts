import { periodProblem } from './check-period.js';
import type { Period } from './period-schema.js';

/**
 * Is `value` a valid {@link Period}? A cheap type guard that never throws and agrees with
 * {@link "chitieu/schemas"!periodSchema}. To get the reason a value is not a period, use {@link "chitieu/schemas"!parsePeriod}.
 *
 * @category Periods
 * @param value - anything
 * @returns true when value is a period with whole years from 1900 to 2200, a half of 1 or
 * 2, a quarter from 1 to 4, a month from 1 to 12, or a stage/term that ends after it starts
 * @example
 * ```ts
 * isPeriod({ kind: 'quarter', year: 2021, quarter: 3 });
 * //=> true
 * isPeriod({ kind: 'half', year: 2020, half: 3 });
 * //=> false
 * isPeriod({ kind: 'term', startYear: 2025, endYear: 2020 });
 * //=> false
 * ```
 */
export function isPeriod(value: unknown): value is Period {
  return periodProblem(value) === undefined;
}
