import { chitieuError } from '../errors.js';
import { Decimal, type Numeric } from './decimal.js';
import { toDecimal } from './to-decimal.js';

/**
 * What percent `part` is of `whole`: `part / whole × 100`, exactly. Nothing is rounded;
 * format the result with {@link formatViPercent} and a named rounding.
 *
 * @category Numbers
 * @param part - the part ("87.646 người")
 * @param whole - the whole; must not be zero
 * @returns the percentage (112.666… for 169 of 150)
 * @throws {@link ChitieuError} `division-by-zero` when whole is 0
 * @example
 * ```ts
 * percentOf(18, 20).toString();
 * //=> '90'
 * percentOf(169, 150).toFixed(3);
 * //=> '112.667'
 * ```
 */
export function percentOf(part: Numeric, whole: Numeric): Decimal {
  const p = toDecimal(part, ['part']);
  const w = toDecimal(whole, ['whole']);
  if (w.isZero()) {
    throw chitieuError('division-by-zero', 'a non-zero whole to take a percentage of', {
      received: 0,
      path: ['whole'],
    });
  }
  const q = p.times(100).div(w);
  // 0 of −5 is −0 in decimal.js: keep zero unsigned, as toDecimal does.
  return q.isZero() ? new Decimal(0) : q;
}
