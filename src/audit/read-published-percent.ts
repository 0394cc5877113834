import { chitieuError, type ErrorPath } from '../errors.js';
import { formatViPercent } from '../notation/format-vi-percent.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { checkDecimals } from '../numeric/rounding.js';
import { toDecimal } from '../numeric/to-decimal.js';

/** @internal A published percentage, read: its value, its printed decimals and its text. */
export interface PublishedPercent {
  readonly value: Decimal;
  readonly decimals: number;
  readonly text: string;
}

/** Digits printed after the decimal comma of an already-validated Vietnamese figure. */
function printedDecimals(text: string): number {
  const comma = text.indexOf(',');
  if (comma === -1) return 0;
  let n = 0;
  for (let i = comma + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n++;
  }
  return n;
}

/**
 * @internal Read a published percentage: a string is Vietnamese notation ("112,6%", read by
 * parseViNumber, its decimals counted as printed: "112,60%" has 2); a number or Decimal is
 * taken as is, with as many decimals as it has. `decimals`, when given, overrides the count
 * but may not be fewer than the value's own decimals.
 */
export function readPublishedPercent(
  published: string | Numeric,
  decimals: number | undefined,
  path: ErrorPath,
): PublishedPercent {
  let value: Decimal;
  let own: number;
  let text: string | undefined;
  if (typeof published === 'string') {
    value = parseViNumber(published, { path });
    text = published.trim();
    own = printedDecimals(text);
  } else {
    value = toDecimal(published, path);
    own = value.decimalPlaces();
  }
  let d = own;
  if (decimals !== undefined) {
    d = checkDecimals(decimals, ['options', 'decimals']);
    if (value.decimalPlaces() > d) {
      throw chitieuError(
        'invalid-argument',
        `at least ${value.decimalPlaces()} decimal place${value.decimalPlaces() === 1 ? '' : 's'}, as many as the published figure has`,
        { received: decimals, path: ['options', 'decimals'] },
      );
    }
  }
  return {
    value,
    decimals: d,
    text: text ?? formatViPercent(value, { decimals: d, fixed: true }),
  };
}
