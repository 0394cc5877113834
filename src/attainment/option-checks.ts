import { chitieuError, type ErrorPath } from '../errors.js';
import type { Measure } from '../indicator/measure-schema.js';
import { MEASURES } from '../indicator/measure-values.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import type { Target } from '../targets/target-schema.js';
import { checkOneOf } from '../validation/check-argument.js';

/** @internal Every {@link Measure} (defined with its schema). */
export { MEASURES };

/** @internal Options must be absent or a plain object. */
export function checkOptionsObject(options: unknown, path: ErrorPath = ['options']): void {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw chitieuError('invalid-argument', 'an options object or nothing', {
      received: options,
      path,
    });
  }
}

/** @internal A relative tolerance: a number that is not negative; `fallback` when absent. */
export function checkTolerance(
  value: Numeric | undefined,
  fallback: Decimal,
  path: ErrorPath,
): Decimal {
  if (value === undefined) return fallback;
  const tolerance = toDecimal(value, path);
  if (tolerance.isNegative()) {
    throw chitieuError(
      'invalid-argument',
      'a relative tolerance that is not negative (0.05 = ±5 %)',
      {
        received: value,
        path,
      },
    );
  }
  return tolerance;
}

/**
 * @internal The `measure` option: null when absent, else a {@link Measure} that fits the
 * target (a change in percentage points is a change of a rate).
 */
export function checkMeasure(value: unknown, target: Target, path: ErrorPath): Measure | null {
  const measure = checkOneOf(value, MEASURES, null, path);
  if (
    measure !== null &&
    measure !== 'rate' &&
    target.kind === 'change' &&
    target.basis === 'points'
  ) {
    throw chitieuError(
      'unit-mismatch',
      "measure 'rate' for a change in percentage points (điểm phần trăm)",
      { received: measure, path },
    );
  }
  return measure;
}
