import type { Rounding } from '../numeric/rounding.js';

/**
 * @internal `String(x)` of a finite JavaScript number rounded to `decimals` places with the
 * named mode, exactly as `toDecimal(x).toFixed(decimals, mode)` prints it (a "-" kept on a
 * negative figure that rounds to zero), by decimal digit arithmetic on the number's shortest
 * decimal form — the form {@link toDecimal} reads — never by float arithmetic. Null for a
 * number whose shortest form has an exponent ("1e+21", "5e-7"): the caller takes the Decimal
 * path then.
 */
export function fixedText(x: number, decimals: number, rounding: Rounding): string | null {
  const text = exactText(x);
  if (text === null) return null;
  const negative = text.charCodeAt(0) === 45;
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const integer = dot === -1 ? body : body.slice(0, dot);
  const fraction = dot === -1 ? '' : body.slice(dot + 1);
  const sign = negative ? '-' : '';
  if (fraction.length <= decimals) {
    return decimals === 0
      ? `${sign}${integer}`
      : `${sign}${integer}.${fraction.padEnd(decimals, '0')}`;
  }
  // `rest` is not empty and ends in a digit other than 0: the dropped part is never zero.
  const rest = fraction.slice(decimals);
  let digits = integer + fraction.slice(0, decimals);
  if (roundsAway(rest, digits, negative, rounding)) digits = increment(digits);
  const point = digits.length - decimals;
  return decimals === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * @internal The shortest decimal form of a finite number, as `toDecimal(x).toFixed()` prints
 * it ("0" for −0); null when that form has an exponent.
 */
export function exactText(x: number): string | null {
  const text = x === 0 ? '0' : String(x);
  return text.includes('e') ? null : text;
}

/** Does dropping `rest` (not zero) from `kept` round the magnitude up? */
function roundsAway(rest: string, kept: string, negative: boolean, rounding: Rounding): boolean {
  const first = rest.charCodeAt(0) - 48;
  switch (rounding) {
    case 'truncate':
      return false;
    case 'ceil':
      return !negative;
    case 'floor':
      return negative;
    case 'half-up':
      return first >= 5;
    case 'half-even':
      return (
        first > 5 ||
        (first === 5 && (rest.length > 1 || (kept.charCodeAt(kept.length - 1) - 48) % 2 === 1))
      );
    default:
      return false;
  }
}

/** A run of decimal digits plus one in its last place ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - i - 1)}`;
}
