import { chitieuError, type ErrorPath } from '../errors.js';
import { formatViPercent } from '../notation/format-vi-percent.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { checkDecimals } from '../numeric/rounding.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { normalizeText } from '../text/normalize-text.js';

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

/** Longest phrase searched for its percentage. */
const MAX_PHRASE = 500;

/**
 * A percentage inside a phrase: a Vietnamese number not glued to another figure, then "%"
 * (one space allowed). Bounded by MAX_PHRASE, so the alternation cannot run away.
 */
const PERCENT_IN_PHRASE = /(?<![\d.,])[+\-\u2212]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)? ?%/gu;

const EXPECTED_PHRASE =
  'a percentage in Vietnamese notation ("112,6%") or a phrase holding exactly one ("đạt 112,6% kế hoạch")';

/**
 * The one percentage of a published phrase ("đạt 112,6% kế hoạch" → "112,6%"), as
 * {@link checkChange} reads a whole change phrase; none or several is `invalid-number`.
 */
function percentOfPhrase(published: string, path: ErrorPath): string {
  if (published.length > MAX_PHRASE) {
    throw chitieuError(
      'input-too-long',
      `at most ${MAX_PHRASE} characters for a published percentage`,
      {
        received: published,
        path,
      },
    );
  }
  const found = normalizeText(published).match(PERCENT_IN_PHRASE) ?? [];
  if (found.length !== 1) {
    throw chitieuError('invalid-number', EXPECTED_PHRASE, {
      received: published,
      path,
      details: {
        text: published,
        reason:
          found.length === 0
            ? 'it holds no percentage'
            : `it holds ${found.length}: ${found.join(', ')}`,
      },
    });
  }
  return found[0] as string;
}

/** Read a published percentage string: the figure alone, or the one inside a phrase. */
function readPercentText(published: string, path: ErrorPath): { value: Decimal; text: string } {
  // A figure alone ("112,6%", "1,2,3" with its own error), unless words come with it.
  if (!/\p{L}/u.test(published)) {
    return { value: parseViNumber(published, { path }), text: published.trim() };
  }
  const figure = percentOfPhrase(published, path);
  return { value: parseViNumber(figure, { path }), text: figure };
}

/**
 * @internal Read a published percentage: a string is Vietnamese notation ("112,6%", read by
 * parseViNumber, its decimals counted as printed: "112,60%" has 2), or a phrase holding one
 * ("đạt 112,6% kế hoạch": the "112,6%" in it); a number or Decimal is
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
    ({ value, text } = readPercentText(published, path));
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
