import { HOUSE_ROUNDING } from '../notation/house-rounding.js';
import type { Decimal, Numeric } from './decimal.js';
import { checkDecimals, decimalRoundingMode, type Rounding } from './rounding.js';
import { toDecimal } from './to-decimal.js';

/**
 * Round a value to a number of decimal places with a named {@link Rounding}. Negative zero
 * is returned as zero.
 *
 * @category Numbers
 * @param x - the value
 * @param decimals - decimal places to keep, a whole number from 0 to 100
 * @param rounding - how to round; {@link HOUSE_ROUNDING}'s `'truncate'` unless given
 * @returns the rounded value
 * @throws {@link ChitieuError} `invalid-number` for a bad `x`, `invalid-argument` for bad
 * decimals or an unknown rounding mode
 * @example
 * ```ts
 * const pct = toDecimal(169).div(150).times(100);
 * roundTo(pct, 1).toString();
 * //=> '112.6'
 * roundTo(pct, 1, 'half-up').toString();
 * //=> '112.7'
 * roundTo('2.25', 1, 'half-even').toString();
 * //=> '2.2'
 * ```
 */
export function roundTo(
  x: Numeric,
  decimals: number,
  rounding: Rounding = HOUSE_ROUNDING.rounding,
): Decimal {
  const d = toDecimal(x, ['x']);
  const rounded = d.toDecimalPlaces(
    checkDecimals(decimals),
    decimalRoundingMode(rounding, ['rounding']),
  );
  return rounded.isZero() ? rounded.abs() : rounded;
}
