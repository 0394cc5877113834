import type { Decimal, Numeric } from '../numeric/decimal.js';
import { checkedCompoundArgs, compoundRate } from './compound-rate.js';

/**
 * The yearly growth needed (tốc độ tăng bình quân cần đạt) to go from `current` to `target`
 * in `years`, in percent per year: ((target / current)^(1 / years) − 1) × 100. Negative
 * when the target is below the current figure (a yearly decrease).
 *
 * A fractional power is not exact in decimal: the root is computed to chitieu's 50
 * significant digits (a whole root comes out exact). Round it when printing.
 *
 * @category Attainment
 * @param current - the figure now; must be positive
 * @param target - the figure to reach; must not be negative
 * @param years - the years left; positive (whole or not)
 * @returns the yearly growth needed, in percent
 * @throws {@link ChitieuError} `invalid-argument` when current ≤ 0, target < 0 or years ≤ 0,
 * or when the rate would be past 1e±1000, `invalid-number` for values that are not numbers
 * @example
 * ```ts
 * // income 49,22 → a target of 51,5 triệu đồng in one year
 * formatViNumber(requiredGrowth('49.22', '51.5', 1), { decimals: 2 });
 * //=> '4,63'
 * requiredGrowth(100, 121, 2).toString();
 * //=> '10'
 * ```
 */
export function requiredGrowth(current: Numeric, target: Numeric, years: Numeric): Decimal {
  const [s, e, n] = checkedCompoundArgs(current, target, years, [
    ['current'],
    ['target'],
    ['years'],
  ]);
  return compoundRate(s, e, n);
}
