import type { Change } from '../attainment/change-schema.js';
import { chitieuError } from '../errors.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import type { Decimal } from '../numeric/decimal.js';
import type { Rounding } from '../numeric/rounding.js';
import { toDecimal } from '../numeric/to-decimal.js';

/**
 * Options of {@link describeChange}.
 *
 * @category Report
 */
export interface DescribeChangeOptions {
  /**
   * The unit after the figure ("đảng viên", "tiêu chí", "tỷ đồng"). A change in points (a
   * rate's change) is printed with "%" (or "điểm phần trăm") and ignores it.
   */
  readonly unit?: string | null | undefined;
  /** The period compared with: `'năm 2020'` gives "… so với năm 2020". */
  readonly since?: string | undefined;
  /** Decimal places to print; the exact change unless given (1 for `relative`). */
  readonly decimals?: number | undefined;
  /** How to round to `decimals`; `'half-up'` unless given. */
  readonly rounding?: Rounding | undefined;
  /**
   * For a rate: `false` (default) prints the points as reports do, "giảm 1,02%"; `true`
   * says "giảm 1,02 điểm phần trăm".
   */
  readonly pointsWord?: boolean | undefined;
  /** Say the relative change in percent ("tăng 15,3%") instead of the absolute one. */
  readonly relative?: boolean | undefined;
}

function checkText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw chitieuError('invalid-argument', `a non-empty string for ${name}`, {
      received: value,
      path: ['opts', name],
    });
  }
  return value.trim();
}

/**
 * Say a change in Vietnamese, as reports do: "tăng 121 đảng viên so với năm 2020", "tăng
 * 19 tiêu chí so với năm 2020", "giảm 1,02%" for a rate (its change is in percentage
 * points; the Vietnamese convention writes them with "%", or "giảm 1,02 điểm phần trăm"
 * with `pointsWord`), "không thay đổi" when nothing moved. The word (tăng / giảm) comes
 * from the sign of `absolute`. Lower case, to sit inside a sentence.
 *
 * @category Report
 * @param change - a {@link Change}, as `change()` returns it
 * @param opts - unit, since, decimals, rounding, pointsWord, relative
 * @returns the Vietnamese phrase
 * @throws {@link ChitieuError} `invalid-number` for a malformed change, `division-by-zero`
 * for `relative` when the previous figure was 0, `invalid-argument` for bad options
 * @example
 * ```ts
 * describeChange(change(169, 48), { unit: 'đảng viên', since: 'năm 2020' });
 * //=> 'tăng 121 đảng viên so với năm 2020'
 * describeChange(change(381, 362), { unit: 'tiêu chí', since: 'năm 2020' });
 * //=> 'tăng 19 tiêu chí so với năm 2020'
 * describeChange(change('3.96', '4.98', { measure: 'rate' }));
 * //=> 'giảm 1,02%'
 * describeChange(change('3.96', '4.98', { measure: 'rate' }), { pointsWord: true });
 * //=> 'giảm 1,02 điểm phần trăm'
 * describeChange(change(169, 48), { relative: true });
 * //=> 'tăng 252,1%'
 * describeChange(change(5, 5), { since: 'năm 2020' });
 * //=> 'không thay đổi so với năm 2020'
 * ```
 */
export function describeChange(change: Change, opts: DescribeChangeOptions = {}): string {
  if (typeof change !== 'object' || change === null) {
    throw chitieuError('invalid-argument', 'a change, as change() returns it', {
      received: change,
      path: ['change'],
    });
  }
  const since = opts.since === undefined ? '' : ` so với ${checkText(opts.since, 'since')}`;
  const absolute = toDecimal(change.absolute, ['change', 'absolute']);
  if (absolute.isZero()) return `không thay đổi${since}`;
  const word = absolute.isNegative() ? 'giảm' : 'tăng';
  const format = (x: Decimal, decimals: number | undefined) =>
    formatDecimalVi(
      x.abs(),
      decimals === undefined ? {} : { decimals, rounding: opts.rounding ?? 'half-up' },
    );

  if (opts.relative === true) {
    if (change.relative === null || change.relative === undefined) {
      throw chitieuError(
        'division-by-zero',
        'a previous figure other than 0 to say the change in percent',
        { received: 0, path: ['change', 'previous'] },
      );
    }
    const relative = toDecimal(change.relative, ['change', 'relative']);
    return `${word} ${format(relative, opts.decimals ?? 1)}%${since}`;
  }

  const figure = format(absolute, opts.decimals);
  if (change.unit === 'points') {
    return `${word} ${figure}${opts.pointsWord === true ? ' điểm phần trăm' : '%'}${since}`;
  }
  const unit = opts.unit === undefined || opts.unit === null ? '' : checkText(opts.unit, 'unit');
  const spaced = unit === '' ? '' : unit === '%' ? '%' : ` ${unit}`;
  return `${word} ${figure}${spaced}${since}`;
}
