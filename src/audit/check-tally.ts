import { checkOptionsObject } from '../attainment/option-checks.js';
import { chitieuError } from '../errors.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { signed } from './explain.js';
import type { TallyCheck } from './tally-check-schema.js';

/**
 * Options for {@link checkTally}.
 *
 * @category Audit
 */
export interface CheckTallyOptions {
  /**
   * The largest difference to accept, for totals of rounded parts (three shares printed
   * "33,3%" add up to 99,9); 0 unless given, not negative.
   */
  readonly tolerance?: Numeric;
}

/** Parts listed in an explanation before it just says how many there are. */
const LISTED = 8;

/** The options checkTally knows: any other key is refused (a misspelling would be ignored). */
const CHECK_TALLY_OPTIONS: readonly string[] = ['tolerance'];

/**
 * Check that parts add up to a published total (tổng): quotas per commune against the
 * district total, or an economic structure (cơ cấu kinh tế) whose sector shares must make
 * 100: 36,11 + 36,17 + 27,72 = 100. The sum is exact; `options.tolerance` accepts a gap left
 * by rounding.
 *
 * Numbers are {@link Numeric}: a string is JavaScript notation ("36.11"); read Vietnamese
 * figures with {@link parseViNumber} first.
 *
 * @category Audit
 * @param parts - the parts (each a Numeric)
 * @param publishedTotal - the published total
 * @param options - the tolerance
 * @returns the exact sum, its difference from the total, and a verdict
 * @throws {@link ChitieuError} `invalid-number` for a part or total that is not a number
 * (path `['parts', i]`), `invalid-argument` for a negative tolerance or parts that are not a list
 * @example
 * ```ts
 * checkTally(['36.11', '36.17', '27.72'], 100).consistent;
 * //=> true
 * checkTally(['11.55', '36.44', '43.35', '8.66'], 100).explanation;
 * //=> '11.55 + 36.44 + 43.35 + 8.66 = 100; published total 100 agrees'
 * const off = checkTally(['33.3', '33.3', '33.3'], 100);
 * [off.verdict, off.difference.toString()];
 * //=> ['unreproducible', '-0.1']
 * checkTally(['33.3', '33.3', '33.3'], 100, { tolerance: '0.1' }).verdict;
 * //=> 'consistent'
 * checkTally([1, 'x'], 1);
 * // throws ChitieuError invalid-number
 * ```
 */
export function checkTally(
  parts: readonly Numeric[],
  publishedTotal: Numeric,
  options: CheckTallyOptions = {},
): TallyCheck {
  checkOptionKeys(options, CHECK_TALLY_OPTIONS);
  if (!Array.isArray(parts)) {
    throw chitieuError('invalid-argument', 'a list of parts', { received: parts, path: ['parts'] });
  }
  const values = parts.map((part, i) => toDecimal(part, ['parts', i]));
  const published = toDecimal(publishedTotal, ['publishedTotal']);
  checkOptionsObject(options);
  const tolerance =
    options.tolerance === undefined
      ? new Decimal(0)
      : toDecimal(options.tolerance, ['options', 'tolerance']);
  if (tolerance.isNegative()) {
    throw chitieuError('invalid-argument', 'a tolerance that is not negative', {
      received: tolerance.toString(),
      path: ['options', 'tolerance'],
    });
  }
  let computed = new Decimal(0);
  for (const v of values) computed = computed.plus(v);
  const difference = computed.minus(published);
  const consistent = difference.abs().lte(tolerance);
  const sum =
    values.length === 0
      ? 'no parts: 0'
      : values.length <= LISTED
        ? `${values.map((v) => (v.isNegative() ? `(${v.toFixed()})` : v.toFixed())).join(' + ')} = ${computed.toFixed()}`
        : `the ${values.length} parts add up to ${computed.toFixed()}`;
  const verdictWords = difference.isZero()
    ? 'agrees'
    : consistent
      ? `agrees within ${tolerance.toFixed()} (off by ${signed(difference)})`
      : `differs by ${signed(difference)}`;
  return {
    parts: values,
    computed,
    published,
    difference,
    tolerance,
    consistent,
    verdict: consistent ? 'consistent' : 'unreproducible',
    explanation: `${sum}; published total ${published.toFixed()} ${verdictWords}`,
  };
}
