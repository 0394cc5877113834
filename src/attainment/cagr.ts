import type { Decimal, Numeric } from '../numeric/decimal.js';
import { checkedCompoundArgs, compoundRate } from './compound-rate.js';

/**
 * The compound annual growth rate (tốc độ tăng bình quân hằng năm) from `start` to `end`
 * over `years`, in percent per year: ((end / start)^(1 / years) − 1) × 100.
 *
 * A fractional power is not exact in decimal: the root is computed to chitieu's 50
 * significant digits (a whole root such as 1,331^(1/3) = 1,1 comes out exact). Round it
 * when printing.
 *
 * @category Attainment
 * @param start - the figure at the start; must be positive
 * @param end - the figure at the end; must not be negative
 * @param years - the number of years between them; positive (whole or not)
 * @returns the yearly growth in percent
 * @throws {@link ChitieuError} `invalid-argument` when start ≤ 0, end < 0 or years ≤ 0, or
 * when the rate would be past 1e±1000 (a big growth over a sliver of a year),
 * `invalid-number` for values that are not numbers
 * @example
 * ```ts
 * cagr(1000, 1331, 3).toString();
 * //=> '10'
 * formatViNumber(cagr(100, 200, 5), { decimals: 2, rounding: 'half-up' });
 * //=> '14,87'
 * cagr(0, 100, 5);
 * // throws ChitieuError invalid-argument
 * ```
 */
export function cagr(start: Numeric, end: Numeric, years: Numeric): Decimal {
  const [s, e, n] = checkedCompoundArgs(start, end, years, [['start'], ['end'], ['years']]);
  return compoundRate(s, e, n);
}
