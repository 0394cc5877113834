import { chitieuError } from '../errors.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';

const HUNDRED = /* @__PURE__ */ new Decimal(100);

/**
 * The growth rate (tốc độ tăng) from `previous` to `current`, in percent:
 * (current − previous) / |previous| × 100, which is (current / previous − 1) × 100 for a
 * positive previous figure (the absolute value keeps the sign of the growth right when the
 * previous figure is negative). Exact (repeating quotients to 50 significant digits).
 *
 * @category Attainment
 * @param current - this period's figure
 * @param previous - the previous period's figure; must not be 0
 * @returns the growth in percent (12.1 for 12,1 %)
 * @throws {@link ChitieuError} `division-by-zero` when previous is 0, `invalid-number` for
 * bad figures
 * @example
 * ```ts
 * growthRate('1121', 1000).toString();
 * //=> '12.1'
 * growthRate(45, 50).toString();
 * //=> '-10'
 * growthRate(5, 0);
 * // throws ChitieuError division-by-zero
 * ```
 */
export function growthRate(current: Numeric, previous: Numeric): Decimal {
  const now = toDecimal(current, ['current']);
  const before = toDecimal(previous, ['previous']);
  if (before.isZero()) {
    throw chitieuError('division-by-zero', 'a non-zero previous figure to grow from', {
      received: 0,
      path: ['previous'],
    });
  }
  const growth = now.minus(before).times(HUNDRED).div(before.abs());
  return growth.isZero() ? new Decimal(0) : growth;
}
