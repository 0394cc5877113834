import type { Change } from '../attainment/change-schema.js';
import { chitieuError, type ErrorPath } from '../errors.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import {
  HOUSE_ROUNDING,
  type ResolvedRounding,
  type RoundingOptions,
  resolveRounding,
} from '../notation/house-rounding.js';
import type { Decimal } from '../numeric/decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { readChange } from './read-results.js';
import { flagOption, readOptions, textOption } from './report-options.js';

/**
 * Options of {@link describeChange}.
 *
 * @category Report
 */
export interface DescribeChangeOptions extends RoundingOptions {
  /**
   * The unit after the figure ("đảng viên", "tiêu chí", "tỷ đồng"). A change in points (a
   * rate's change) is printed with "%" (or "điểm phần trăm") and ignores it.
   */
  readonly unit?: string | null | undefined;
  /** The period compared with: `'năm 2020'` gives "… so với năm 2020". */
  readonly since?: string | undefined;
  /**
   * Decimal places to print (`'exact'`: every digit); the exact change unless given, and
   * {@link HOUSE_ROUNDING}'s 1 for `relative`. Rounded by `rounding`, the house's
   * `'truncate'` unless given.
   */
  readonly decimals?: number | 'exact' | undefined;
  /**
   * For a rate: `false` (default) prints the points as reports do, "giảm 1,02%"; `true`
   * says "giảm 1,02 điểm phần trăm".
   */
  readonly pointsWord?: boolean | undefined;
  /** Say the relative change in percent ("tăng 15,3%") instead of the absolute one. */
  readonly relative?: boolean | undefined;
}

/** @internal The options of {@link describeChange}, checked. */
export interface ChangeWording {
  readonly unit: string | null;
  readonly since: string | undefined;
  /** How the absolute change is printed: exact unless `decimals` is given. */
  readonly absolute: ResolvedRounding;
  /** How the relative change is printed: the house's decimals unless given. */
  readonly relative: ResolvedRounding;
  readonly pointsWord: boolean;
  readonly inPercent: boolean;
}

/** @internal Check the options of {@link describeChange} (path `['options', …]`). */
export function readChangeOptions(options: unknown): ChangeWording {
  const o = readOptions(options);
  const unit = o.unit === null ? null : (textOption(o, 'unit') ?? null);
  return {
    unit,
    since: textOption(o, 'since'),
    absolute: resolveRounding(o, ['options'], 'exact'),
    relative: resolveRounding(o, ['options'], HOUSE_ROUNDING.decimals),
    pointsWord: flagOption(o, 'pointsWord') ?? false,
    inPercent: flagOption(o, 'relative') ?? false,
  };
}

/**
 * @internal The phrase for a checked change and checked options; `at` is where the change
 * sits in the caller's argument, for the error of a relative change from 0.
 */
export function changePhrase(change: Change, w: ChangeWording, at: ErrorPath): string {
  const since = w.since === undefined ? '' : ` so với ${w.since}`;
  const absolute = change.absolute;
  if (absolute.isZero()) return `không thay đổi${since}`;
  const word = absolute.isNegative() ? 'giảm' : 'tăng';
  const format = (x: Decimal, r: ResolvedRounding) => formatDecimalVi(x.abs(), r);

  if (w.inPercent) {
    if (change.relative === null) {
      throw chitieuError(
        'division-by-zero',
        'a previous figure other than 0 to say the change in percent',
        { received: 0, path: [...at, 'previous'] },
      );
    }
    return `${word} ${format(change.relative, w.relative)}%${since}`;
  }

  const figure = format(absolute, w.absolute);
  if (change.unit === 'points') {
    return `${word} ${figure}${w.pointsWord ? ' điểm phần trăm' : '%'}${since}`;
  }
  const spaced = w.unit === null ? '' : w.unit === '%' ? '%' : ` ${w.unit}`;
  return `${word} ${figure}${spaced}${since}`;
}

/** The options describeChange knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_CHANGE_OPTIONS: readonly string[] = [
  'decimals',
  'pointsWord',
  'relative',
  'rounding',
  'since',
  'unit',
];

/**
 * Say a change in Vietnamese, as reports do: "tăng 121 đảng viên so với năm 2020", "tăng
 * 19 tiêu chí so với năm 2020", "giảm 1,02%" for a rate (its change is in percentage
 * points; the Vietnamese convention writes them with "%", or "giảm 1,02 điểm phần trăm"
 * with `pointsWord`), "không thay đổi" when nothing moved. The word (tăng / giảm) comes
 * from the sign of `absolute`. Lower case, to sit inside a sentence.
 *
 * @category Report
 * @param change - a {@link Change}, as `change()` returns it
 * @param options - unit, since, decimals, rounding, pointsWord, relative
 * @returns the Vietnamese phrase
 * @throws {@link ChitieuError} `invalid-argument` for a malformed change (path `['change']`;
 * read one loaded back from JSON with parseChange of `chitieu/schemas` first) or bad options
 * (path `['options', …]`; `unit` and `since` must be non-empty strings), `division-by-zero`
 * for `relative` when the previous figure was 0
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
 * //=> 'tăng 252%'
 * describeChange(change(169, 48), { relative: true, rounding: 'half-up' });
 * //=> 'tăng 252,1%'
 * describeChange(change(5, 5), { since: 'năm 2020' });
 * //=> 'không thay đổi so với năm 2020'
 * describeChange(parseChange(JSON.parse(JSON.stringify(change(3365, 3268)))), { unit: 'mô hình' });
 * //=> 'tăng 97 mô hình'
 * describeChange(change(169, 48), { unit: 5 });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function describeChange(change: Change, options: DescribeChangeOptions = {}): string {
  checkOptionKeys(options, DESCRIBE_CHANGE_OPTIONS);
  const c = readChange(change, ['change']);
  return changePhrase(c, readChangeOptions(options), ['change']);
}
