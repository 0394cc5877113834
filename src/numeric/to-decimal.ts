import { chitieuError, type ErrorPath } from '../errors.js';
import { Decimal, type Numeric } from './decimal.js';

const JS_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MAX_NUMBER_TEXT = 400;
const EXPECTED = 'a finite number, a numeric string in JavaScript notation ("51.5") or a Decimal';

/**
 * @internal Largest decimal exponent, either sign, of a number chitieu accepts. Every double
 * (5e-324 to 1.8e308) fits; "1e999999999999999" does not: decimal.js holds it, but printing
 * it in full, as every formatter and explanation does, would need petabytes.
 */
export const MAX_EXPONENT = 1000;
const EXPECTED_RANGE = `a number from 1e-${MAX_EXPONENT} to 1e+${MAX_EXPONENT} in magnitude, or 0`;

/** @internal Is a finite Decimal within the magnitudes chitieu accepts (or zero)? */
export function isInRange(x: Decimal): boolean {
  return x.isZero() || (x.e <= MAX_EXPONENT && x.e >= -MAX_EXPONENT);
}

/**
 * Is a Decimal read from `text` in range? decimal.js turns an exponent past its limits into
 * Infinity or, silently, 0 ("1e-9000000000000001"): a zero read from non-zero digits is out
 * of range too.
 */
function readInRange(d: Decimal, text: string): boolean {
  if (!d.isZero()) return isInRange(d);
  // Out of range when its digits before any exponent are not all zeros.
  return !/^[^eE]*[1-9]/.test(text);
}

function outOfRange(received: unknown, path: ErrorPath) {
  return chitieuError('invalid-number', EXPECTED_RANGE, { received, path });
}

/**
 * Made by chitieu's own constructor. Every decimal.js clone shares one prototype, so
 * `instanceof` holds for any clone's value, whose arithmetic would then follow that clone's
 * config (an app's global precision, say): compare constructors instead.
 */
function isOwnDecimal(x: Decimal): boolean {
  return x.constructor === Decimal;
}

/**
 * A decimal.js value of any clone or copy of the library (every clone shares one prototype;
 * a second copy, such as the CommonJS build beside the ES module one, does not, but carries
 * the same `toStringTag`). `Decimal.isDecimal` accepts any object with
 * `toStringTag: '[object Decimal]'` (JSON can make one): require the methods too.
 */
function isDecimalLike(x: unknown): x is Decimal {
  const d = x as Partial<Record<'isFinite' | 'isZero' | 'toString', unknown>>;
  return (
    Decimal.isDecimal(x) &&
    typeof d.isFinite === 'function' &&
    typeof d.isZero === 'function' &&
    typeof d.toString === 'function'
  );
}

/**
 * Turn a {@link Numeric} into a chitieu {@link Decimal}, rejecting everything that is not a
 * finite number.
 *
 * Accepts finite numbers (`-0` becomes `0`), strings in JavaScript notation (surrounding
 * white space allowed; `"1e3"`, `"-0.5"`, `".5"`), and Decimals of any decimal.js clone.
 * Rejects `NaN`, `±Infinity`, `''`, `'1e'`, hexadecimal, Vietnamese notation (`'51,5'`:
 * use {@link parseViNumber}), magnitudes beyond 1e±1000 (`'1e999999999999999'`), and
 * anything else.
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
    if (!readInRange(d, text)) throw outOfRange(x, path);
    return d.isZero() ? new Decimal(0) : d;
  }
  if (isDecimalLike(x)) {
    if (!x.isFinite()) {
      throw chitieuError('invalid-number', EXPECTED, {
        received: `Decimal(${x.toString()})`,
        path,
      });
    }
    const value: Decimal = x;
    if (value.isZero()) return new Decimal(0);
    if (!isInRange(value)) throw outOfRange(`Decimal(${value.toString()})`, path);
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
    if (text.length > MAX_NUMBER_TEXT || !JS_NUMBER.test(text)) return false;
    const d = new Decimal(text);
    return d.isFinite() && readInRange(d, text);
  }
  return isDecimalLike(x) && x.isFinite() && isInRange(x);
}
