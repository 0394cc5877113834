import { chitieuError, type ErrorPath } from '../errors.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { isInRange, toDecimal } from '../numeric/to-decimal.js';

const ONE = /* @__PURE__ */ new Decimal(1);
const HUNDRED = /* @__PURE__ */ new Decimal(100);

/**
 * @internal The compound yearly rate, in percent, that takes `start` to `end` in `years`:
 * ((end / start)^(1 / years) − 1) × 100. Needs end / start ≥ 0 and years > 0 (unchecked).
 * A whole root (1,331 → 1,1 over 3 years) comes out exact; otherwise the power is computed
 * to the clone's 50 significant digits. A rate past 1e±1000 (a large growth over a tiny
 * fraction of a year) is refused with `invalid-argument` at `yearsPath`, never returned as
 * Infinity.
 */
export function compoundRate(
  start: Decimal,
  end: Decimal,
  years: Decimal,
  yearsPath: ErrorPath = ['years'],
): Decimal {
  const factor = end.div(start);
  const yearly = years.eq(ONE) ? factor : factor.pow(ONE.div(years));
  const rate = yearly.minus(ONE).times(HUNDRED);
  if (!rate.isFinite() || !isInRange(rate)) {
    throw chitieuError(
      'invalid-argument',
      'a number of years over which the compound rate stays within 1e±1000 percent',
      { received: years.toString(), path: yearsPath },
    );
  }
  return rate.isZero() ? new Decimal(0) : rate;
}

/**
 * @internal Check the arguments of a compound rate: a positive start, an end that is not
 * negative, a positive number of years.
 */
export function checkedCompoundArgs(
  start: Numeric,
  end: Numeric,
  years: Numeric,
  paths: readonly [ErrorPath, ErrorPath, ErrorPath],
): [Decimal, Decimal, Decimal] {
  const [startPath, endPath, yearsPath] = paths;
  const s = toDecimal(start, startPath);
  const e = toDecimal(end, endPath);
  const n = toDecimal(years, yearsPath);
  if (!s.isPositive() || s.isZero()) {
    throw chitieuError('invalid-argument', 'a positive starting figure for a compound rate', {
      received: start,
      path: startPath,
    });
  }
  if (e.isNegative() && !e.isZero()) {
    throw chitieuError('invalid-argument', 'an end figure that is not negative', {
      received: end,
      path: endPath,
    });
  }
  if (!n.isPositive() || n.isZero()) {
    throw chitieuError('invalid-argument', 'a positive number of years', {
      received: years,
      path: yearsPath,
    });
  }
  return [s, e, n];
}
