import { chitieuError, type ErrorPath } from '../errors.js';
import { checkDecimals, decimalRoundingMode, type Rounding } from '../numeric/rounding.js';

/**
 * How every percentage and computed figure chitieu prints is rounded unless told otherwise
 * (quy tắc làm tròn mặc định): 1 decimal place, truncated (cắt bỏ).
 *
 * Why truncate: a printed figure then never claims more than the exact one. 99,96% prints
 * "99,9%", never "100%", so a sentence cannot read as met (đạt 100%) when the plan was
 * missed, nor "100% số xã" when one commune is missing. Reports differ by province (Hà Tĩnh
 * and Bắc Kạn truncate: 169/150 → "112,6%"; Nam Định rounds half-up: 5.775/8.227 →
 * "70,2%"); to print as one of them, pass `{ rounding: 'half-up' }` — {@link reconcilePercent}
 * tells which rounding a published figure used.
 *
 * Figures you give (counts, money, a rate as published) are printed as given, with all
 * their digits; only computed ones (percent of plan, shares, relative changes, averages) are
 * rounded by this rule.
 *
 * @category Notation
 * @example
 * ```ts
 * HOUSE_ROUNDING;
 * //=> { decimals: 1, rounding: 'truncate' }
 * formatViPercent(percentOf(169, 150));
 * //=> '112,6%'
 * formatViPercent(percentOf(169, 150), { rounding: 'half-up' });
 * //=> '112,7%'
 * ```
 */
export const HOUSE_ROUNDING: { readonly decimals: 1; readonly rounding: 'truncate' } =
  /* @__PURE__ */ Object.freeze({ decimals: 1, rounding: 'truncate' } as const);

/**
 * The one options shape for how a figure is rounded, shared by {@link formatViNumber},
 * {@link formatViPercent} and every `describe*` sentence. Unset fields take
 * {@link HOUSE_ROUNDING}.
 *
 * @category Notation
 */
export interface RoundingOptions {
  /**
   * Decimal places, a whole number from 0 to 100; `'exact'` prints every digit (a repeating
   * quotient then shows 50 significant digits). {@link HOUSE_ROUNDING}'s 1 unless given
   * (for a figure you give, as given).
   */
  readonly decimals?: number | 'exact' | undefined;
  /** How to round to `decimals`; {@link HOUSE_ROUNDING}'s `'truncate'` unless given. */
  readonly rounding?: Rounding | undefined;
}

/** @internal Rounding options checked and filled in. */
export interface ResolvedRounding {
  readonly decimals: number | 'exact';
  readonly rounding: Rounding;
}

function checkHouseDecimals(decimals: unknown, path: ErrorPath): number {
  if (typeof decimals !== 'number') {
    throw chitieuError(
      'invalid-argument',
      "a whole number of decimal places from 0 to 100, or 'exact'",
      { received: decimals, path },
    );
  }
  return checkDecimals(decimals, path);
}

/**
 * @internal Check `decimals` and `rounding` of an options object (path `[...at, key]`) and
 * fill what is unset: `fallbackDecimals` (the house's, or `'exact'` for given figures)
 * and the house rounding.
 */
export function resolveRounding(
  options: RoundingOptions,
  at: ErrorPath = ['options'],
  fallbackDecimals: number | 'exact' = HOUSE_ROUNDING.decimals,
): ResolvedRounding {
  const { decimals, rounding = HOUSE_ROUNDING.rounding } = options as Readonly<
    Record<string, unknown>
  >;
  decimalRoundingMode(rounding as Rounding, [...at, 'rounding']);
  return {
    decimals:
      decimals === undefined
        ? fallbackDecimals
        : decimals === 'exact'
          ? 'exact'
          : checkHouseDecimals(decimals, [...at, 'decimals']),
    rounding: rounding as Rounding,
  };
}
