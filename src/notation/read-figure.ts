import { chitieuError, type ErrorPath, isChitieuError } from '../errors.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { parseViNumber } from './parse-vi-number.js';

/** Digits grouped by "." in threes: "3.365", "-1.234": a number in both notations. */
const GROUPED = /^[+\-\u2212]?\d{1,3}(?:\.\d{3})+$/;

/**
 * @internal Does a figure string read differently in JavaScript and Vietnamese notation
 * ("3.365": 3,365 or 3365)? Only "."-grouped digits do; other strings read in one notation
 * at most.
 */
export function readsTwoWays(value: unknown): boolean {
  return typeof value === 'string' && GROUPED.test(value.trim());
}

/**
 * @internal Read a figure given to a function that also reads Vietnamese phrases
 * (checkChange, reconcilePercent, checkShare, inferPlan). A number or Decimal is taken as
 * is; a string must mean one value: "3.365" is 3,365 in JavaScript notation but 3.365
 * (three thousand…) in the Vietnamese notation of the phrase beside it, so it is refused
 * (`invalid-number`, `details.hint` naming parseViNumber), and so is a string that only
 * Vietnamese notation reads ("12,5", "1.234.567") — read it with parseViNumber first.
 */
export function readFigure(value: Numeric, path: ErrorPath): Decimal {
  if (typeof value !== 'string') return toDecimal(value, path);
  const text = value.trim();
  if (readsTwoWays(text)) {
    const js = toDecimal(text, path).toFixed();
    const vi = parseViNumber(text, { path }).toFixed();
    throw ambiguous(
      value,
      path,
      `"${text}" reads ${js} in JavaScript notation and ${vi} in Vietnamese notation; pass the number ${js} (or a Decimal) for ${js}, parseViNumber('${text}') for ${vi}`,
    );
  }
  try {
    return toDecimal(value, path);
  } catch (error) {
    if (!isChitieuError(error, 'invalid-number')) throw error;
    let vi: string;
    try {
      vi = parseViNumber(text, { path }).toFixed();
    } catch {
      throw error;
    }
    throw ambiguous(
      value,
      path,
      `"${text}" is Vietnamese notation, which this argument does not read; pass parseViNumber('${text}') (${vi})`,
    );
  }
}

function ambiguous(value: string, path: ErrorPath, why: string) {
  return chitieuError(
    'invalid-number',
    `a number, a Decimal or a string in JavaScript notation that means one value: ${why}`,
    { received: value, path, details: { hint: `parseViNumber('${value.trim()}')` } },
  );
}
