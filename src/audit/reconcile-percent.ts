import { checkOptionsObject } from '../attainment/option-checks.js';
import { chitieuError } from '../errors.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import { readFigure } from '../notation/read-figure.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { roundTo } from '../numeric/round-to.js';
import { type Rounding, roundings } from '../numeric/rounding.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { approx, decimalsLabel, listWords, roundingTerms } from './explain.js';
import type { PercentReconciliation } from './percent-reconciliation-schema.js';
import { readPublishedPercent } from './read-published-percent.js';

/**
 * Options for {@link reconcilePercent}.
 *
 * @category Audit
 */
export interface ReconcilePercentOptions {
  /**
   * The decimal places the figure was printed with. Unless given: the digits after the
   * comma of a text figure ("112,6%" → 1, "102%" → 0, "98,05%" → 2), or the decimals of a
   * number. May not be fewer than the published value has.
   */
  readonly decimals?: number;
}

/** The options reconcilePercent knows: any other key is refused (a misspelling would be ignored). */
const RECONCILE_PERCENT_OPTIONS: readonly string[] = ['decimals'];

/**
 * Check a published percentage against the figures it was computed from: is "đạt 112,6% kế
 * hoạch" what 169 / 150 × 100 prints, and under which rounding? Reports differ: Hà Tĩnh
 * truncates (169/150 = 112,666…% is published "112,6%"), Nam Định rounds half-up
 * (5.775/8.227 = 70,1957…% is published "70,2%"). A figure no mode reproduces ("2.567 xã
 * (42,4%)" against 7.669 communes) is reported `unreproducible`, not thrown.
 *
 * The comparison is numeric: a mode matches when the exact percentage rounded with it to the
 * published decimals equals the published value.
 *
 * @category Audit
 * @param published - the published percentage: a string is Vietnamese notation ("112,6%",
 * "70,2", read with {@link parseViNumber}); a number or Decimal is taken as is (112.6)
 * @param numerator - the part (169 đảng viên kết nạp)
 * @param denominator - the whole (the plan, 150); must not be 0
 * @param options - the decimals the figure was printed with, if not the ones it shows
 * @returns the exact percentage, what each rounding prints, and which ones match
 * @throws {@link ChitieuError} `division-by-zero` when the denominator is 0, `invalid-number`
 * for a malformed figure, `invalid-argument` for bad decimals
 * @example
 * ```ts
 * const r = reconcilePercent('112,6%', 169, 150);
 * r.matches;
 * //=> ['truncate', 'floor']
 * r.candidates['half-up'];
 * //=> '112,7%'
 * r.explanation;
 * //=> '169 / 150 = 112.666…%; published "112,6%" (1 decimal) matches truncate (cắt bỏ) and floor (làm tròn xuống), not half-up (làm tròn)'
 * reconcilePercent('70,2%', 5775, 8227).matches;
 * //=> ['half-up', 'half-even', 'ceil']
 * reconcilePercent('42,4%', 2567, 7669).verdict;
 * //=> 'unreproducible'
 * reconcilePercent(90, 18, 20).consistent;
 * //=> true
 * reconcilePercent('50%', 1, 0);
 * // throws ChitieuError division-by-zero
 * ```
 */
export function reconcilePercent(
  published: string | Numeric,
  numerator: Numeric,
  denominator: Numeric,
  options: ReconcilePercentOptions = {},
): PercentReconciliation {
  checkOptionKeys(options, RECONCILE_PERCENT_OPTIONS);
  const n = readFigure(numerator, ['numerator']);
  const d = readFigure(denominator, ['denominator']);
  if (d.isZero()) {
    throw chitieuError(
      'division-by-zero',
      'a non-zero denominator (mẫu số): a percentage of 0 is not defined',
      { received: 0, path: ['denominator'] },
    );
  }
  checkOptionsObject(options);
  const figure = readPublishedPercent(published, options.decimals, ['published']);
  return reconcileUnchecked(figure.value, figure.decimals, figure.text, n, d);
}

/**
 * @internal The core of {@link reconcilePercent} on already-validated values (denominator
 * not 0, decimals valid), for callers that have checked their inputs.
 */
export function reconcileUnchecked(
  published: Decimal,
  decimals: number,
  publishedText: string,
  numerator: Decimal,
  denominator: Decimal,
): PercentReconciliation {
  const quotient = numerator.times(100).div(denominator);
  // 0 / −5 is −0 in decimal.js: keep zero unsigned.
  const computed = quotient.isZero() ? quotient.abs() : quotient;
  const candidates = {} as Record<Rounding, string>;
  const matches: Rounding[] = [];
  for (const mode of roundings) {
    candidates[mode] = `${formatDecimalVi(computed, { decimals, rounding: mode, fixed: true })}%`;
    if (roundTo(computed, decimals, mode).eq(published)) matches.push(mode);
  }
  const consistent = matches.length > 0;
  return {
    numerator,
    denominator,
    computed,
    published,
    publishedText,
    decimals,
    candidates,
    matches,
    consistent,
    verdict: consistent ? 'consistent' : 'unreproducible',
    explanation: explain(
      numerator,
      denominator,
      computed,
      publishedText,
      decimals,
      candidates,
      matches,
    ),
  };
}

function explain(
  numerator: Decimal,
  denominator: Decimal,
  computed: Decimal,
  publishedText: string,
  decimals: number,
  candidates: Readonly<Record<Rounding, string>>,
  matches: readonly Rounding[],
): string {
  const exact = computed.decimalPlaces() <= Math.max(decimals + 2, 3);
  const head = `${numerator.toFixed()} / ${denominator.toFixed()} = ${approx(computed, Math.max(decimals + 2, 3))}%${
    exact ? ' exactly' : ''
  }; published "${publishedText}" (${decimalsLabel(decimals)})`;
  if (matches.length === roundings.length) return `${head} matches every rounding mode`;
  if (matches.length === 0) {
    return `${head} matches no rounding mode: ${roundingTerms['half-up']} gives "${candidates['half-up']}", ${roundingTerms.truncate} gives "${candidates.truncate}"`;
  }
  const missed = (['half-up', 'truncate'] as const).filter((m) => !matches.includes(m));
  return `${head} matches ${listWords(matches.map((m) => roundingTerms[m]))}${
    missed.length > 0 ? `, not ${listWords(missed.map((m) => roundingTerms[m]))}` : ''
  }`;
}
