import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own decimal.js constructor: a clone with 50 significant digits and
 * half-up as its internal rounding, so that the global `Decimal` config of an app never
 * changes chitieu's results (and chitieu never changes the app's). Every figure chitieu
 * computes is an instance of it. Terminating decimals (every figure a report prints) are
 * exact; a repeating quotient such as 169/150 is carried to 50 significant digits and only
 * rounded, by a named {@link Rounding}, when it is formatted.
 *
 * @category Numbers
 * @example
 * ```ts
 * new Decimal(169).div(150).times(100).toFixed(4);
 * //=> '112.6667'
 * new Decimal('0.1').plus('0.2').toString();
 * //=> '0.3'
 * ```
 */
export const Decimal: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15,
});

/**
 * A decimal.js value. Instances made by {@link Decimal}; decimal.js values from any other
 * clone are accepted as input and re-made with chitieu's constructor.
 *
 * @category Numbers
 */
export type Decimal = DecimalJs;

/**
 * What chitieu's functions accept as a number: a finite JavaScript `number`, a string in
 * JavaScript notation (`"51.5"`, `"-0.13"`, `"1e3"`) or a `Decimal`. Vietnamese notation
 * ("51,5", "3.365") goes through {@link parseViNumber} first, because "3.365" is 3365 in
 * Vietnamese and 3.365 in JavaScript.
 *
 * @category Numbers
 */
export type Numeric = number | string | DecimalJs;
