import { Decimal } from '../numeric/decimal.js';
import type { Rounding } from '../numeric/rounding.js';
import type { ClaimFigure } from './claim.js';

/** @internal The interval a printed figure's true value lies in. */
export interface Bounds {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/** @internal A figure printed without decimals and without "%" (a count) is exact. */
export function isExact(f: ClaimFigure): boolean {
  return !f.percent && f.decimals === 0;
}

/**
 * @internal Where the true value of a non-negative figure printed with `decimals` lies when
 * it was rounded by one of `modes`: half-up ±u/2, truncate or floor [v, v + u], ceil
 * [v − u, v] (u = 10^−decimals). Closed at both ends: a boundary case is never flagged.
 */
export function printedBounds(
  value: Decimal,
  decimals: number,
  modes: readonly Rounding[],
): Bounds {
  const u = new Decimal(10).pow(-decimals);
  const half = u.div(2);
  let lo = value;
  let hi = value;
  for (const mode of modes) {
    const [a, b] =
      mode === 'half-up' || mode === 'half-even'
        ? [value.minus(half), value.plus(half)]
        : mode === 'ceil'
          ? [value.minus(u), value]
          : [value, value.plus(u)];
    if (a.lt(lo)) lo = a;
    if (b.gt(hi)) hi = b;
  }
  return { lo, hi };
}

/** @internal The bounds of a claim figure: exact for a count, else as printed. */
export function figureBounds(f: ClaimFigure, modes: readonly Rounding[]): Bounds {
  return isExact(f) ? { lo: f.value, hi: f.value } : printedBounds(f.value, f.decimals, modes);
}

/** @internal Do two closed intervals meet? */
export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}
