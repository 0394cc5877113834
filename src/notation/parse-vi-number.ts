import { chitieuError, type ErrorPath } from '../errors.js';
import { Decimal } from '../numeric/decimal.js';
import { normalizeText } from '../text/normalize-text.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';

/** Longest text parseViNumber reads; longer input is rejected before any scanning. */
const MAX_LENGTH = 100;

/**
 * Sign, then either plain digits or digits grouped by "." in threes, then an optional
 * decimal part after ",", then an optional "%". Every quantifier is over a disjoint
 * character class, so matching is linear.
 */
const VI_NUMBER = /^([+\-\u2212]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))? ?(%?)$/;

const EXPECTED =
  'a number in Vietnamese notation: "." groups thousands in threes, "," marks decimals ("3.365", "12,1", "1.234,5", "-0,5", "97,1%")';

/**
 * Options for {@link parseViNumber}.
 *
 * @category Notation
 */
export interface ParseViNumberOptions {
  /** Where the text sits in a larger input, for the error path. */
  readonly path?: ErrorPath;
}

/** The options parseViNumber knows: any other key is refused (a misspelling would be ignored). */
const PARSE_VI_NUMBER_OPTIONS: readonly string[] = ['path'];

/**
 * Read a number written the Vietnamese way: "." groups thousands, "," marks decimals.
 * "3.365" is three thousand three hundred sixty-five, not three point three.
 *
 * Surrounding white space, a leading sign (`+`, `-` or the minus sign `−`) and a trailing
 * `%` (with or without a space) are allowed; the `%` is dropped, so "97,1%" reads 97.1.
 * Groups must be exactly three digits ("1.23.4" is rejected), there is at most one decimal
 * comma ("1,2,3" is rejected), and digits are required on both sides of it.
 *
 * @category Notation
 * @param text - the figure as printed ("87.646", "49,22", "112,6%")
 * @param options - the error path
 * @returns the value, exact
 * @throws {@link ChitieuError} `invalid-number` for malformed text, `input-too-long` past 100
 * characters
 * @example
 * ```ts
 * parseViNumber('3.365').toString();
 * //=> '3365'
 * parseViNumber('12,1').toString();
 * //=> '12.1'
 * parseViNumber('1.234,5').toString();
 * //=> '1234.5'
 * parseViNumber('97,1%').toString();
 * //=> '97.1'
 * parseViNumber('1,2,3');
 * // throws ChitieuError invalid-number
 * ```
 */
export function parseViNumber(text: string, options: ParseViNumberOptions = {}): Decimal {
  checkOptionKeys(options, PARSE_VI_NUMBER_OPTIONS);
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('invalid-argument', 'an options object such as { path: ["items", 0] }', {
      received: options,
      path: ['options'],
    });
  }
  const path = options.path ?? [];
  if (typeof text !== 'string') {
    throw chitieuError('invalid-number', EXPECTED, { received: text, path });
  }
  if (text.length > MAX_LENGTH) {
    throw chitieuError('input-too-long', `at most ${MAX_LENGTH} characters for a number`, {
      received: text,
      path,
    });
  }
  const match = VI_NUMBER.exec(normalizeText(text).trim());
  if (match === null) {
    throw chitieuError('invalid-number', EXPECTED, { received: text, path, details: { text } });
  }
  const [, sign, , fraction] = match;
  // The digits always take part in a match (the sign too, maybe as ''; the decimals may not).
  const integer = match[2] as string;
  const js = `${sign === '' || sign === '+' ? '' : '-'}${integer.replaceAll('.', '')}${
    fraction === undefined ? '' : `.${fraction}`
  }`;
  const value = new Decimal(js);
  return value.isZero() ? new Decimal(0) : value;
}
