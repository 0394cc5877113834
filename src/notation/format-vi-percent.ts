import type { Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { type FormatViNumberOptions, formatDecimalVi, formatNumberVi } from './format-vi-number.js';

/** The options formatViPercent knows: any other key is refused (a misspelling would be ignored). */
const FORMAT_VI_PERCENT_OPTIONS: readonly string[] = ['decimals', 'fixed', 'grouping', 'rounding'];

/**
 * Print a percentage the Vietnamese way, followed by "%" with no space. `x` is already in
 * percent (112.666… prints "112,6%" truncated), as {@link percentOf} returns it.
 *
 * @category Notation
 * @param x - the percentage
 * @param options - decimals, rounding, grouping, fixed (as {@link formatViNumber})
 * @returns the printed percentage
 * @example
 * ```ts
 * const pct = percentOf(169, 150);
 * formatViPercent(pct, { decimals: 1, rounding: 'truncate' });
 * //=> '112,6%'
 * formatViPercent(pct, { decimals: 1, rounding: 'half-up' });
 * //=> '112,7%'
 * formatViPercent(100, { decimals: 1 });
 * //=> '100%'
 * ```
 */
export function formatViPercent(x: Numeric, options: FormatViNumberOptions = {}): string {
  checkOptionKeys(options, FORMAT_VI_PERCENT_OPTIONS);
  const fast = typeof x === 'number' ? formatNumberVi(x, options) : null;
  return `${fast ?? formatDecimalVi(toDecimal(x, ['x']), options)}%`;
}
