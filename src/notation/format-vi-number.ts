import { chitieuError } from '../errors.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { decimalRoundingMode } from '../numeric/rounding.js';
import { MAX_EXPONENT, toDecimal } from '../numeric/to-decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { exactText, fixedText } from './fixed-text.js';
import { type RoundingOptions, resolveRounding } from './house-rounding.js';

/**
 * Options for {@link formatViNumber} and {@link formatViPercent}: the house
 * {@link RoundingOptions} (`decimals`, `rounding`), and how the figure is laid out.
 * {@link formatViNumber} prints a figure exactly unless `decimals` is given;
 * {@link formatViPercent} rounds to {@link HOUSE_ROUNDING} (1 decimal, truncated) unless
 * told otherwise (`decimals: 'exact'` prints every digit).
 *
 * @category Notation
 */
export interface FormatViNumberOptions extends RoundingOptions {
  /** Group thousands with "." ("3.365"); true unless given. */
  readonly grouping?: boolean;
  /**
   * Keep trailing zeros up to `decimals` ("112,60"); false unless given, so "đạt 100%" and
   * "12,1%" print as reports print them.
   */
  readonly fixed?: boolean;
}

/** Insert "." between groups of three digits of a run of digits. */
function groupThousands(digits: string): string {
  const n = digits.length;
  let head = n % 3;
  if (head === 0) head = 3;
  let out = digits.slice(0, head);
  for (let i = head; i < n; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * Largest exponent of a computed value printed in full. Inputs are held to 1e±1000 by
 * toDecimal; a few products of them stay far below this, and it keeps a stray value (a
 * NaN, a Decimal built around toDecimal) from printing "NaN" or exhausting memory.
 */
const MAX_PRINTED_EXPONENT = 10 * MAX_EXPONENT;

/** The options object, checked: an object or nothing. */
function checkOptionsObject(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('invalid-argument', 'an options object or nothing', {
      received: options,
      path: ['options'],
    });
  }
}

/**
 * Print a figure already written in JavaScript notation ("-1234.50", as `toFixed` gives it)
 * the Vietnamese way: trailing zeros dropped unless `fixed` (when `decimals` was given), "."
 * between thousands when `grouping`, "," before decimals, no sign on a zero.
 */
function viText(fixedText: string, rounded: boolean, grouping: boolean, fixed: boolean): string {
  let text = fixedText;
  if (rounded && !fixed && text.includes('.')) {
    // Drop trailing zeros; a "." left bare ("100.") then ends an empty fraction.
    let end = text.length;
    while (text.charCodeAt(end - 1) === 48) end--;
    text = text.slice(0, end);
  }
  let negative = false;
  if (text.charCodeAt(0) === 45) {
    negative = true;
    text = text.slice(1);
  }
  const dot = text.indexOf('.');
  const integer = dot === -1 ? text : text.slice(0, dot);
  const fraction = dot === -1 ? '' : text.slice(dot + 1);
  if (negative && /^[0.]*$/.test(text)) negative = false;
  return `${negative ? '-' : ''}${grouping ? groupThousands(integer) : integer}${
    fraction === '' ? '' : `,${fraction}`
  }`;
}

/**
 * @internal Format an already-converted Decimal; the hot path shared by the public
 * formatters. Without `decimals`, `fallbackDecimals` (exact unless given).
 */
export function formatDecimalVi(
  value: Decimal,
  options: FormatViNumberOptions = {},
  fallbackDecimals: number | 'exact' = 'exact',
): string {
  if (!value.isFinite() || Math.abs(value.e) > MAX_PRINTED_EXPONENT) {
    throw chitieuError('invalid-number', 'a finite number that can be printed in full', {
      received: `Decimal(${value.toString()})`,
    });
  }
  checkOptionsObject(options);
  const { grouping = true, fixed = false } = options;
  // An unknown mode is a mistake worth reporting even when nothing is rounded.
  const { decimals, rounding } = resolveRounding(options, ['options'], fallbackDecimals);
  const text =
    decimals === 'exact' ? value.toFixed() : value.toFixed(decimals, decimalRoundingMode(rounding));
  return viText(text, decimals !== 'exact', grouping, fixed);
}

/**
 * @internal Format a JavaScript number, as {@link formatDecimalVi} formats `toDecimal(x)`,
 * without building a Decimal: the number's shortest decimal form is rounded digit by digit
 * ({@link fixedText}). Null when it cannot (not finite, or a form with an exponent): the
 * caller takes the Decimal path, which reports or prints it.
 */
export function formatNumberVi(
  x: number,
  options: FormatViNumberOptions,
  fallbackDecimals: number | 'exact' = 'exact',
): string | null {
  if (!Number.isFinite(x)) return null;
  checkOptionsObject(options);
  const { grouping = true, fixed = false } = options;
  const { decimals, rounding } = resolveRounding(options, ['options'], fallbackDecimals);
  const text = decimals === 'exact' ? exactText(x) : fixedText(x, decimals, rounding);
  return text === null ? null : viText(text, decimals !== 'exact', grouping, fixed);
}

/** The options formatViNumber knows: any other key is refused (a misspelling would be ignored). */
const FORMAT_VI_NUMBER_OPTIONS: readonly string[] = ['decimals', 'fixed', 'grouping', 'rounding'];

/**
 * Print a number the Vietnamese way: "." between thousands, "," before decimals.
 * A figure is printed as given, with every digit; it is rounded only when `decimals` is
 * given, and then with the named `rounding` ({@link HOUSE_ROUNDING}'s `'truncate'` unless
 * given). A result that
 * rounds to zero prints without a sign.
 *
 * @category Notation
 * @param x - the value
 * @param options - decimals, rounding, grouping, fixed
 * @returns the printed figure
 * @throws {@link ChitieuError} `invalid-number` for a bad value, `invalid-argument` for bad
 * options
 * @example
 * ```ts
 * formatViNumber(3365);
 * //=> '3.365'
 * formatViNumber('49.22');
 * //=> '49,22'
 * formatViNumber('1234.5');
 * //=> '1.234,5'
 * formatViNumber(toDecimal(169).div(150).times(100), { decimals: 1 });
 * //=> '112,6'
 * formatViNumber(toDecimal(169).div(150).times(100), { decimals: 1, rounding: 'half-up' });
 * //=> '112,7'
 * formatViNumber(87646, { grouping: false });
 * //=> '87646'
 * ```
 */
export function formatViNumber(x: Numeric, options: FormatViNumberOptions = {}): string {
  checkOptionKeys(options, FORMAT_VI_NUMBER_OPTIONS);
  const fast = typeof x === 'number' ? formatNumberVi(x, options) : null;
  return fast ?? formatDecimalVi(toDecimal(x, ['x']), options);
}
