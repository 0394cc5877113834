import { chitieuError } from '../errors.js';
import { Decimal, type Numeric } from './decimal.js';
import { toDecimal } from './to-decimal.js';

/**
 * `numerator / denominator`, exactly (to 50 significant digits).
 *
 * @category Numbers
 * @param numerator - the part
 * @param denominator - the whole; must not be zero
 * @returns the quotient
 * @throws {@link ChitieuError} `division-by-zero` when the denominator is 0, `invalid-number`
 * for non-numbers
 * @example
 * ```ts
 * ratio(18, 20).toString();
 * //=> '0.9'
 * ```
 */
export function ratio(numerator: Numeric, denominator: Numeric): Decimal {
  const n = toDecimal(numerator, ['numerator']);
  const d = toDecimal(denominator, ['denominator']);
  if (d.isZero()) {
    throw chitieuError('division-by-zero', 'a non-zero denominator', {
      received: 0,
      path: ['denominator'],
    });
  }
  const q = n.div(d);
  // 0 / −3 is −0 in decimal.js: keep zero unsigned, as toDecimal does.
  return q.isZero() ? new Decimal(0) : q;
}
