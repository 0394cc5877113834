import type { Measure } from '../indicator/measure-schema.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { timesHundred } from '../numeric/times-hundred.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkOneOf } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { Change } from './change-schema.js';
import { checkOptionsObject, MEASURES } from './option-checks.js';

const ZERO = /* @__PURE__ */ new Decimal(0);

/**
 * Options of {@link change}.
 *
 * @category Attainment
 */
export interface ChangeOptions {
  /**
   * The indicator's measure. For a `rate` (a percentage: tỷ lệ hộ nghèo) the absolute change
   * is in percentage points (điểm phần trăm), as Vietnamese reports mean "giảm 1,02%".
   */
  readonly measure?: Measure | undefined;
}

/** The options change knows: any other key is refused (a misspelling would be ignored). */
const CHANGE_OPTIONS: readonly string[] = ['measure'];

/**
 * How a figure changed from the previous period (so với cùng kỳ / so với năm trước): the
 * absolute change (in points for a rate) and the relative change in percent. Exact.
 *
 * @category Attainment
 * @param current - this period's figure
 * @param previous - the figure it is compared with
 * @param options - the measure (`rate` → the absolute change is in points)
 * @returns the {@link Change}, carrying its inputs
 * @throws {@link ChitieuError} `invalid-number` for bad figures (paths `['current']`,
 * `['previous']`), `invalid-argument` for an unknown measure
 * @example
 * ```ts
 * // "kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020"
 * change(169, 48).absolute.toString();
 * //=> '121'
 * // "Tỷ lệ hộ nghèo còn 3,96%, giảm 1,02%": 1,02 percentage points
 * const c = change('3.96', '4.98', { measure: 'rate' });
 * [c.absolute.toString(), c.unit, c.direction];
 * //=> ['-1.02', 'points', 'decrease']
 * change(5, 0).relative;
 * //=> null
 * ```
 */
export function change(current: Numeric, previous: Numeric, options?: ChangeOptions): Change {
  checkOptionKeys(options, CHANGE_OPTIONS);
  const now = toDecimal(current, ['current']);
  const before = toDecimal(previous, ['previous']);
  checkOptionsObject(options);
  const measure = checkOneOf(options?.measure, MEASURES, null, ['options', 'measure']);
  return changeOf(now, before, measure);
}

/**
 * @internal The unchecked core of {@link change}, for chitieu Decimals and a known measure
 * (evaluatePlan calls it for every item with a baseline).
 */
export function changeOf(now: Decimal, before: Decimal, measure: Measure | null): Change {
  // Never −0: toDecimal keeps zeros unsigned, and x − x is +0 under half-up rounding.
  const absolute = now.minus(before);
  return {
    absolute,
    relative: before.isZero()
      ? null
      : absolute.isZero()
        ? ZERO
        : timesHundred(absolute).div(before.isNegative() ? before.neg() : before),
    direction: absolute.isZero() ? 'unchanged' : absolute.isPositive() ? 'increase' : 'decrease',
    unit: measure === 'rate' ? 'points' : 'units',
    current: now,
    previous: before,
    measure,
  };
}
