import { checkOptionsObject } from '../attainment/option-checks.js';
import { chitieuError, type ErrorPath } from '../errors.js';
import { readFigure } from '../notation/read-figure.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { approx } from './explain.js';
import { readPublishedPercent } from './read-published-percent.js';
import { reconcileUnchecked } from './reconcile-percent.js';
import type { ShareCheck } from './share-check-schema.js';

/**
 * Options for {@link checkShare}.
 *
 * @category Audit
 */
export interface CheckShareOptions {
  /** The decimals the published percentage was printed with, if not the ones it shows. */
  readonly decimals?: number;
}

function wholeCount(x: Numeric, path: ErrorPath): Decimal {
  const d = readFigure(x, path);
  if (!d.isInteger() || d.isNegative()) {
    throw chitieuError('invalid-argument', 'a whole number that is not negative', {
      received: d.toString(),
      path,
    });
  }
  return d;
}

/** The options checkShare knows: any other key is refused (a misspelling would be ignored). */
const CHECK_SHARE_OPTIONS: readonly string[] = ['decimals'];

/**
 * Check a share written as a count out of a total, with or without its percentage:
 * "18/20 xã, thị trấn đạt vững mạnh toàn diện" is 90%, "6/6 cụm" is 100%. The count and
 * total must be whole numbers with the count not above the total; the share is exact, and a
 * published percentage is reconciled with {@link reconcilePercent}.
 *
 * @category Audit
 * @param count - how many (18), a whole number
 * @param total - out of how many (20), a whole number, not 0
 * @param published - the published percentage, if any: a string is Vietnamese notation
 * ("90%", "42,4%"); a number or Decimal is taken as is
 * @param options - the decimals the percentage was printed with
 * @returns the exact share and, with a published percentage, its reconciliation
 * @throws {@link ChitieuError} `invalid-argument` for a count or total that is not a whole
 * number ≥ 0 or a count above the total (path `['count']` / `['total']`),
 * `division-by-zero` for a total of 0, `invalid-number` for a malformed percentage
 * @example
 * ```ts
 * checkShare(18, 20, '90%').verdict;
 * //=> 'consistent'
 * checkShare(6, 6).share.toString();
 * //=> '100'
 * checkShare(2567, 6084, '42,4%').explanation;
 * //=> '2567 / 6084 = 42.192…%; published "42,4%" (1 decimal) matches no rounding mode: half-up (làm tròn) gives "42,2%", truncate (cắt bỏ) gives "42,1%"'
 * checkShare(21, 20);
 * // throws ChitieuError invalid-argument
 * ```
 */
export function checkShare(
  count: Numeric,
  total: Numeric,
  published?: undefined,
  options?: CheckShareOptions,
): Extract<ShareCheck, { verdict: 'unchecked' }>;
export function checkShare(
  count: Numeric,
  total: Numeric,
  published: string | Numeric,
  options?: CheckShareOptions,
): Exclude<ShareCheck, { verdict: 'unchecked' }>;
export function checkShare(
  count: Numeric,
  total: Numeric,
  published?: string | Numeric,
  options?: CheckShareOptions,
): ShareCheck;
export function checkShare(
  count: Numeric,
  total: Numeric,
  published?: string | Numeric,
  options: CheckShareOptions = {},
): ShareCheck {
  checkOptionKeys(options, CHECK_SHARE_OPTIONS);
  const c = wholeCount(count, ['count']);
  const t = wholeCount(total, ['total']);
  checkOptionsObject(options);
  if (t.isZero()) {
    throw chitieuError(
      'division-by-zero',
      'a total that is not 0: a share of nothing is not defined',
      {
        received: 0,
        path: ['total'],
      },
    );
  }
  if (c.gt(t)) {
    throw chitieuError('invalid-argument', `a count not above the total (${t.toFixed()})`, {
      received: c.toString(),
      path: ['count'],
    });
  }
  const share = c.times(100).div(t);
  if (published === undefined) {
    return {
      count: c,
      total: t,
      share,
      verdict: 'unchecked',
      consistent: null,
      published: null,
      reconciliation: null,
      explanation: `${c.toFixed()} / ${t.toFixed()} = ${approx(share)}%${share.decimalPlaces() <= 3 ? ' exactly' : ''}; no published percentage to check`,
    };
  }
  const figure = readPublishedPercent(published, options.decimals, ['published']);
  const reconciliation = reconcileUnchecked(figure.value, figure.decimals, figure.text, c, t);
  return {
    count: c,
    total: t,
    share,
    verdict: reconciliation.verdict,
    consistent: reconciliation.consistent,
    published: figure.value,
    reconciliation,
    explanation: reconciliation.explanation,
  };
}
