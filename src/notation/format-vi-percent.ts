import type { Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { type FormatViNumberOptions, formatDecimalVi, formatNumberVi } from './format-vi-number.js';
import { HOUSE_ROUNDING } from './house-rounding.js';

/** The options formatViPercent knows: any other key is refused (a misspelling would be ignored). */
const FORMAT_VI_PERCENT_OPTIONS: readonly string[] = ['decimals', 'fixed', 'grouping', 'rounding'];

/**
 * Print a **percentage** (not a ratio) the Vietnamese way, followed by "%" with no space.
 *
 * `x` is already in percent, as {@link percentOf} returns it: 112.666… prints "112,6%",
 * 12.56 prints "12,5%". A ratio is not converted: 0.1256 prints "0,1%" — multiply a ratio
 * by 100 first (or use {@link percentOf}(part, whole)).
 *
 * Rounded to {@link HOUSE_ROUNDING} (1 decimal, truncated) unless told otherwise; pass
 * `{ rounding: 'half-up' }` to print as a province that rounds half-up does, or
 * `{ decimals: 'exact' }` for every digit.
 *
 * @category Notation
 * @param percent - the percentage, in percent (12.5 for 12,5%), not a ratio (0.125)
 * @param options - decimals, rounding, grouping, fixed (as {@link formatViNumber})
 * @returns the printed percentage
 * @throws {@link ChitieuError} `invalid-number` for a bad value, `invalid-argument` for bad
 * options
 * @example
 * ```ts
 * const pct = percentOf(169, 150);
 * formatViPercent(pct);
 * //=> '112,6%'
 * formatViPercent(pct, { rounding: 'half-up' });
 * //=> '112,7%'
 * formatViPercent(pct, { decimals: 'exact' });
 * //=> '112,66666666666666666666666666666666666666666666667%'
 * formatViPercent(100);
 * //=> '100%'
 * formatViPercent(12.56);
 * //=> '12,5%'
 * ```
 */
export function formatViPercent(percent: Numeric, options: FormatViNumberOptions = {}): string {
  checkOptionKeys(options, FORMAT_VI_PERCENT_OPTIONS);
  const house = HOUSE_ROUNDING.decimals;
  const fast = typeof percent === 'number' ? formatNumberVi(percent, options, house) : null;
  return `${fast ?? formatDecimalVi(toDecimal(percent, ['percent']), options, house)}%`;
}
