import { Decimal as DecimalJs } from 'decimal.js';
import type * as z from 'zod/mini';
import { chitieuError, type ErrorPath } from '../errors.js';
import type { roundingSchema } from './rounding-schema.js';

/**
 * How a figure is rounded when it is printed or compared with a published one. Reports
 * differ: Hà Tĩnh truncates (169/150 = 112,666…% is published "112,6%"), Nam Định rounds
 * half-up (70,1957…% → "70,2%").
 *
 * - `half-up`: to nearest, halves away from zero (làm tròn thông thường): 2,25 → 2,3
 * - `half-even`: to nearest, halves to the even digit (banker's): 2,25 → 2,2
 * - `truncate`: drop the digits (cắt bỏ), towards zero: 2,29 → 2,2; −2,29 → −2,2
 * - `ceil`: towards +∞: 2,21 → 2,3
 * - `floor`: towards −∞: −2,21 → −2,3
 *
 * @category Numbers
 */
export type Rounding = z.output<typeof roundingSchema>;

/** @internal The rounding modes, once: {@link roundings}, the type and the schema come from it. */
export const ROUNDING_MODES = ['half-up', 'half-even', 'truncate', 'ceil', 'floor'] as const;

/**
 * Every {@link Rounding} mode, in a stable order.
 *
 * @category Numbers
 * @example
 * ```ts
 * roundings;
 * //=> ['half-up', 'half-even', 'truncate', 'ceil', 'floor']
 * ```
 */
export const roundings: readonly Rounding[] = /* @__PURE__ */ Object.freeze([...ROUNDING_MODES]);

/** @internal decimal.js rounding constant for each named mode. */
export function decimalRoundingMode(rounding: Rounding, path: ErrorPath = []): DecimalJs.Rounding {
  switch (rounding) {
    case 'half-up':
      return DecimalJs.ROUND_HALF_UP;
    case 'half-even':
      return DecimalJs.ROUND_HALF_EVEN;
    case 'truncate':
      return DecimalJs.ROUND_DOWN;
    case 'ceil':
      return DecimalJs.ROUND_CEIL;
    case 'floor':
      return DecimalJs.ROUND_FLOOR;
    default:
      throw chitieuError('invalid-argument', `a rounding mode (${roundings.join(', ')})`, {
        received: rounding,
        path,
      });
  }
}

/** @internal Validate a count of decimal places: an integer from 0 to 100. */
export function checkDecimals(decimals: number, path: ErrorPath = ['decimals']): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw chitieuError('invalid-argument', 'a whole number of decimal places from 0 to 100', {
      received: decimals,
      path,
    });
  }
  return decimals;
}
