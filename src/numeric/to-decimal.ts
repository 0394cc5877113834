import { chitieuError, type ErrorPath } from '../errors.js';
import { Decimal, type Numeric } from './decimal.js';

const JS_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MAX_NUMBER_TEXT = 400;
const EXPECTED = 'a finite number, a numeric string in JavaScript notation ("51.5") or a Decimal';

function isOwnDecimal(x: Decimal): boolean {
  return x instanceof Decimal;
}

function isDecimalLike(x: object): x is Decimal {
  return x instanceof Decimal || Decimal.isDecimal(x);
}

/**
 * Turn a {@link Numeric} into a chitieu {@link Decimal}, rejecting everything that is not a
 * finite number.
 *
 * Accepts finite numbers (`-0` becomes `0`), strings in JavaScript notation (surrounding
 * white space allowed; `"1e3"`, `"-0.5"`, `".5"`), and Decimals of any decimal.js clone.
 * Rejects `NaN`, `±Infinity`, `''`, `'1e'`, hexadecimal, Vietnamese notation (`'51,5'`:
 * use {@link parseViNumber}), values past decimal.js's exponent range, and anything else.
 *
 * @category Numbers
 * @param x - the value to convert
 * @param path - where `x` sits in a larger input, for the error
 * @returns the value as a chitieu Decimal
 * @throws {@link ChitieuError} `invalid-number` with what was received
 * @example
 * ```ts
 * toDecimal('51.5').toString();
 * //=> '51.5'
 * toDecimal(169).div(150).toSignificantDigits(6).toString();
 * //=> '1.12667'
 * toDecimal(Number.NaN);
 * // throws ChitieuError invalid-number
 * ```
 */
export function toDecimal(x: Numeric, path: ErrorPath = []): Decimal {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw chitieuError('invalid-number', EXPECTED, { received: x, path });
    return new Decimal(x === 0 ? 0 : x);
  }
  if (typeof x === 'string') {
    const text = x.trim();
    if (text.length > MAX_NUMBER_TEXT || !JS_NUMBER.test(text)) {
      throw chitieuError('invalid-number', EXPECTED, {
        received: x,
        path,
        details: /^[+-]?\d{1,3}(?:\.\d{3})*,\d+$|^[+-]?\d{1,3}(?:\.\d{3}){2,}$/.test(text)
          ? { hint: 'this looks like Vietnamese notation: use parseViNumber' }
          : {},
      });
    }
    const d = new Decimal(text);
    if (!d.isFinite()) throw chitieuError('invalid-number', EXPECTED, { received: x, path });
    return d.isZero() ? new Decimal(0) : d;
  }
  if (typeof x === 'object' && x !== null && isDecimalLike(x)) {
    if (!x.isFinite()) {
      throw chitieuError('invalid-number', EXPECTED, {
        received: `Decimal(${x.toString()})`,
        path,
      });
    }
    const value: Decimal = x;
    if (value.isZero()) return new Decimal(0);
    return isOwnDecimal(value) ? value : new Decimal(value.toString());
  }
  throw chitieuError('invalid-number', EXPECTED, { received: x, path });
}

/**
 * Is `x` a {@link Numeric} that {@link toDecimal} accepts? Never throws.
 *
 * @category Numbers
 * @param x - anything
 * @returns true when `toDecimal(x)` would succeed
 * @example
 * ```ts
 * isNumeric('12.5');
 * //=> true
 * isNumeric('12,5');
 * //=> false
 * ```
 */
export function isNumeric(x: unknown): x is Numeric {
  if (typeof x === 'number') return Number.isFinite(x);
  if (typeof x === 'string') {
    const text = x.trim();
    return text.length <= MAX_NUMBER_TEXT && JS_NUMBER.test(text) && new Decimal(text).isFinite();
  }
  return typeof x === 'object' && x !== null && isDecimalLike(x) && x.isFinite();
}
